/**
 * The paragraph operations between two versions: exact alignment first, then identical
 * paragraphs that moved, then edited, split and merged paragraphs inside each gap, then edited
 * paragraphs that moved; word diffs are computed only for the pairs that need them.
 */
import { normalizeText } from '../normalize.ts';
import { alignExact, type Match } from './align.ts';
import { pairGap, pairMoved, type Link } from './pairing.ts';
import { Similarity } from './similarity.ts';
import { countWords } from './tokens.ts';
import type { ParagraphOp } from './types.ts';
import { diffWords } from './words.ts';

/** An operation with the words it adds and removes, for the totals. */
export interface CountedOp {
  op: ParagraphOp;
  wordsAdded: number;
  wordsRemoved: number;
}

/** Separator between paragraphs when a split or merge is diffed as one text. */
const paragraphBreak = '\n';

export function diffParagraphs(
  oldTexts: readonly string[],
  newTexts: readonly string[],
  maxComparisons: number,
): CountedOp[] {
  // Paragraphs get the same id when their normalised texts are equal. Most paragraphs of two
  // versions are byte-identical, so each distinct original text is normalised only once.
  const normalised = new Map<string, string>();
  const ids = new Map<string, number>();
  const normalise = (text: string) => {
    let n = normalised.get(text);
    if (n === undefined) normalised.set(text, (n = normalizeText(text)));
    return n;
  };
  const intern = (n: string) => {
    let id = ids.get(n);
    if (id === undefined) ids.set(n, (id = ids.size));
    return id;
  };
  const oldNormalised = oldTexts.map(normalise);
  const newNormalised = newTexts.map(normalise);
  const oldIds = oldNormalised.map(intern);
  const newIds = newNormalised.map(intern);
  const oldUsed = new Uint8Array(oldTexts.length);
  const newUsed = new Uint8Array(newTexts.length);
  const use = (link: Link) => {
    for (const i of typeof link.from === 'number' ? [link.from] : link.from) oldUsed[i] = 1;
    for (const j of typeof link.to === 'number' ? [link.to] : link.to) newUsed[j] = 1;
  };

  const matches = alignExact(oldIds, newIds);
  const inPlace: Link[] = matches.map((match) => ({ kind: 'pair', ...match }));
  inPlace.forEach(use);

  const moved = movedIdentical(oldIds, newIds, oldUsed, newUsed);
  const useMoved = (match: Match) => {
    oldUsed[match.from] = 1;
    newUsed[match.to] = 1;
  };
  moved.forEach(useMoved);

  const similarity = new Similarity(oldNormalised, newNormalised, maxComparisons);
  let previous = { from: -1, to: -1 };
  for (const boundary of [...matches, { from: oldTexts.length, to: newTexts.length }]) {
    const olds = unused(oldUsed, previous.from + 1, boundary.from);
    const news = unused(newUsed, previous.to + 1, boundary.to);
    for (const link of pairGap(olds, news, similarity)) {
      inPlace.push(link);
      use(link);
    }
    previous = boundary;
  }

  for (const match of pairMoved(unused(oldUsed, 0, oldTexts.length), unused(newUsed, 0, newTexts.length), similarity)) {
    moved.push(match);
    useMoved(match);
  }

  const texts = { oldTexts, newTexts, oldIds, newIds };
  const atNew = new Array<CountedOp | undefined>(newTexts.length);
  /** For each new index that starts an in-place operation, the first old index it consumes. */
  const inPlaceFrom = new Array<number>(newTexts.length).fill(-1);
  for (const link of inPlace) {
    const first = typeof link.to === 'number' ? link.to : link.to[0]!;
    atNew[first] = inPlaceOp(link, texts);
    inPlaceFrom[first] = typeof link.from === 'number' ? link.from : link.from[0]!;
  }
  for (const { from, to } of moved) atNew[to] = movedOp(from, to, texts);
  newTexts.forEach((text, j) => {
    if (!newUsed[j]) atNew[j] = { op: { kind: 'added', to: j, text }, wordsAdded: countWords(newNormalised[j]!), wordsRemoved: 0 };
  });
  const removed = unused(oldUsed, 0, oldTexts.length).map((from) => ({
    from,
    entry: { op: { kind: 'removed', from, oldText: oldTexts[from]! }, wordsAdded: 0, wordsRemoved: countWords(oldNormalised[from]!) } satisfies CountedOp,
  }));
  return inNewOrder(atNew, inPlaceFrom, removed, oldTexts.length);
}

