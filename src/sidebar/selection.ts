/** Which two versions the sidebar compares, and what the reader's keys do to that choice. */
import type { Version } from '../core/history.ts';
import type { Selection } from '../content/state.ts';

/**
 * A version's identity in the timeline. Its id is the hash of its text, and a text can come
 * back after an edit is reverted, so the time it was first seen is part of the key.
 */
export const versionKey = (version: Version) => `${version.id}@${version.capturedAt}`;

const readByVisitor = (version: Version) => version.sightings.some((s) => s.source === 'visit');

/**
 * The reader's pick if both versions still exist. Otherwise, when the reader has read an
 * earlier text of this story, "what changed since you last read it"; else the previous version
 * against the newest.
 */
export function resolveSelection(versions: readonly Version[], selection: Selection | null): [Version, Version] | null {
  const byKey = (key: string) => versions.find((v) => versionKey(v) === key);
  const from = selection && byKey(selection.fromKey);
  const to = selection && byKey(selection.toKey);
  if (from && to && from !== to) return [from, to];
  if (versions.length < 2) return null;
  const newest = versions[versions.length - 1]!;
  if (!readByVisitor(newest)) {
    const lastRead = versions.slice(0, -1).findLast(readByVisitor);
    if (lastRead) return [lastRead, newest];
  }
  return [versions[versions.length - 2]!, newest];
}

/** `[` and `]`: slide the pair one version back or forward, keeping it adjacent. */
export function stepSelection(versions: readonly Version[], pair: [Version, Version], step: -1 | 1): Selection | null {
  const toIndex = versions.indexOf(pair[1]) + step;
  if (toIndex < 1 || toIndex >= versions.length) return null;
  return { fromKey: versionKey(versions[toIndex - 1]!), toKey: versionKey(versions[toIndex]!) };
}
