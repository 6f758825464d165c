/**
 * Background wiring: messages in, history jobs, states out. Every incoming message passes
 * its guard from src/messages.ts before anything acts on it. Listeners are registered at the
 * top level, synchronously, so that an event that starts a stopped worker is delivered.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { extractHtml } from '#html-extractor';
import { summaryLine } from '../core/change-summary.ts';
import { handle, HISTORY_PORT, isHistoryRequest, sendToTab, type HistoryEvent } from '../messages.ts';
import '../follow-messages.ts';
import '../site-messages.ts';
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
import { alarmArticle, alarmWakeUps, FOLLOW_ALARM, setFollowAlarm } from './wake-ups.ts';
import { postInParts } from './post-in-parts.ts';
import { notificationStory, notifyChange, showUnseenOnBadge } from './follow-alerts.ts';
import { FollowService } from './follow-service.ts';
import { readLivePage } from './live-page.ts';
import { browserSummaryWords } from '../summary-words.ts';
import { acceptOffer, permissionsAdded, permissionsRemoved, removeSite, restoreAddedSites } from './added-sites.ts';
import { offerFor } from '../site-offer.ts';

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

const summary = (counts: Parameters<typeof summaryLine>[0]) => summaryLine(counts, browserSummaryWords());
const follows = (async () => {
  const follow = new FollowService({
    store: await store,
    readLive: (url) => readLivePage(url, extractHtml),
    sighted: (article, at) => service.then((s) => s.reportChecked(article, at)),
    notify: (change) => notifyChange(change, summary(change.counts)),
    showUnseen: showUnseenOnBadge,
    alarmAt: setFollowAlarm,
    summary,
  });
  // The badge and the alarm do not survive a browser restart; the store does.
  await follow.refresh().catch((error: unknown) => console.error('article-history: cannot restore the followed stories', error));
  return follow;
})();
/** Tabs opened from a notification: their sidebar opens once their article reports in. */
const sidebarOnLoad = new Set<number>();

async function openFromNotification(url: string): Promise<void> {
  const [tab] = await browser.tabs.query({ url }).catch(() => []);
  if (tab?.id !== undefined) {
    // Loaded again: the tab shows the text the check found, and its content script starts afresh.
    sidebarOnLoad.add(tab.id);
    await browser.tabs.update(tab.id, { active: true, url });
    if (tab.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true });
    return;
  }
  const created = await browser.tabs.create({ url });
  if (created.id !== undefined) sidebarOnLoad.add(created.id);
}

browser.notifications.onClicked.addListener((id) => {
  const url = notificationStory(id);
  if (!url) return;
  void browser.notifications.clear(id).catch(() => undefined);
  openFromNotification(url).catch((error: unknown) => console.error('article-history: cannot open the story', error));
});

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

/** What the `follow-check` alarm does when it fires: every check due by the time it was set for. */
const runFollowChecks = (scheduledTime: number) => follows.then((f) => f.runDue(scheduledTime));

/** Test builds: the alarm fired now, as the browser would fire it at its time; nothing else is shortened. */
async function fireFollowAlarm() {
  const alarm = await browser.alarms.get(FOLLOW_ALARM);
  return runFollowChecks(alarm?.scheduledTime ?? Date.now());
}

browser.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === FOLLOW_ALARM) {
    runFollowChecks(alarm.scheduledTime).catch((error: unknown) => console.error('article-history: the follow check failed', error));
    return;
  }
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

const ours = (sender: Runtime.MessageSender) => fromOwnContentScript(sender) || fromOwnPage(sender);

const FOLLOWED_PAGE = 'src/followed/followed.html';

const done = { ok: true } as const;

