/**
 * Changing the archive asked for earlier versions. The background can reach only the Wayback
 * Machine by default, so another archive's origin is asked for as an optional host permission,
 * in the click that saves it (browsers grant permissions only during a user action), and the
 * permission for an archive no longer used is given back.
 */
import { archiveBaseFrom, DEFAULT_WAYBACK_BASE, type Settings } from '../settings.ts';

export interface ArchiveSettingDeps {
  /** `browser.permissions.request` for these origin patterns; true when granted. */
  request(origins: string[]): Promise<boolean>;
  /** `browser.permissions.remove` for these origin patterns. */
  release(origins: string[]): Promise<unknown>;
  /** Stores these settings, keeping the others as they are. */
  store(change: Partial<Settings>): Promise<void>;
}

export type SaveOutcome = { kind: 'saved'; base: string } | { kind: 'invalid' } | { kind: 'denied'; origin: string };

/** Saves `input` as the archive in place of `current` (a stored, valid base). Call it from the click handler itself. */
export async function saveArchiveBase(input: string, current: string, deps: ArchiveSettingDeps): Promise<SaveOutcome> {
  const base = archiveBaseFrom(input);
  if (!base) return { kind: 'invalid' };
  const origin = new URL(base).origin;
  // The first await: anything awaited before the request would take it out of the click.
  if (!grantedByManifest(origin) && !(await deps.request([`${origin}/*`]))) return { kind: 'denied', origin };
  await deps.store({ archiveBase: base });
  const previous = new URL(current).origin;
  if (previous !== origin && !grantedByManifest(previous)) await deps.release([`${previous}/*`]);
  return { kind: 'saved', base };
}

function grantedByManifest(origin: string): boolean {
  return origin === new URL(DEFAULT_WAYBACK_BASE).origin;
}
