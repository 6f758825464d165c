/** Scoped by the shadow root: nothing here can reach the page, and the page cannot reach it. */
export const SIDEBAR_CSS = `
:host { all: initial; }
.sidebar { --bg: #fffdf8; --fg: #1d2430; --muted: #5b6472; --line: #e3ddd0; --accent: #203a60; --ins: #e5f4e3; --del: #fbe4e1;
  position: fixed; top: 0; right: 0; bottom: 0; width: min(440px, 100vw); box-sizing: border-box; overflow-y: auto;
  background: var(--bg); color: var(--fg); border-left: 1px solid var(--line); box-shadow: -4px 0 16px rgb(0 0 0 / .15);
  font: 14px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; padding: 16px 18px 32px; z-index: 2147483647; text-align: start; }
@media (prefers-color-scheme: dark) {
  .sidebar { --bg: #181c22; --fg: #e6e8ec; --muted: #a3abb8; --line: #2e3440; --accent: #9cc0ff; --ins: #1f3a24; --del: #45221f; }
}
.header { display: flex; align-items: flex-start; gap: 8px; }
.headline { flex: 1; margin: 0; font: 700 17px/1.3 Georgia, "Times New Roman", serif; }
.close { all: unset; cursor: pointer; font-size: 22px; line-height: 1; padding: 2px 8px; border-radius: 4px; color: var(--muted); }
.close:focus-visible, .retry:focus-visible { outline: 2px solid var(--accent); }
.status { color: var(--muted); margin: 8px 0 12px; }
.retry { margin-inline-start: 8px; font: inherit; }
.versions { list-style: none; margin: 0 0 16px; padding: 0; border-top: 1px solid var(--line); }
.version { padding: 8px 0; border-bottom: 1px solid var(--line); }
.version[data-selected] { background: color-mix(in srgb, var(--accent) 8%, transparent); }
.version-meta, .gap, .totals, .change-label { color: var(--muted); font-size: 12px; }
.version-meta a { color: var(--accent); }
.version-pick { display: flex; gap: 12px; font-size: 12px; }
.headline-change h3 { font-size: 12px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); margin: 0; }
.headline-change p { font: 700 16px/1.35 Georgia, serif; margin: 4px 0 12px; }
.change-list { list-style: none; padding: 0; margin: 0; }
.change { border-inline-start: 3px solid var(--line); padding: 4px 0 4px 10px; margin: 0 0 12px; }
.change-changed { border-color: #c98a1b; }
.change-added { border-color: #2f7d32; }
.change-removed { border-color: #b3261e; }
.change-moved { border-color: #5b5fc7; }
.change p { margin: 2px 0 0; font-family: Georgia, serif; font-size: 15px; }
ins { background: var(--ins); text-decoration: underline; text-decoration-thickness: 2px; }
del { background: var(--del); text-decoration: line-through; }
.empty { color: var(--muted); font-style: italic; }
`;
