/**
 * Scoped by the shadow root: nothing here can reach the page, and the page cannot reach in.
 * `all: initial` on the root elements stops inherited page styles (fonts, colours, `all: unset`
 * rules) at the boundary. Logical properties keep right-to-left articles readable.
 */
export const SIDEBAR_CSS = `
:host { all: initial; }
.sidebar, .popover { all: initial; box-sizing: border-box; display: block;
  --bg: #fffdf8; --fg: #1d2430; --muted: #5b6472; --line: #e3ddd0; --accent: #203a60; --ins: #dff1dc; --del: #fbe1dd;
  --changed: #b77a10; --added: #2f7d32; --removed: #b3261e; --moved: #5b5fc7; --visit: #8a4fb5; --live: #0f7b8a;
  font: 14px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--fg); background: var(--bg); text-align: start; }
@media (prefers-color-scheme: dark) {
  .sidebar, .popover { --bg: #181c22; --fg: #e6e8ec; --muted: #a3abb8; --line: #2e3440; --accent: #9cc0ff; --ins: #1d3a22; --del: #4a221e;
    --changed: #e0a83a; --added: #6cc070; --removed: #f07b72; --moved: #a5a8ff; --visit: #c79cf0; --live: #5cc8d6; }
}
.sidebar *, .popover * { box-sizing: border-box; }
.sidebar { position: fixed; inset-block: 0; inset-inline-end: 0; max-width: 100vw; overflow-y: auto; overscroll-behavior: contain;
  border-inline-start: 1px solid var(--line); box-shadow: -4px 0 16px rgb(0 0 0 / .15); padding: 16px 18px 40px; z-index: 2147483647; }
.resize { position: absolute; inset-block: 0; inset-inline-start: 0; width: 6px; cursor: col-resize; }
.resize:hover, .resize:focus-visible { background: var(--accent); opacity: .4; outline: none; }
.header-row { display: flex; align-items: flex-start; gap: 8px; }
.headline { flex: 1; margin: 0; font: 700 17px/1.3 Georgia, "Times New Roman", serif; color: var(--fg); }
.headline:focus { outline: none; }
button { font: inherit; color: inherit; }
.settings { all: unset; cursor: pointer; padding: 5px 4px 1px; border-radius: 4px; color: var(--muted); }
.settings:hover, .close:hover { color: var(--fg); }
.close { all: unset; cursor: pointer; font-size: 22px; line-height: 1; padding: 2px 8px; border-radius: 4px; color: var(--muted); }
.sidebar :focus-visible, .popover :focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
.status { color: var(--muted); margin: 8px 0 6px; }
.follow-bar { display: flex; align-items: center; gap: 12px; margin: 4px 0 8px; }
.follow { cursor: pointer; padding: 2px 12px; border-radius: 12px; border: 1px solid var(--accent); background: none; color: var(--accent); font-size: 13px; }
.follow[aria-pressed='true'] { background: var(--accent); color: var(--bg, #fff); }
.retry { margin-inline-start: 8px; }
.legend { display: flex; flex-wrap: wrap; gap: 4px 14px; list-style: none; padding: 0; margin: 0 0 12px; font-size: 12px; color: var(--muted); }
.dot { display: inline-block; width: 8px; height: 8px; border-radius: 50%; margin-inline-end: 4px; vertical-align: middle; }
.dot-archive { background: var(--accent); }
.dot-visit { background: var(--visit); }
.dot-live { background: var(--live); border-radius: 1px; }
.versions { list-style: none; margin: 0 0 14px; padding: 0; border-top: 1px solid var(--line); }
.version { padding: 7px 6px; border-bottom: 1px solid var(--line); display: grid; grid-template-columns: 1fr auto; gap: 2px 8px; }
.version[data-selected] { background: color-mix(in srgb, var(--accent) 9%, transparent); }
.version-time { grid-column: 1 / -1; }
.version-meta, .gap, .totals, .change-label, .keys, .note { color: var(--muted); font-size: 12px; }
.source { margin-inline-end: 10px; }
.version-meta a, .link { color: var(--accent); }
.size { align-self: center; width: 64px; height: 6px; background: var(--line); border-radius: 3px; overflow: hidden; }
.size-bar { display: block; height: 100%; background: var(--changed); }
.version-pick { grid-column: 1 / -1; display: flex; gap: 14px; font-size: 12px; }
.pair-bar { position: sticky; top: -16px; z-index: 1; margin: 0 -18px 10px; padding: 8px 18px; background: var(--bg); border-bottom: 1px solid var(--line); }
.pair-summary { margin: 0 0 6px; font-size: 12px; font-weight: 600; }
.controls { display: flex; flex-wrap: wrap; align-items: center; gap: 8px 14px; font-size: 12px; }
.segmented { display: inline-flex; border: 1px solid var(--line); border-radius: 6px; overflow: hidden; }
.segmented button { all: unset; cursor: pointer; padding: 3px 10px; font-size: 12px; }
.segmented button[aria-pressed="true"] { background: var(--accent); color: var(--bg); }
.field-change h3 { font-size: 12px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); margin: 0; }
.field-change p { font: 700 16px/1.35 Georgia, serif; margin: 4px 0 12px; }
.correction p { font-weight: 400; font-size: 15px; }
.change-list { list-style: none; padding: 0; margin: 0; }
.change { border-inline-start: 3px solid var(--line); padding: 4px 0; padding-inline-start: 10px; margin: 0 0 12px; cursor: pointer; scroll-margin: 40px; }
.change.active { background: color-mix(in srgb, var(--accent) 8%, transparent); }
.change-changed { border-color: var(--changed); }
.change-added { border-color: var(--added); }
.change-removed { border-color: var(--removed); }
.change-moved { border-color: var(--moved); border-inline-start-style: dashed; }
.change p, .popover p { margin: 2px 0 0; font-family: Georgia, serif; font-size: 15px; overflow-wrap: anywhere; }
.columns { display: grid; grid-template-columns: 1fr 1fr; gap: 10px; }
.columns .old { color: var(--muted); }
.unchanged-run { margin: 0 0 12px; font-size: 12px; }
.layout { margin: 0 0 12px; padding-inline-start: 10px; border-inline-start: 3px dotted var(--line); font-size: 12px; }
.layout-hint { display: block; color: var(--muted); }
.link { all: unset; cursor: pointer; text-decoration: underline; font-size: 12px; color: var(--accent); }
.unchanged { color: var(--muted); font-family: Georgia, serif; }
ins { background: var(--ins); color: inherit; text-decoration: underline; text-decoration-thickness: 2px; }
del { background: var(--del); color: inherit; text-decoration: line-through; }
.empty { color: var(--muted); font-style: italic; }
.export { display: flex; gap: 12px; margin: -6px 0 14px; font-size: 12px; color: var(--muted); }
.export-failed { color: var(--removed); }
.popover { position: fixed; z-index: 2147483647; max-height: 240px; overflow-y: auto; padding: 10px 12px; border: 1px solid var(--line);
  border-radius: 8px; box-shadow: 0 6px 20px rgb(0 0 0 / .2); }
.popover-head { display: flex; justify-content: space-between; align-items: center; font-size: 12px; color: var(--muted); }
`;
