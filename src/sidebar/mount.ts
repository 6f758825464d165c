/**
 * The sidebar's entry point, loaded with its own chunk on first open, with the overlay and the
 * page room it drives. It is handed what the page knows and the line to the background; its
 * own view state is made and kept here.
 */
import { h, render } from 'preact';
import { extensionApi } from '../extension-api.ts';
import type { HistoryConnection } from '../content/history-connection.ts';
import type { PageStore } from '../content/page-state.ts';
import { send } from '../messages.ts';
import '../follow-messages.ts';
import { createOverlay } from './overlay.ts';
import { createPageRoom } from './page-room.ts';
import { createViewStore, type ViewStore } from './view-state.ts';
import { App, type SidebarActions } from './App.tsx';
import { plural } from './i18n.ts';
import { SIDEBAR_CSS } from './styles.ts';

const mounted = new WeakSet<ShadowRoot>();

/** Opening the options page is asked of the background here, in the sidebar's chunk, to keep the content script small. */
const openSettings = () => void send((message) => extensionApi().runtime.sendMessage(message), 'options:open', {}).catch((error: unknown) => console.error('article-history: cannot open the options page', error));
const toBackground = (message: unknown) => extensionApi().runtime.sendMessage(message);
const complain = (what: string) => (error: unknown) => console.error(`article-history: cannot ${what}`, error);

/**
 * Whether the story is followed, asked once per page; opening the sidebar also tells the
 * background the reader has seen the story's change, and opens on that change.
 */
async function learnFollow(page: PageStore, view: ViewStore): Promise<void> {
  const { url } = page.get().article;
  const status = await send(toBackground, 'follow:status', { url });
  view.update({ follow: status.following ? 'following' : 'not-following', openOn: status.change });
  const markSeen = () => void send(toBackground, 'follow:seen', { url }).catch(complain('mark the change seen'));
  if (status.change) markSeen();
  // Later openings on this page see whatever the background found since.
  let open = page.get().sidebarOpen;
  page.subscribe((state) => {
    if (state.sidebarOpen && !open && view.get().follow === 'following') markSeen();
    open = state.sidebarOpen;
  });
}

function followActions(page: PageStore, view: ViewStore): Pick<SidebarActions, 'follow' | 'openFollowed'> {
  return {
    follow: (follow) => {
      const { article } = page.get();
      view.update({ follow: follow ? 'following' : 'not-following' });
      const sent = follow ? send(toBackground, 'follow:start', { article }) : send(toBackground, 'follow:stop', { url: article.url });
      sent.catch((error: unknown) => {
        view.update({ follow: follow ? 'not-following' : 'following' });
        complain('follow the story')(error);
      });
    },
    openFollowed: () => void send(toBackground, 'followed:open', {}).catch(complain('open the followed stories')),
  };
}

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
    ...followActions(page, view),
    archiveNow: () => send((message) => extensionApi().runtime.sendMessage(message), 'archive:save', { url: page.get().article.url }),
  };
  learnFollow(page, view).catch(complain('ask whether the story is followed'));
  render(h(App, { page, view, actions, overlay, room: createPageRoom(document), root }), container);
}
