/**
 * Background wiring: messages in, history jobs, states out. Every incoming message passes
 * its guard from src/messages.ts before anything acts on it. Listeners are registered at the
 * top level, synchronously, so that an event that starts a stopped worker is delivered.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { handle, HISTORY_PORT, isHistoryRequest, sendToTab, type HistoryEvent } from '../messages.ts';
import { ArchivePauses } from '../sources/archive-pause.ts';
import type { ArchiveSource } from '../sources/source.ts';
import { createPoliteFetch, DEFAULT_POLITENESS } from '../sources/polite-fetch.ts';
import { RateBudgets } from '../sources/rate-budget.ts';
import { RequestQueue } from '../sources/request-queue.ts';
import { createWaybackSource } from '../sources/wayback.ts';
import { createSavePageNow, type SaveOutcome, type SavePageNow } from '../sources/save-page-now.ts';
import { SaveLimits, type SaveLimitRecord } from '../sources/save-limits.ts';
import { extractArchived } from './extract-archived.ts';
import { HistoryService } from './history-service.ts';
import { createRedirectTargets } from './redirect-targets.ts';
import { loadSettings, readSettings, SETTINGS_KEY } from '../settings.ts';
import { HistoryStore } from './store.ts';
import { showInToolbar } from './toolbar.ts';
import { VisibleArticles } from './visible-articles.ts';
import { alarmArticle, alarmWakeUps } from './wake-ups.ts';
import { postInParts } from './post-in-parts.ts';

const store = HistoryStore.open();
const saveIn = (what: string, write: (s: HistoryStore) => Promise<void>) => {
  store.then(write).catch((error: unknown) => console.error(`article-history: cannot save the archive ${what}`, error));
};
// The pause after 429s and the request budgets are shared by every job and written through to IndexedDB.
const pauses = new ArchivePauses((record) => saveIn('pause', (s) => s.putPause(record)));
const budgets = new RateBudgets((record) => saveIn('budget', (s) => s.putBudget(record)));
const queue = new RequestQueue(DEFAULT_POLITENESS, budgets, pauses);
const visible = new VisibleArticles(() => queue.reschedule());
const redirects = createRedirectTargets();
const politeFetch = createPoliteFetch(DEFAULT_POLITENESS, { pauses, queue, redirectTarget: (url) => redirects.targetOf(url) });
/**
 * Save Page Now's own count and pause, kept in storage.local rather than IndexedDB: one small
 * record, read once at start-up, that needs no store migration.
 */
const SAVE_LIMITS_KEY = 'saveLimits';
const saveLimits = new SaveLimits((records) => void browser.storage.local.set({ [SAVE_LIMITS_KEY]: records }).catch((error: unknown) => console.error('article-history: cannot keep the save limits', error)));
const saveLimitsRestored = browser.storage.local
  .get(SAVE_LIMITS_KEY)
  .then((stored) => {
    const records = stored[SAVE_LIMITS_KEY];
    if (Array.isArray(records)) saveLimits.restore(records.filter(isSaveLimitRecord));
  })
  .catch(() => undefined);

function isSaveLimitRecord(value: unknown): value is SaveLimitRecord {
  const record = value as Partial<SaveLimitRecord> | null;
  return typeof record?.host === 'string' && Array.isArray(record.saves) && record.saves.every(Number.isFinite) && Number.isFinite(record.pausedUntil);
}

/** Set from the stored settings at start-up, unless a change of them arrived first. */
let source: ArchiveSource | undefined;
/** Only the Wayback Machine has Save Page Now; null while another archive is set. */
let saver: SavePageNow | null = null;

function useArchive(base: string): void {
  redirects.watch(new URL(base).origin);
  source = createWaybackSource(politeFetch, base);
  saver = new URL(base).host === 'web.archive.org' ? createSavePageNow({ base, limits: saveLimits, pauses, redirectTarget: (url) => redirects.targetOf(url) }) : null;
}

/** Saves the article to the archive; once saved, its history lists the captures again until the new one is there. */
async function saveNow(url: string): Promise<SaveOutcome> {
  await saveLimitsRestored;
  await service;
  if (!saver) return { kind: 'refused', reason: { kind: 'unavailable' } };
  const outcome = await saver.save(url);
  if (outcome.kind === 'saved') void service.then((s) => s.expectCapture(url, outcome.timestamp));
  return outcome;
}

