/**
 * The reader's settings, as the options page stores them in `storage.local` under `settings`.
 * A missing or unusable value falls back to its default: a bad setting must never stop the
 * history from loading.
 */
/**
 * The Wayback Machine, asked unless the reader sets another archive. Kept here rather than in
 * sources/wayback.ts: the content script reads the settings on every article and must not carry
 * the archive client with them.
 */
export const DEFAULT_WAYBACK_BASE = 'https://web.archive.org';

export const SETTINGS_KEY = 'settings';

/**
 * When an article's history is looked up: as soon as the article loads, or only once the reader
 * opens the sidebar. Until then the page is read on the device and nothing is sent or stored.
 */
export type LookupTiming = 'page-load' | 'sidebar-open';

export interface Settings {
  /** The archive asked for earlier versions: the Wayback Machine, or a pywb/OpenWayback archive with the same API. */
  archiveBase: string;
  lookup: LookupTiming;
}

export const DEFAULT_SETTINGS: Settings = { archiveBase: DEFAULT_WAYBACK_BASE, lookup: 'page-load' };

/** The part of `storage.local` this needs; `browser.storage.local` in the extension. */
export interface SettingsStorage {
  get(key: string): Promise<Record<string, unknown>>;
}

export function readSettings(stored: unknown): Settings {
  const fields: Record<string, unknown> = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  const base = fields.archiveBase;
  return {
    archiveBase: (typeof base === 'string' && archiveBaseFrom(base)) || DEFAULT_SETTINGS.archiveBase,
    lookup: fields.lookup === 'sidebar-open' ? 'sidebar-open' : DEFAULT_SETTINGS.lookup,
  };
}

/** `value` as an archive base (trimmed, without trailing slashes), or null when it is not one. */
export function archiveBaseFrom(value: string): string | null {
  const base = value.trim().replace(/\/+$/, '');
  return isArchiveBase(base) ? base : null;
}

/** An http(s) URL without credentials, query or fragment: article URLs are appended to it. */
function isArchiveBase(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && !url.username && !url.password && !url.search && !url.hash;
  } catch {
    return false;
  }
}

export async function loadSettings(storage: SettingsStorage): Promise<Settings> {
  try {
    return readSettings((await storage.get(SETTINGS_KEY))[SETTINGS_KEY]);
  } catch {
    return DEFAULT_SETTINGS;
  }
}