browser.runtime.onMessage.addListener(
  handle<Runtime.MessageSender>({
    'page:article': ({ article }, sender) => {
      if (!fromOwnContentScript(sender)) return undefined;
      // Before the job starts, so that the article in front is first in the queue.
      visible.shows(sender.tab.id, sender.tab.windowId ?? -1, article.url, sender.tab.active ?? false);
      const tabId = sender.tab.id;
      void follows.then((f) => f.readerSaw(article)).catch(() => undefined);
      return service
        .then((s) => s.reportLive(article))
        .then(() => {
          if (sidebarOnLoad.delete(tabId)) sendToTab((message) => browser.tabs.sendMessage(tabId, message), 'sidebar:toggle', {}).catch(() => undefined);
          return done;
        });
    },
    'cache:clear': ({ url }, sender) => (fromOwnPage(sender) ? service.then((s) => s.clear(url)).then(() => done) : undefined),
    'cache:clear-all': (_, sender) => (fromOwnPage(sender) ? service.then((s) => s.clearAll()).then(() => done) : undefined),
    // Only the article the asking tab shows: never a save of a page the reader is not on.
    'archive:save': ({ url }, sender) => (fromOwnContentScript(sender) && visible.tabShows(sender.tab.id, url) ? saveNow(url) : undefined),
    'options:open': (_, sender) => (fromOwnContentScript(sender) ? browser.runtime.openOptionsPage().then(() => done) : undefined),
    'follow:status': ({ url }, sender) => (ours(sender) ? follows.then((f) => f.status(url)) : undefined),
    'follow:start': ({ article }, sender) => (ours(sender) ? follows.then((f) => f.follow(article)).then(() => done) : undefined),
    'follow:stop': ({ url }, sender) => (ours(sender) ? follows.then((f) => f.unfollow(url)).then(() => done) : undefined),
    'follow:pin': ({ url, pinned }, sender) => (ours(sender) ? follows.then((f) => f.pin(url, pinned)).then(() => done) : undefined),
    'follow:seen': ({ url }, sender) => (ours(sender) ? follows.then((f) => f.seen(url)).then(() => done) : undefined),
    'follow:list': (_, sender) => (fromOwnPage(sender) ? follows.then((f) => f.list()).then((stories) => ({ stories })) : undefined),
    'follow:versions': ({ url }, sender) => (fromOwnPage(sender) ? service.then((s) => s.storedVersions(url)).then((versions) => ({ versions })) : undefined),
    'followed:open': (_, sender) => (ours(sender) ? browser.tabs.create({ url: browser.runtime.getURL(FOLLOWED_PAGE) }).then(() => done) : undefined),
    // Tests fire the alarm's own handler and wait for its checks; a shipped build does not answer.
    'follow:check-now': (_, sender) => (__TEST_HOOKS__ && fromOwnPage(sender) ? fireFollowAlarm().then(({ checked }) => ({ checked })) : undefined),
    'sites:accept': ({ origin }, sender) => (fromOwnPage(sender) ? acceptOffer(origin).then((added) => ({ added })) : undefined),
    'sites:remove': ({ origin }, sender) => (fromOwnPage(sender) ? removeSite(origin).then(() => done) : undefined),
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

const logFailure = (what: string) => (error: unknown) => console.error(`article-history: ${what}`, error);

browser.permissions.onAdded.addListener(({ origins }) => void permissionsAdded(origins ?? []).catch(logFailure('cannot add a site')));
browser.permissions.onRemoved.addListener(({ origins }) => void permissionsRemoved(origins ?? []).catch(logFailure('cannot remove a site')));
// Registered scripts outlive the worker, and in Chrome the browser; this puts back what a browser or an update did not keep,
// on every start of the background. The startup listener is what starts it with the browser: Firefox
// leaves an event page asleep until one of its own events comes.
const restore = () => void restoreAddedSites().catch(logFailure('cannot restore the added sites'));
browser.runtime.onStartup.addListener(restore);
restore();

/** The offer's popup for one tab: it asks that tab's page, so it stays right when the tab moves on to another site. */
const OFFER_POPUP = 'src/popup/offer.html';

browser.action.onClicked.addListener((tab) => {
  if (tab.id === undefined) return;
  void clickedOn(tab.id, tab.url);
});

async function clickedOn(tabId: number, url: string | undefined): Promise<void> {
  // The click's activeTab grant is what gives the tab's URL here; the extension never reads other tabs' addresses.
  const offer = await offerFor(url);
  if (offer.kind === 'offer') {
    await browser.action.setPopup({ tabId, popup: OFFER_POPUP });
    await browser.action.openPopup();
    return;
  }
  // Pages without our content script (not an article) have no listener: nothing to toggle.
  await sendToTab((message) => browser.tabs.sendMessage(tabId, message), 'sidebar:toggle', {}).catch(() => undefined);
}
