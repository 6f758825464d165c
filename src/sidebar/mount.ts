/**
 * The sidebar's entry point, loaded with its own chunk on first open, with the overlay and the
 * page room it drives. It is handed what the page knows and the line to the background; its
 * own view state is made and kept here.
 */
import { h, render } from 'preact';
import browser from 'webextension-polyfill';
import type { HistoryConnection } from '../content/history-connection.ts';
import type { PageStore } from '../content/page-state.ts';
import { send } from '../messages.ts';
import { createOverlay } from './overlay.ts';
import { createPageRoom } from './page-room.ts';
import { createViewStore } from './view-state.ts';
import { App, type SidebarActions } from './App.tsx';
import { plural } from './i18n.ts';
import { SIDEBAR_CSS } from './styles.ts';

const mounted = new WeakSet<ShadowRoot>();

/** Opening the options page is asked of the background here, in the sidebar's chunk, to keep the content script small. */
const openSettings = () => void send((message) => browser.runtime.sendMessage(message), 'options:open', {}).catch((error: unknown) => console.error('article-history: cannot open the options page', error));

export function mountSidebar(root: ShadowRoot, page: PageStore, connection: HistoryConnection): void {
  if (mounted.has(root)) return;
  mounted.add(root);
  const style = document.createElement('style');
  style.textContent = SIDEBAR_CSS;
  const container = document.createElement('div');
  root.append(style, container);
  const view = createViewStore();
  const overlay = createOverlay(
    document,
    (opIndex) => view.update({ popover: opIndex }),
    (count) => plural('removedHere', count),
  );
  const actions: SidebarActions = {
    close: () => page.update({ sidebarOpen: false }),
    retry: () => connection.retry(),
    checkEveryCapture: () => connection.checkEveryCapture(),
    openSettings,
    archiveNow: () => send((message) => browser.runtime.sendMessage(message), 'archive:save', { url: page.get().article.url }),
  };
  render(h(App, { page, view, actions, overlay, room: createPageRoom(document), root }), container);
}
