/**
 * What the content script does on a page once it knows how to read it: on an article, the
 * launcher and the lookup (as the page loads or, when the reader chose so, when the sidebar
 * first opens); on any other page nothing is shown and nothing is sent. Shared by the content
 * script of the supported sites and the one of the sites the reader added, which differ only
 * in how they read a page.
 */
import type { Article } from '../core/article.ts';
import { extensionApi } from '../extension-api.ts';
import { handle } from '../messages.ts';
import { loadSettings } from '../settings.ts';
import { connectHistory, type HistoryConnection } from './history-connection.ts';
import { createHost } from './host.ts';
import { mountLauncher } from './launcher.ts';
import { createPageStore, type PageStore } from './page-state.ts';

/** The article on this page, or null when the page is not one. */
export type ReadArticle = (url: URL) => Promise<Article | null>;

export async function showHistoryOnPage(readArticle: ReadArticle): Promise<void> {
  const article = await readArticle(new URL(location.href));
  if (!article || article.paragraphs.length === 0) return;

  const { lookup } = await loadSettings(extensionApi().storage.local);
  const page = createPageStore(article, { lookup: lookup === 'page-load' ? 'started' : 'held' });
  const root = createHost();
  let connection: HistoryConnection | undefined;
  const connect = () => {
    if (page.get().lookup === 'held') page.update({ lookup: 'started' });
    return (connection ??= connectHistory(article, (history) => page.update({ history })));
  };
  if (lookup === 'page-load') connect();
  const toggle = () => void toggleSidebar(root, page, connect);
  const renderLauncher = mountLauncher(root, toggle);
  page.subscribe(renderLauncher);
  renderLauncher(page.get());
  extensionApi().runtime.onMessage.addListener(handle({ 'sidebar:toggle': () => void toggle() }));
}

let sidebar: Promise<typeof import('../sidebar/mount.ts')> | undefined;

async function toggleSidebar(root: ShadowRoot, page: PageStore, connect: () => HistoryConnection): Promise<void> {
  const open = !page.get().sidebarOpen;
  // Paired with `article-history:diff-painted` in the sidebar: `npm run bench` reads both.
  if (open) performance.mark('article-history:open');
  page.update({ sidebarOpen: open });
  if (!open) return;
  // Opening the sidebar is the reader asking: a lookup held until now starts here.
  const connection = connect();
  // The one way into the sidebar, loaded on first open only: readers who never open it never
  // pay for preact and the diff.
  sidebar ??= import('../sidebar/mount.ts');
  (await sidebar).mountSidebar(root, page, connection);
}
