/** The sidebar's entry point, loaded with its own chunk on first open, with the overlay it drives. */
import { h, render } from 'preact';
import { createOverlay } from '../content/overlay.ts';
import { createPageRoom } from '../content/page-room.ts';
import type { PageStore } from '../content/state.ts';
import { App, type SidebarActions } from './App.tsx';
import { plural } from './i18n.ts';
import { SIDEBAR_CSS } from './styles.ts';

const mounted = new WeakSet<ShadowRoot>();

export function mountSidebar(root: ShadowRoot, store: PageStore, actions: SidebarActions): void {
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
  render(h(App, { store, actions, overlay, room: createPageRoom(document), root }), container);
}
