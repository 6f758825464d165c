/** Which two versions the sidebar compares, and what the reader's keys do to that choice. */
import { defaultPair } from '../core/default-pair.ts';
import { storyChanged } from '../core/diff/summary.ts';
import { versionKey, type Version } from '../core/history.ts';
import type { Selection } from '../content/state.ts';
import { diffVersions } from './diff-cache.ts';

export { versionKey };

/**
 * Whether the story changed between two versions, by their keys. Every render and key press
 * looks for the default pair, which may diff several versions: each pair's answer is kept, as
 * the texts behind two keys never change.
 */
const storyChanges = new Map<string, boolean>();
const maxRemembered = 500;

function storyChangedBetween(from: Version, to: Version): boolean {
  const key = `${versionKey(from)} ${versionKey(to)}`;
  let changed = storyChanges.get(key);
  if (changed === undefined) {
    changed = storyChanged(diffVersions(from, to));
    if (storyChanges.size >= maxRemembered) storyChanges.clear();
    storyChanges.set(key, changed);
  }
  return changed;
}

/** The reader's pick if both versions still exist; otherwise the default pair (see defaultPair). */
export function resolveSelection(versions: readonly Version[], selection: Selection | null): [Version, Version] | null {
  const byKey = (key: string) => versions.find((v) => versionKey(v) === key);
  const from = selection && byKey(selection.fromKey);
  const to = selection && byKey(selection.toKey);
  if (from && to && from !== to) return [from, to];
  const pair = defaultPair(versions, storyChangedBetween);
  return pair && [versions[pair[0]]!, versions[pair[1]]!];
}

/** `[` and `]`: slide the pair one version back or forward, keeping it adjacent. */
export function stepSelection(versions: readonly Version[], pair: [Version, Version], step: -1 | 1): Selection | null {
  const toIndex = versions.indexOf(pair[1]) + step;
  if (toIndex < 1 || toIndex >= versions.length) return null;
  return { fromKey: versionKey(versions[toIndex - 1]!), toKey: versionKey(versions[toIndex]!) };
}
