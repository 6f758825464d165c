/**
 * Runs on every page of a supported site. The check is cheap (URL rules and a few meta tags);
 * on a page that is not an article it stops there: nothing shown, nothing sent.
 */
import { detectWithSite, extractWithSite } from '../extract/page.ts';
import { extensionApi } from '../extension-api.ts';
import { handle } from '../messages.ts';
import { connectHistory, type HistoryConnection } from './history-connection.ts';
import { createHost } from './host.ts';
import { mountLauncher } from './launcher.ts';
import { loadSite } from './load-site.ts';
import { createPageStore, type PageStore } from './page-state.ts';

async function start(): Promise<void> {
  const url = new URL(location.href);
  const site = await loadSite(url.hostname);
  const detection = detectWithSite(site, url, document);
  if (detection.kind !== 'article') return;
  // The extractor gives the same canonical URL and live-blog flag as the detection did.
  const article = await extractWithSite(site, document, url);
  if (!article || article.paragraphs.length === 0) return;

  const page = createPageStore(article);
  const root = createHost();
  const connection = connectHistory(article, (history) => page.update({ history }));
  const toggle = () => void toggleSidebar(root, page, connection);
  const renderLauncher = mountLauncher(root, toggle);
  page.subscribe(renderLauncher);
  renderLauncher(page.get());
  extensionApi().runtime.onMessage.addListener(handle({ 'sidebar:toggle': () => void toggle() }));
}

let sidebar: Promise<typeof import('../sidebar/mount.ts')> | undefined;

async function toggleSidebar(root: ShadowRoot, page: PageStore, connection: HistoryConnection): Promise<void> {
  const open = !page.get().sidebarOpen;
  // Paired with `article-history:diff-painted` in the sidebar: `npm run bench` reads both.
  if (open) performance.mark('article-history:open');
  page.update({ sidebarOpen: open });
  if (!open) return;
  // The one way into the sidebar, loaded on first open only: readers who never open it never
  // pay for preact and the diff.
  sidebar ??= import('../sidebar/mount.ts');
  (await sidebar).mountSidebar(root, page, connection);
}

void start();
