/**
 * The reader's settings, as the options page stores them in `storage.local` under `settings`.
 * A missing or unusable value falls back to its default: a bad setting must never stop the
 * history from loading.
 */
import { DEFAULT_WAYBACK_BASE } from './sources/wayback.ts';

export const SETTINGS_KEY = 'settings';

export interface Settings {
  /** The archive asked for earlier versions: the Wayback Machine, or a pywb/OpenWayback archive with the same API. */
  archiveBase: string;
}

export const DEFAULT_SETTINGS: Settings = { archiveBase: DEFAULT_WAYBACK_BASE };

/** The part of `storage.local` this needs; `browser.storage.local` in the extension. */
export interface SettingsStorage {
  get(key: string): Promise<Record<string, unknown>>;
}

export function readSettings(stored: unknown): Settings {
  const base = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>).archiveBase : undefined;
  return { archiveBase: (typeof base === 'string' && archiveBaseFrom(base)) || DEFAULT_SETTINGS.archiveBase };
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
