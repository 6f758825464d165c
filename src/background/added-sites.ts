/**
 * Sites the reader added from the toolbar button. Each has its origin's host permission, granted
 * by the reader at the offer's click, and a content script registered at run time for that
 * origin alone, which reads its pages with the generic reader. The list lives in `storage.local`
 * so that the options page can show it and a restarted browser can put the scripts back.
 *
 * The popup asks for the permission in its click and tells the background which origin it
 * offered; the background registers once the permission is there, which in Firefox may be after
 * the popup closed for the browser's prompt (`permissions.onAdded`). A permission granted for
 * anything else (another archive, in the options) registers nothing: only an offer the reader
 * accepted in the last minutes is completed.
 */
import browser from 'webextension-polyfill';
import { ADDED_SITES_KEY, grantsOrigin, originOfScript, originPattern, scriptId, withoutSite, withSite, type AddedSite } from '../core/added-sites.ts';
import { loadAddedSites as addedSites, offerFor } from '../site-offer.ts';

/** The self-contained content script of added sites, which scripts/build.ts writes into both builds. */
export const ADDED_SITE_SCRIPT = 'assets/added-site.js';
const PENDING_KEY = 'addedSitesPending';
/** How long an accepted offer waits for the browser's prompt to be answered. */
const PENDING_MS = 10 * 60_000;

type Pending = Record<string, number>;

async function pendingOffers(): Promise<Pending> {
  const stored: unknown = (await browser.storage.local.get(PENDING_KEY))[PENDING_KEY];
  const now = Date.now();
  const live: Pending = {};
  if (typeof stored === 'object' && stored !== null) {
    for (const [origin, until] of Object.entries(stored)) if (typeof until === 'number' && until > now) live[origin] = until;
  }
  return live;
}

/** Every change to the list or the scripts goes through here, one at a time: two at once would each write the list they read. */
let queue: Promise<unknown> = Promise.resolve();
function serially<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task);
  queue = run.catch(() => undefined);
  return run;
}

/** Accepted offers waiting for their permission, by origin: settled when permissions.onAdded completes them. */
const waiting = new Map<string, { resolve(): void; reject(error: unknown): void }>();

/**
 * The reader accepted the offer for `origin` in the popup, which asked for the permission in the
 * same click. Resolves once the site is added (true), or false when `origin` may not be added;
 * a refused permission leaves it waiting, and the popup, which knows the answer, no longer listens.
 */
export async function acceptOffer(origin: string): Promise<boolean> {
  const offer = await offerFor(`${origin}/`);
  if (offer.kind === 'added') return true;
  if (offer.kind !== 'offer' || offer.origin !== origin) return false;
  await serially(async () => {
    const pending = await pendingOffers();
    await browser.storage.local.set({ [PENDING_KEY]: { ...pending, [origin]: Date.now() + PENDING_MS } });
  });
  const done = new Promise<void>((resolve, reject) => waiting.set(origin, { resolve, reject }));
  // Granted already (the request in the popup's click answered before this message arrived), or later through
  // onAdded. Either way complete() settles `done`, with its error if it fails.
  if (await browser.permissions.contains({ origins: [originPattern(origin)] })) await complete(origin).catch(() => undefined);
  await done;
  return true;
}

/** `permissions.onAdded`: completes the accepted offers whose origin was just granted. */
export async function permissionsAdded(patterns: readonly string[]): Promise<void> {
  const pending = await pendingOffers();
  for (const origin of Object.keys(pending)) if (grantsOrigin(patterns, origin)) await complete(origin);
}

async function complete(origin: string): Promise<void> {
  const waiter = waiting.get(origin);
  waiting.delete(origin);
  try {
    await serially(async () => {
      const pending = await pendingOffers();
      // Completed already: onAdded and the popup's message both get here when the grant was quick.
      if (!(origin in pending)) return;
      // A script left registered by an earlier add of the same site would make registering it again fail.
      await unregister([origin]);
      await register([origin]);
      await browser.storage.local.set({ [ADDED_SITES_KEY]: withSite(await addedSites(), origin, Date.now()) });
      delete pending[origin];
      await browser.storage.local.set({ [PENDING_KEY]: pending });
    });
    waiter?.resolve();
  } catch (error) {
    waiter?.reject(error);
    throw error;
  }
}

/** Removes a site the reader added: its script goes, and its permission is given back. */
export function removeSite(origin: string): Promise<void> {
  return serially(async () => {
    await unregister([origin]);
    await browser.storage.local.set({ [ADDED_SITES_KEY]: withoutSite(await addedSites(), origin) });
    await browser.permissions.remove({ origins: [originPattern(origin)] });
  });
}

/** `permissions.onRemoved`: a site whose permission the reader took back in the browser's own settings is no longer added. */
export function permissionsRemoved(patterns: readonly string[]): Promise<void> {
  return serially(async () => {
    const gone = (await addedSites()).filter((site) => grantsOrigin(patterns, site.origin)).map((site) => site.origin);
    if (gone.length === 0) return;
    await unregister(gone);
    await browser.storage.local.set({ [ADDED_SITES_KEY]: (await addedSites()).filter((site) => !gone.includes(site.origin)) });
  });
}

/**
 * Puts the registered scripts in line with the list, on every start of the background: a browser
 * that does not keep registered scripts across restarts, an update of the extension, or a site
 * file added since for a site the reader had added (its own script then reads it).
 */
export function restoreAddedSites(): Promise<void> {
  return serially(async () => {
    const listed = await addedSites();
    const kept: AddedSite[] = [];
    for (const site of listed) {
      const offer = await offerFor(`${site.origin}/`);
      const permitted = await browser.permissions.contains({ origins: [originPattern(site.origin)] });
      if (offer.kind === 'added' && permitted) kept.push(site);
    }
    const registered = (await browser.scripting.getRegisteredContentScripts())
      .map((script) => originOfScript(script.id))
      .filter((origin): origin is string => origin !== null);
    const wanted = kept.map((site) => site.origin);
    const missing = wanted.filter((origin) => !registered.includes(origin));
    await unregister(registered.filter((origin) => !wanted.includes(origin)));
    await register(missing);
    if (kept.length !== listed.length) await browser.storage.local.set({ [ADDED_SITES_KEY]: kept });
    await injectIntoOpenTabs(missing);
  });
}

/**
 * A script registered only now misses the pages of its site that opened before, as a browser's
 * restored tabs do while the background is still starting: they get it injected. None of them
 * can have it already, since no script of that site was registered when they loaded.
 */
async function injectIntoOpenTabs(origins: string[]): Promise<void> {
  if (origins.length === 0) return;
  const tabs = await browser.tabs.query({ url: origins.map(originPattern) });
  await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined
        ? undefined
        : // A tab that closed or went to an error page meanwhile has nothing to read.
          browser.scripting.executeScript({ target: { tabId: tab.id }, files: [ADDED_SITE_SCRIPT] }).catch(() => undefined),
    ),
  );
}

async function register(origins: string[]): Promise<void> {
  if (origins.length === 0) return;
  await browser.scripting.registerContentScripts(
    origins.map((origin) => ({
      id: scriptId(origin),
      matches: [originPattern(origin)],
      js: [ADDED_SITE_SCRIPT],
      runAt: 'document_idle' as const,
      persistAcrossSessions: true,
    })),
  );
}

async function unregister(origins: string[]): Promise<void> {
  const ids = new Set(origins.map(scriptId));
  const present = (await browser.scripting.getRegisteredContentScripts()).filter((script) => ids.has(script.id)).map((script) => script.id);
  if (present.length > 0) await browser.scripting.unregisterContentScripts({ ids: present });
}
