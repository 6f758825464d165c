/**
 * The small button on an article: "7 versions". Plain DOM rather than preact, because it runs
 * on every article and the content script must stay a few KB; the sidebar loads on first open.
 */
import { plural, t } from '../i18n.ts';
import type { PageState } from './page-state.ts';

const STYLE = `
.launcher { position: fixed; right: 16px; bottom: 16px; z-index: 2147483646; display: flex; align-items: center; gap: 6px;
  font: 600 13px/1.2 system-ui, sans-serif; color: #fff; background: #203a60; border: 0; border-radius: 18px; padding: 8px 14px;
  box-shadow: 0 2px 8px rgb(0 0 0 / .25); cursor: pointer; }
.launcher:hover { background: #2c4f82; }
.launcher:focus-visible { outline: 3px solid #d6582a; outline-offset: 2px; }
.launcher[data-open="true"] { display: none; }
`;

export function launcherLabel(state: PageState): string {
  const history = state.history;
  if (state.lookup === 'held') return t('launcherHeld');
  if (!history || ((history.kind === 'loading' || history.kind === 'queued') && history.versions.length < 2)) return t('launcherChecking');
  return plural('launcherVersions', history.versions.length);
}

export function mountLauncher(root: ShadowRoot, onClick: () => void): (state: PageState) => void {
  const style = document.createElement('style');
  style.textContent = STYLE;
  const button = document.createElement('button');
  button.className = 'launcher';
  button.type = 'button';
  button.dataset.testid = 'launcher';
  button.title = t('launcherTitle');
  button.addEventListener('click', onClick);
  root.append(style, button);
  let wasOpen = false;
  return (state) => {
    button.textContent = launcherLabel(state);
    button.dataset.lookup = state.lookup;
    button.dataset.open = String(state.sidebarOpen);
    // Closing the sidebar gives focus back to where a keyboard reader opened it from.
    if (wasOpen && !state.sidebarOpen) button.focus();
    wasOpen = state.sidebarOpen;
  };
}
