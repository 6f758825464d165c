/** The sidebar's entry point, loaded with its own chunk on first open, with the overlay it drives. */
import { h, render } from 'preact';
import browser from 'webextension-polyfill';
import { createOverlay } from '../content/overlay.ts';
import { createPageRoom } from '../content/page-room.ts';
import type { PageStore } from '../content/state.ts';
import { send } from '../messages.ts';
import { App, type SidebarActions } from './App.tsx';
import { plural } from './i18n.ts';
import { SIDEBAR_CSS } from './styles.ts';

const mounted = new WeakSet<ShadowRoot>();

/** Opening the options page is asked of the background here, in the sidebar's chunk, to keep the content script small. */
const openSettings = () => void send((message) => browser.runtime.sendMessage(message), 'options:open', {}).catch((error: unknown) => console.error('article-history: cannot open the options page', error));

export function mountSidebar(root: ShadowRoot, store: PageStore, actions: Omit<SidebarActions, 'openSettings'>): void {
  if (mounted.has(root)) return;
  mounted.add(root);
  const style = document.createElement('style');
  style.textContent = SIDEBAR_CSS;
  const container = document.createElement('div');
  root.append(style, container);
  const overlay = createOverlay(
    document,
    (opIndex) => store.update({ popover: opIndex }),
    (count) => plural('removedHere', count),
  );
  render(h(App, { store, actions: { ...actions, openSettings }, overlay, room: createPageRoom(document), root }), container);
}
