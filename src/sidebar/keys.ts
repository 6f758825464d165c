/** The sidebar's keys: j/k next and previous change, [ and ] previous and next version, Esc closes. */
export interface KeyActions {
  close(): void;
  step(direction: 1 | -1): void;
  stepVersion(direction: 1 | -1): void;
}

/** Typing in the page's search box or comment field must never move the sidebar. */
function isEditable(target: EventTarget | undefined): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['radio', 'checkbox', 'button', 'submit', 'range'].includes(target.type);
}

export function handleSidebarKey(event: KeyboardEvent, actions: KeyActions): void {
  // The page's scripts can dispatch key events on its document: only the reader's keys move the sidebar.
  if (!event.isTrusted) return;
  if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isEditable(event.composedPath()[0])) return;
  const action = {
    Escape: () => actions.close(),
    j: () => actions.step(1),
    k: () => actions.step(-1),
    ']': () => actions.stepVersion(1),
    '[': () => actions.stepVersion(-1),
  }[event.key];
  if (!action) return;
  event.preventDefault();
  event.stopPropagation();
  action();
}
