/**
 * Runs on every page of a supported site. The check is cheap (URL rules and a few meta tags);
 * on a page that is not an article it stops there: nothing shown, nothing sent.
 */
import browser from 'webextension-polyfill';
import { detectWithSite, extractWithSite } from '../sites/page.ts';
import { loadSite } from './load-site.ts';
import { handle, HISTORY_PORT, isHistoryEvent, send, type HistoryRequest } from '../messages.ts';
import { createHost } from './host.ts';
import { mountLauncher } from './launcher.ts';
import { createPageStore, initialPageState, type PageStore } from './state.ts';

async function start(): Promise<void> {
  const url = new URL(location.href);
  const site = await loadSite(url.hostname);
  const detection = detectWithSite(site, url, document);
  if (detection.kind !== 'article') return;
  // The extractor gives the same canonical URL and live-blog flag as the detection did.
  const article = await extractWithSite(site, document, url);
  if (!article || article.paragraphs.length === 0) return;

  const store = createPageStore(initialPageState(article));
  const root = createHost();
  const renderLauncher = mountLauncher(root, () => toggleSidebar(root, store));
  store.subscribe(renderLauncher);
  renderLauncher(store.get());

  browser.runtime.onMessage.addListener(
    handle({
      'sidebar:toggle': () => {
        void toggleSidebar(root, store);
        return undefined;
      },
    }),
  );
  await report(store);
}

/** Reports the live article and watches its history; reconnects if the background restarts. */
async function report(store: PageStore): Promise<void> {
  const { article } = store.get();
  await send((message) => browser.runtime.sendMessage(message), 'page:article', { article });
  const port = browser.runtime.connect({ name: HISTORY_PORT });
  port.onMessage.addListener((event: unknown) => {
    if (isHistoryEvent(event) && event.url === article.url) store.update({ history: event.state });
  });
  port.onDisconnect.addListener(() => setTimeout(() => void report(store), 1000));
  const watch: HistoryRequest = { type: 'history:watch', url: article.url };
  port.postMessage(watch);
  retryHistory = () => port.postMessage({ type: 'history:retry', url: article.url } satisfies HistoryRequest);
  checkEveryCapture = () => port.postMessage({ type: 'history:thorough', url: article.url } satisfies HistoryRequest);
}

let retryHistory = () => {};
let checkEveryCapture = () => {};
let sidebar: Promise<typeof import('../sidebar/mount.ts')> | undefined;

async function toggleSidebar(root: ShadowRoot, store: PageStore): Promise<void> {
  const open = !store.get().sidebarOpen;
  // Paired with `article-history:diff-painted` in the sidebar: `npm run bench` reads both.
  if (open) performance.mark('article-history:open');
  store.update({ sidebarOpen: open });
  if (!open) return;
  // Loaded on first open only: readers who never open it never pay for preact and the diff.
  sidebar ??= import('../sidebar/mount.ts');
  (await sidebar).mountSidebar(root, store, {
    close: () => store.update({ sidebarOpen: false }),
    retry: () => retryHistory(),
    checkEveryCapture: () => checkEveryCapture(),
  });
}

void start();
