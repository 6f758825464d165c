/**
 * Sites the reader added from the toolbar button: which pages may be added, the origin pattern
 * asked for as a host permission and matched by the registered content script, and the list
 * kept in `storage.local`. Pure: what a host is supported by, and what is stored, come in as data.
 */
import { isFiniteNumber, isString, shaped } from './shape.ts';

export const ADDED_SITES_KEY = 'addedSites';

/** One site the reader added: its origin (`https://example.com`) and when. */
export interface AddedSite {
  origin: string;
  addedAt: number;
}

export type AddOffer =
  | { kind: 'offer'; origin: string; host: string }
  | { kind: 'supported' }
  | { kind: 'added'; origin: string }
  /** Not a web page (a browser page, a file), or the archive itself. */
  | { kind: 'never' };

export interface OfferContext {
  /** Whether a site file reads this hostname (the registry's host table). */
  isSupportedHost(hostname: string): boolean;
  /** Hostnames that are never added: the archive's. */
  neverHosts: readonly string[];
  added: readonly AddedSite[];
}

/**
 * The site of an http(s) page as scheme and host (`https://example.com`), or null for anything
 * else. Without its port: a match pattern has none, so the permission and the script cover every port.
 */
export function webOrigin(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  if (parsed.username || parsed.password || !parsed.hostname) return null;
  return `${parsed.protocol}//${parsed.hostname}`;
}

/** The match pattern of every page of `origin` (as webOrigin gives it), as host permissions and content scripts take it. */
export const originPattern = (origin: string): string => `${origin}/*`;

/** What the toolbar button offers on the page at `url`. */
export function addOffer(url: string, context: OfferContext): AddOffer {
  const origin = webOrigin(url);
  if (!origin) return { kind: 'never' };
  const host = new URL(origin).hostname;
  if (context.neverHosts.some((never) => sameSite(never, host))) return { kind: 'never' };
  if (context.isSupportedHost(host)) return { kind: 'supported' };
  if (context.added.some((site) => site.origin === origin)) return { kind: 'added', origin };
  return { kind: 'offer', origin, host };
}

/** The archive on web.archive.org and on archive.org are one service. */
function sameSite(never: string, host: string): boolean {
  return host === never || host.endsWith(`.${never}`);
}

const isAddedSite = shaped<AddedSite>({ origin: (v) => isString(v) && webOrigin(v as string) === v, addedAt: isFiniteNumber });

/** The stored list as read back: entries of the wrong shape are dropped, each origin kept once. */
export function readAddedSites(stored: unknown): AddedSite[] {
  if (!Array.isArray(stored)) return [];
  const seen = new Set<string>();
  return stored.filter(isAddedSite).filter((site) => !seen.has(site.origin) && seen.add(site.origin));
}

export function withSite(list: readonly AddedSite[], origin: string, addedAt: number): AddedSite[] {
  return list.some((site) => site.origin === origin) ? [...list] : [...list, { origin, addedAt }];
}

export function withoutSite(list: readonly AddedSite[], origin: string): AddedSite[] {
  return list.filter((site) => site.origin !== origin);
}

const SCRIPT_PREFIX = 'added-site ';

/** The id of the content script registered for `origin`. */
export const scriptId = (origin: string): string => `${SCRIPT_PREFIX}${origin}`;

/** The origin a registered script id names, or null for a script that is not an added site's. */
export function originOfScript(id: string): string | null {
  return id.startsWith(SCRIPT_PREFIX) ? id.slice(SCRIPT_PREFIX.length) : null;
}

/** Whether `patterns` (as permissions.onAdded reports them) hold `origin`'s. */
export function grantsOrigin(patterns: readonly string[], origin: string): boolean {
  return patterns.includes(originPattern(origin));
}
