/**
 * Runs on every page of a supported site (and of a site the reader added). The check is cheap
 * (URL rules and a few meta tags); on a page that is not an article it stops there: nothing
 * shown, nothing sent. On an article
 * the background is told of it, which starts the archive lookup, as the page loads; or, when
 * the reader chose so, only when the sidebar first opens.
 */
import type { Article } from '../core/article.ts';
import { detectWithSite, extractWithSite } from '../extract/page.ts';
import { extensionApi } from '../extension-api.ts';
import { handle } from '../messages.ts';
import { loadSettings } from '../settings.ts';
import { connectHistory, type HistoryConnection } from './history-connection.ts';
import { createHost } from './host.ts';
import { mountLauncher } from './launcher.ts';
import { loadSite } from './load-site.ts';
import { createPageStore, type PageStore } from './page-state.ts';

async function readArticle(url: URL): Promise<Article | null> {
  const site = await loadSite(url.hostname);
  // No site file: this runs on a site the reader added, whose pages say themselves whether they are stories.
  if (!site) return (await import('./added-site.ts')).readAddedSite(url, document);
  if (detectWithSite(site, url, document).kind !== 'article') return null;
  // The extractor gives the same canonical URL and live-blog flag as the detection did.
  return extractWithSite(site, document, url);
}

async function start(): Promise<void> {
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

void start();
