/**
 * Which tokens of two texts correspond: runs of equal tokens and the changes between them. Tokens
 * found once in each text anchor the alignment, as paragraphs do (patience diff), and each gap
 * between anchors is aligned the same way; what the anchors leave open is compared with
 * jsdiff's `diffArrays` on token ids, which also checks an anchored result that looks misled.
 */
import { diffArrays } from 'diff';
import type { AnchorFinder } from './anchors.ts';
import type { IdentifiedTokens } from './texts.ts';

/**
 * Myers' diff costs about (old + new tokens) x edit length; this bounds it for freak inputs
 * (a whole article extracted as one paragraph and rewritten), where the stretch falls back to
 * "all removed, all added".
 */
const maxEditWork = 4_000_000;
/** Ranges with at most this many old x new token pairs are checked for a shared token pair by pair. */
const maxPairsToLookAt = 64;
/** Changes that remove and add back more tokens than this are checked against Myers' diff. */
const maxSharedChangedTokens = 2;
/** Anchors found inside the gaps between anchors, at most this deep: the recursion stays bounded. */
const maxAnchorDepth = 32;

/** A run of tokens: `[oldFrom, oldTo)` of the old text against `[newFrom, newTo)` of the new. */
export interface Run {
  same: boolean;
  oldFrom: number;
  oldTo: number;
  newFrom: number;
  newTo: number;
}

export function tokenRuns(a: IdentifiedTokens, b: IdentifiedTokens, anchors: AnchorFinder): Run[] {
  // Longer tokens anchor first: a chain of names and rare words rather than of commas.
  const stretch: Stretch = { a: a.ids, b: b.ids, weight: (i: number) => a.keys[i]!.length, anchors, runs: new RunList() };
  diffRange(stretch, 0, a.ids.length, 0, b.ids.length, 0);
  const anchored = stretch.runs.list;
  // Anchors can mislead: a phrase of rare words that moved pins the alignment, and the common
  // words it jumped over read as removed and added again. Tokens on both sides of the changes
  // give that away, and Myers' minimal diff then decides.
  if (sharedChangedTokens(anchored, a.ids, b.ids) <= maxSharedChangedTokens) return anchored;
  const minimal: Stretch = { ...stretch, runs: new RunList() };
  diffWithJsdiff(minimal, 0, a.ids.length, 0, b.ids.length);
  return changedTokens(minimal.runs.list) < changedTokens(anchored) ? minimal.runs.list : anchored;
}

/** How many tokens the changes remove and add back elsewhere (a multiset intersection). */
function sharedChangedTokens(runs: Run[], a: number[], b: number[]): number {
  const removed = new Map<number, number>();
  for (const run of runs) if (!run.same) for (let i = run.oldFrom; i < run.oldTo; i++) removed.set(a[i]!, (removed.get(a[i]!) ?? 0) + 1);
  let shared = 0;
  for (const run of runs) {
    if (run.same) continue;
    for (let j = run.newFrom; j < run.newTo; j++) {
      const left = removed.get(b[j]!);
      if (!left) continue;
      removed.set(b[j]!, left - 1);
      shared++;
    }
  }
  return shared;
}

function changedTokens(runs: Run[]): number {
  let n = 0;
  for (const run of runs) if (!run.same) n += run.oldTo - run.oldFrom + run.newTo - run.newFrom;
  return n;
}

/** Token ids of both texts, what anchors are weighed by, and the runs found so far. */
interface Stretch {
  a: number[];
  b: number[];
  weight: (i: number) => number;
  anchors: AnchorFinder;
  runs: RunList;
}

/** Runs in order, a run extending the one before it when both are the same kind. */
class RunList {
  readonly list: Run[] = [];
  private oldAt = 0;
  private newAt = 0;

  add(same: boolean, oldCount: number, newCount: number): void {
    if (oldCount === 0 && newCount === 0) return;
    const last = this.list.at(-1);
    if (last && last.same === same) {
      last.oldTo += oldCount;
      last.newTo += newCount;
    } else {
      this.list.push({ same, oldFrom: this.oldAt, oldTo: this.oldAt + oldCount, newFrom: this.newAt, newTo: this.newAt + newCount });
    }
    this.oldAt += oldCount;
    this.newAt += newCount;
  }
}

/**
 * Runs for tokens `a[a0..a1)` against `b[b0..b1)`. Edits are usually local: the common start
 * and end are taken out first. The rest is cut at tokens found once on each side (patience
 * diff's anchors), and each gap between them is diffed the same way. Such a gap is most often
 * a word or two replaced, which needs no diff at all: jsdiff's O(ND) diff only sees the
 * stretches that share tokens but have none unique to both sides.
 */
function diffRange(stretch: Stretch, a0: number, a1: number, b0: number, b1: number, depth: number): void {
  const { a, b, weight, anchors: finder, runs } = stretch;
  let head = 0;
  while (a0 + head < a1 && b0 + head < b1 && a[a0 + head] === b[b0 + head]) head++;
  runs.add(true, head, head);
  a0 += head;
  b0 += head;
  let tail = 0;
  while (tail < a1 - a0 && tail < b1 - b0 && a[a1 - 1 - tail] === b[b1 - 1 - tail]) tail++;
  a1 -= tail;
  b1 -= tail;
  if (a0 === a1 || b0 === b1 || !mayShareToken(a, b, a0, a1, b0, b1)) runs.add(false, a1 - a0, b1 - b0);
  else if (depth >= maxAnchorDepth) diffWithJsdiff(stretch, a0, a1, b0, b1);
  else {
    const { anchors, shared } = finder.find(a, b, a0, a1, b0, b1, weight);
    if (!shared) runs.add(false, a1 - a0, b1 - b0);
    else if (anchors.length === 0) diffWithJsdiff(stretch, a0, a1, b0, b1);
    else {
      for (const anchor of anchors) {
        diffRange(stretch, a0, anchor.from, b0, anchor.to, depth + 1);
        runs.add(true, 1, 1);
        a0 = anchor.from + 1;
        b0 = anchor.to + 1;
      }
      diffRange(stretch, a0, a1, b0, b1, depth + 1);
    }
  }
  runs.add(true, tail, tail);
}

/**
 * False when the ranges certainly have no token in common. Small ranges, the usual gaps between
 * anchors, are checked pair by pair, faster than an index would; large ones are left to it.
 */
function mayShareToken(a: number[], b: number[], a0: number, a1: number, b0: number, b1: number): boolean {
  if ((a1 - a0) * (b1 - b0) > maxPairsToLookAt) return true;
  for (let i = a0; i < a1; i++) for (let j = b0; j < b1; j++) if (a[i] === b[j]) return true;
  return false;
}

/** A stretch with tokens in common but none unique to both sides: Myers' diff, by jsdiff. */
function diffWithJsdiff({ a, b, runs }: Stretch, a0: number, a1: number, b0: number, b1: number): void {
  const maxEditLength = Math.max(64, Math.floor(maxEditWork / (a1 - a0 + b1 - b0 + 1)));
  const changes = diffArrays(a.slice(a0, a1), b.slice(b0, b1), { maxEditLength });
  if (!changes) {
    runs.add(false, a1 - a0, b1 - b0);
    return;
  }
  for (const change of changes) {
    const same = !change.added && !change.removed;
    runs.add(same, change.added ? 0 : change.count, change.removed ? 0 : change.count);
  }
}