const service = (async () => {
  const [opened, settings] = await Promise.all([store, loadSettings(browser.storage.local)]);
  if (!source) useArchive(settings.archiveBase);
  pauses.restore(await opened.getPauses());
  budgets.restore(await opened.getBudgets());
  const history = new HistoryService({
    store: opened,
    source: () => source!,
    extract: extractArchived,
    wakeUps: alarmWakeUps,
    priority: (url) => (visible.isVisible(url) ? 'visible' : 'background'),
  });
  // Jobs left by a stopped worker are a bonus: failing to resume them must not stop the articles being read now.
  await history.resumeUnfinished().catch((error: unknown) => console.error('article-history: cannot resume unfinished lookups', error));
  return history;
})();

browser.storage.onChanged.addListener((changes, area) => {
  const change = area === 'local' ? changes[SETTINGS_KEY] : undefined;
  if (!change) return;
  // The lookup timing is the content script's to read; only a change of archive concerns the background.
  const base = readSettings(change.newValue).archiveBase;
  if (base !== readSettings(change.oldValue).archiveBase) useArchive(base);
});

browser.tabs.onActivated.addListener(({ tabId, windowId }) => visible.activated(tabId, windowId));
browser.tabs.onRemoved.addListener((tabId) => visible.closed(tabId));
// A restarted worker learns which tabs are in front now; their articles report in again when they reconnect.
browser.tabs
  .query({ active: true })
  .then((tabs) => tabs.forEach((tab) => tab.id !== undefined && visible.activated(tab.id, tab.windowId ?? -1)))
  .catch(() => undefined);

browser.alarms.onAlarm.addListener((alarm) => {
  const url = alarmArticle(alarm.name);
  if (url) void service.then((s) => s.resume(url));
});

function fromOwnContentScript(sender: Runtime.MessageSender): sender is Runtime.MessageSender & { tab: { id: number } } {
  return sender.id === browser.runtime.id && typeof sender.tab?.id === 'number';
}

/** The extension's own pages (the options page), not a content script running inside a news site. */
function fromOwnPage(sender: Runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id && typeof sender.url === 'string' && sender.url.startsWith(browser.runtime.getURL(''));
}

const done = { ok: true } as const;

browser.runtime.onMessage.addListener(
  handle<Runtime.MessageSender>({
    'page:article': ({ article }, sender) => {
      if (!fromOwnContentScript(sender)) return undefined;
      // Before the job starts, so that the article in front is first in the queue.
      visible.shows(sender.tab.id, sender.tab.windowId ?? -1, article.url, sender.tab.active ?? false);
      return service.then((s) => s.reportLive(article)).then(() => done);
    },
    'cache:clear': ({ url }, sender) => (fromOwnPage(sender) ? service.then((s) => s.clear(url)).then(() => done) : undefined),
    'cache:clear-all': (_, sender) => (fromOwnPage(sender) ? service.then((s) => s.clearAll()).then(() => done) : undefined),
    // Only the article the asking tab shows: never a save of a page the reader is not on.
    'archive:save': ({ url }, sender) => (fromOwnContentScript(sender) && visible.tabShows(sender.tab.id, url) ? saveNow(url) : undefined),
    'options:open': (_, sender) => (fromOwnContentScript(sender) ? browser.runtime.openOptionsPage().then(() => done) : undefined),
  }),
);

browser.runtime.onConnect.addListener((port) => {
  if (port.name !== HISTORY_PORT || !port.sender || !fromOwnContentScript(port.sender)) return;
  const tabId = port.sender.tab.id;
  const unwatch: (() => void)[] = [];
  const watched = new Set<string>();
  let connected = true;
  const stopWatching = () => {
    connected = false;
    unwatch.splice(0).forEach((stop) => stop());
    // The port closes with its page: the tab no longer shows that article.
    watched.forEach((url) => visible.left(tabId, url));
  };
  port.onMessage.addListener(async (message: unknown) => {
    if (!isHistoryRequest(message)) return;
    const s = await service;
    // The tab may have gone while the service was starting: a watch on a dead port would throw on every state.
    if (!connected) return;
    if (message.type === 'history:retry') return s.retry(message.url);
    if (message.type === 'history:thorough') return s.thorough(message.url);
    watched.add(message.url);
    unwatch.push(
      s.watch(message.url, (state) => {
        const event: HistoryEvent = { type: 'history:state', url: message.url, state };
        try {
          postInParts(port, event);
        } catch {
          stopWatching();
          return;
        }
        showInToolbar(tabId, state);
      }),
    );
  });
  port.onDisconnect.addListener(stopWatching);
});

browser.action.onClicked.addListener((tab) => {
  if (tab.id === undefined) return;
  const tabId = tab.id;
  // Pages without our content script (not a supported article) have no listener: nothing to toggle.
  sendToTab((message) => browser.tabs.sendMessage(tabId, message), 'sidebar:toggle', {}).catch(() => undefined);
});
