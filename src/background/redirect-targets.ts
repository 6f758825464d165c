/**
 * Where the archive redirected one of our own requests. politeFetch follows redirects itself,
 * with `redirect: 'manual'`, so that every hop waits its turn and a loop is cut short. But in
 * an extension that answer is opaque (status 0, no Location), as the Fetch standard requires,
 * host permission or not: checked in Chromium 156's service worker and Firefox ESR 153's event
 * page. webRequest does see the 3xx and its Location, so it is read here and handed over.
 * Only the extension's own requests (tab -1) to the archive's origin are watched, never a page
 * the reader visits.
 */
import browser, { type WebRequest } from 'webextension-polyfill';

/** webRequest and fetch() report the same response in either order; this is how long fetch's side waits for the other. */
const WAIT_MS = 2_000;
/** A Location nobody asked for (a request given up meanwhile) is forgotten after this. */
const KEEP_MS = 30_000;

export interface RedirectTargets {
  /** Starts reading redirects from `origin` (the archive's), once per origin. */
  watch(origin: string): void;
  /** The Location of the last redirect answered to `url`, or null if none was seen in time. */
  targetOf(url: string): Promise<string | null>;
}

export function createRedirectTargets(): RedirectTargets {
  const seen = new Map<string, { target: string; at: number }>();
  const waiting = new Map<string, ((target: string) => void)[]>();
  const watched = new Set<string>();

  const onHeaders = (details: WebRequest.OnHeadersReceivedDetailsType) => {
    if (details.statusCode < 300 || details.statusCode >= 400) return;
    const location = details.responseHeaders?.find((header) => header.name.toLowerCase() === 'location')?.value;
    if (!location) return;
    const target = new URL(location, details.url).href;
    const waiters = waiting.get(details.url);
    if (waiters) {
      waiting.delete(details.url);
      waiters.forEach((resolve) => resolve(target));
      return;
    }
    const now = Date.now();
    for (const [url, entry] of seen) if (now - entry.at > KEEP_MS) seen.delete(url);
    seen.set(details.url, { target, at: now });
  };

  return {
    watch(origin) {
      if (watched.has(origin)) return;
      watched.add(origin);
      // A listener of its own per origin: the same function added twice may count as one.
      browser.webRequest.onHeadersReceived.addListener((details) => onHeaders(details), { urls: [`${origin}/*`], tabId: -1 }, ['responseHeaders']);
    },

    targetOf(url) {
      const key = new URL(url).href;
      const known = seen.get(key);
      if (known) {
        seen.delete(key);
        return Promise.resolve(known.target);
      }
      return new Promise((resolve) => {
        const done = (target: string | null) => {
          clearTimeout(timer);
          resolve(target);
        };
        const timer = setTimeout(() => {
          const list = waiting.get(key)?.filter((w) => w !== done) ?? [];
          if (list.length > 0) waiting.set(key, list);
          else waiting.delete(key);
          resolve(null);
        }, WAIT_MS);
        waiting.set(key, [...(waiting.get(key) ?? []), done]);
      });
    },
  };
}