/** Old and new paragraphs with the same text that the alignment left out: they moved. */
function movedIdentical(
  oldIds: readonly number[],
  newIds: readonly number[],
  oldUsed: Uint8Array,
  newUsed: Uint8Array,
): Match[] {
  const waiting = new Map<number, number[]>();
  for (const i of unused(oldUsed, 0, oldIds.length)) {
    const list = waiting.get(oldIds[i]!);
    if (list) list.push(i);
    else waiting.set(oldIds[i]!, [i]);
  }
  const matches: Match[] = [];
  for (const j of unused(newUsed, 0, newIds.length)) {
    const from = waiting.get(newIds[j]!)?.shift();
    if (from !== undefined) matches.push({ from, to: j });
  }
  return matches;
}

function unused(used: Uint8Array, from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i < to; i++) if (!used[i]) out.push(i);
  return out;
}

interface Texts {
  oldTexts: readonly string[];
  newTexts: readonly string[];
  oldIds: readonly number[];
  newIds: readonly number[];
}

function inPlaceOp(link: Link, { oldTexts, newTexts, oldIds, newIds }: Texts): CountedOp {
  switch (link.kind) {
    case 'pair': {
      const oldText = oldTexts[link.from]!;
      const text = newTexts[link.to]!;
      const { from, to } = link;
      if (oldIds[from] === newIds[to]) {
        const op: ParagraphOp = oldText === text ? { kind: 'unchanged', from, to, text } : { kind: 'formatting', from, to, oldText, text };
        return { op, wordsAdded: 0, wordsRemoved: 0 };
      }
      const words = diffWords(oldText, text);
      if (!hasEdits(words.parts)) return { op: { kind: 'formatting', from, to, oldText, text }, wordsAdded: 0, wordsRemoved: 0 };
      return { op: { kind: 'changed', from, to, oldText, text, parts: words.parts }, ...counts(words) };
    }
    case 'split': {
      const oldText = oldTexts[link.from]!;
      const parts = link.to.map((j) => newTexts[j]!);
      const words = diffWords(oldText, parts.join(paragraphBreak));
      return { op: { kind: 'split', from: link.from, to: link.to, oldText, texts: parts, parts: words.parts }, ...counts(words) };
    }
    case 'merged': {
      const oldParts = link.from.map((i) => oldTexts[i]!);
      const text = newTexts[link.to]!;
      const words = diffWords(oldParts.join(paragraphBreak), text);
      return { op: { kind: 'merged', from: link.from, to: link.to, oldTexts: oldParts, text, parts: words.parts }, ...counts(words) };
    }
  }
}

function movedOp(from: number, to: number, { oldTexts, newTexts, oldIds, newIds }: Texts): CountedOp {
  const oldText = oldTexts[from]!;
  const text = newTexts[to]!;
  const words = oldIds[from] === newIds[to] ? null : diffWords(oldText, text);
  if (!words || !hasEdits(words.parts)) return { op: { kind: 'moved', from, to, oldText, text, parts: null }, wordsAdded: 0, wordsRemoved: 0 };
  return { op: { kind: 'moved', from, to, oldText, text, parts: words.parts }, ...counts(words) };
}

function hasEdits(parts: readonly { kind: string }[]): boolean {
  return parts.some((part) => part.kind !== 'same');
}

function counts(words: { wordsAdded: number; wordsRemoved: number }) {
  return { wordsAdded: words.wordsAdded, wordsRemoved: words.wordsRemoved };
}

/**
 * Operations in the order of the new version. A removed paragraph is placed where it was: just
 * before the first in-place operation (unchanged, edited, split, merged) that follows it in the
 * old version, ahead of anything added or moved in at that point.
 */
function inNewOrder(
  atNew: readonly (CountedOp | undefined)[],
  inPlaceFrom: readonly number[],
  removed: readonly { from: number; entry: CountedOp }[],
  oldLength: number,
): CountedOp[] {
  const nextInPlace = new Array<number>(atNew.length + 1);
  nextInPlace[atNew.length] = oldLength;
  for (let j = atNew.length - 1; j >= 0; j--) nextInPlace[j] = inPlaceFrom[j]! >= 0 ? inPlaceFrom[j]! : nextInPlace[j + 1]!;
  const out: CountedOp[] = [];
  let r = 0;
  const removedBefore = (limit: number) => {
    for (; r < removed.length && removed[r]!.from < limit; r++) out.push(removed[r]!.entry);
  };
  atNew.forEach((entry, j) => {
    if (!entry) return;
    removedBefore(nextInPlace[j]!);
    out.push(entry);
  });
  removedBefore(oldLength);
  return out;
}
