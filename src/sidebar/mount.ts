/** The sidebar's entry point, loaded with its own chunk on first open. */
import { h, render } from 'preact';
import type { PageStore } from '../content/state.ts';
import { App, type SidebarActions } from './App.tsx';
import { SIDEBAR_CSS } from './styles.ts';

const mounted = new WeakSet<ShadowRoot>();

export function mountSidebar(root: ShadowRoot, store: PageStore, actions: SidebarActions): void {
  if (mounted.has(root)) return;
  mounted.add(root);
  const style = document.createElement('style');
  style.textContent = SIDEBAR_CSS;
  const container = document.createElement('div');
  root.append(style, container);
  render(h(App, { store, actions }), container);
}
