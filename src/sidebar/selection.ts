/** Which two versions the sidebar compares, and what the reader's keys do to that choice. */
import { defaultPair } from '../core/default-pair.ts';
import { versionKey, type Version } from '../core/history.ts';
import type { Selection } from './view-state.ts';

export { versionKey };

/** The reader's pick if both versions still exist; otherwise the default pair (see defaultPair). */
export function resolveSelection(versions: readonly Version[], selection: Selection | null): [Version, Version] | null {
  const byKey = (key: string) => versions.find((v) => versionKey(v) === key);
  const from = selection && byKey(selection.fromKey);
  const to = selection && byKey(selection.toKey);
  if (from && to && from !== to) return [from, to];
  const pair = defaultPair(versions);
  return pair && [versions[pair[0]]!, versions[pair[1]]!];
}

/** `[` and `]`: slide the pair one version back or forward, keeping it adjacent. */
export function stepSelection(versions: readonly Version[], pair: [Version, Version], step: -1 | 1): Selection | null {
  const toIndex = versions.indexOf(pair[1]) + step;
  if (toIndex < 1 || toIndex >= versions.length) return null;
  return { fromKey: versionKey(versions[toIndex - 1]!), toKey: versionKey(versions[toIndex]!) };
}

/** The change that led to the newest version with text `id`: that version and the one before it. */
export function selectionEndingAt(versions: readonly Version[], id: string | null): Selection | null {
  const index = id === null ? -1 : versions.findLastIndex((version) => version.id === id);
  if (index < 1) return null;
  return { fromKey: versionKey(versions[index - 1]!), toKey: versionKey(versions[index]!) };
}
