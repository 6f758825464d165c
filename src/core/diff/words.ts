/**
 * Word-level diff of two texts. Tokens are compared in normalised form, so a quote or dash that
 * only changed style is not marked, while the parts carry the original text for display:
 * the `same` and `added` parts joined give the new text exactly, each `removed` part is a slice
 * of the old one. Tokens found once in each text anchor the alignment, as paragraphs do;
 * what the anchors leave open is compared with jsdiff's `diffArrays` on token ids rather than
 * with `diffWords`, which could only compare the original strings.
 */
import { diffArrays } from 'diff';
import { originalIndex, type NormalizedText } from '../normalize.ts';
import type { AnchorFinder } from './anchors.ts';
import { TextCache, type IdentifiedTokens } from './texts.ts';
import { isWord } from './tokens.ts';
import type { WordPart } from './types.ts';

export interface WordDiff {
  parts: WordPart[];
  wordsAdded: number;
  wordsRemoved: number;
}

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

interface Side {
  original: string;
  normalised: NormalizedText;
  tokens: IdentifiedTokens;
}

/** A run of tokens: `[oldFrom, oldTo)` of the old text against `[newFrom, newTo)` of the new. */
interface Run {
  same: boolean;
  oldFrom: number;
  oldTo: number;
  newFrom: number;
  newTo: number;
}

/** `cache`: the diff's, when the texts are paragraphs it has already looked at. */
export function diffWords(oldText: string, newText: string, cache = new TextCache()): WordDiff {
  const a = side(oldText, cache);
  const b = side(newText, cache);
  const runs = cleanUp(a, b, tokenRuns(a.tokens, b.tokens, cache.tokenAnchors()));
  const parts: WordPart[] = [];
  let wordsAdded = 0;
  let wordsRemoved = 0;
  for (const run of runs) {
    if (run.same) {
      parts.push({ kind: 'same', text: slice(b, run.newFrom, run.newTo) });
      continue;
    }
    let removed = run.oldTo > run.oldFrom ? slice(a, run.oldFrom, run.oldTo) : '';
    // Words dropped from the very start take the space after them: the text that follows starts
    // the new version and has no space of its own to give back.
    if (run.newFrom === run.newTo && run.newFrom === 0 && run.oldTo < a.tokens.starts.length) {
      removed = a.original.slice(0, originalIndex(a.normalised, a.tokens.starts[run.oldTo]!));
    }
    let added = run.newTo > run.newFrom ? slice(b, run.newFrom, run.newTo) : '';
    // A replaced word brings its leading space on both sides; shown once, before both.
    const space = /^\s*/.exec(added)![0];
    if (removed && space && /^\s/.test(removed)) {
      parts.push({ kind: 'same', text: space });
      removed = removed.trimStart();
      added = added.slice(space.length);
    }
    if (removed) parts.push({ kind: 'removed', text: removed });
    if (added) parts.push({ kind: 'added', text: added });
    wordsRemoved += countWordKeys(a.tokens.keys, run.oldFrom, run.oldTo);
    wordsAdded += countWordKeys(b.tokens.keys, run.newFrom, run.newTo);
  }
  return { parts: joinSame(withUntokenisedText(parts, a, b)), wordsAdded, wordsRemoved };
}

function side(original: string, cache: TextCache): Side {
  return { original, normalised: cache.withOffsets(original), tokens: cache.tokens(original) };
}

function tokenRuns(a: IdentifiedTokens, b: IdentifiedTokens, anchors: AnchorFinder): Run[] {
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

/**
 * A short common run between two changes ("the", a comma) makes the output hard to read: it
 * is folded into the changes around it when it is no longer than either of them, the rule of
 * diff-match-patch's semantic clean-up.
 */
function cleanUp(a: Side, b: Side, runs: Run[]): Run[] {
  const out: Run[] = [];
  for (const run of runs) {
    out.push({ ...run });
    for (;;) {
      const [before, between, after] = out.slice(-3);
      if (!before || !between || !after || before.same || !between.same || after.same) break;
      const length = keyLength(b.tokens.keys, between.newFrom, between.newTo);
      if (length > changeLength(a, b, before) || length > changeLength(a, b, after)) break;
      out.splice(-3, 3, { same: false, oldFrom: before.oldFrom, oldTo: after.oldTo, newFrom: before.newFrom, newTo: after.newTo });
    }
  }
  return out;
}

function changeLength(a: Side, b: Side, run: Run): number {
  return Math.max(keyLength(a.tokens.keys, run.oldFrom, run.oldTo), keyLength(b.tokens.keys, run.newFrom, run.newTo));
}

function keyLength(keys: string[], from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) n += keys[i]!.length;
  return n;
}

function countWordKeys(keys: string[], from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (isWord(keys[i]!)) n++;
  return n;
}

/**
 * Original text of tokens `[from, to)` with the whitespace before them, so that an inserted
 * ", some of them relatives," or a dropped word leaves both texts correctly spaced. The first
 * token also takes whatever came before it (a stripped dateline) and the last whatever follows,
 * so that no character of the original is lost.
 */
function slice(s: Side, from: number, to: number): string {
  return s.original.slice(boundary(s, from), boundary(s, to));
}

/**
 * Where the original text is cut in front of token `k`: just after token `k - 1`, before any
 * space that normalisation folded into it (the spaces of " -- " all belong to one dash).
 */
function boundary(s: Side, k: number): number {
  if (k === 0) return 0;
  if (k >= s.tokens.starts.length) return s.original.length;
  const start = s.tokens.starts[k - 1]!;
  const tokenStart = originalIndex(s.normalised, start);
  let end = originalIndex(s.normalised, start + s.tokens.keys[k - 1]!.length);
  while (end > tokenStart + 1 && /\s/.test(s.original[end - 1]!)) end--;
  return end;
}

/** One `same` part where two meet (a shared space after the run before it). */
function joinSame(parts: WordPart[]): WordPart[] {
  const out: WordPart[] = [];
  for (const part of parts) {
    const last = out.at(-1);
    if (last && last.kind === 'same' && part.kind === 'same') last.text += part.text;
    else out.push({ ...part });
  }
  return out;
}

/**
 * A text with no tokens at all (only spaces or invisible characters) has no run of its own;
 * its characters are still reported so that the parts account for the whole text.
 */
function withUntokenisedText(parts: WordPart[], a: Side, b: Side): WordPart[] {
  const out = [...parts];
  if (a.tokens.keys.length === 0 && a.original !== '') out.unshift({ kind: 'removed', text: a.original });
  if (b.tokens.keys.length === 0 && b.original !== '') out.push({ kind: 'added', text: b.original });
  return out;
}
