/**
 * The paragraph operations between two versions, in four passes: identical paragraphs that keep
 * their order; identical paragraphs that moved; edited, split and merged paragraphs inside each
 * gap left between the first ones; edited paragraphs that moved. Word diffs are computed only
 * for the pairs that need them.
 */
import { alignExact } from './align.ts';
import type { Match } from './anchors.ts';
import { pairGap, pairMoved, type Link } from './pairing.ts';
import { Similarity } from './similarity.ts';
import { intern, TextCache } from './texts.ts';
import { countWords } from './tokens.ts';
import type { AlignedOp } from './types.ts';
import { diffWords, type WordDiff } from './words.ts';

/** An operation with the words it adds and removes, for the totals. */
export interface CountedOp<Op = AlignedOp> {
  op: Op;
  wordsAdded: number;
  wordsRemoved: number;
}

/** Separator between paragraphs when a split or merge is diffed as one text. */
const paragraphBreak = '\n';

interface Side {
  texts: readonly string[];
  /**
   * What paragraphs are compared by: equal keys, equal ids. A text found byte for byte in both
   * versions is its own key; any other is normalised, so that it matches a paragraph that
   * differs from it only in formatting.
   */
  keys: string[];
  ids: number[];
  used: Uint8Array;
}

interface Links {
  /** Order-keeping links: unchanged, edited, split and merged paragraphs. */
  inPlace: Link[];
  moved: Match[];
}

export function diffParagraphs(oldTexts: readonly string[], newTexts: readonly string[], maxComparisons: number): CountedOp[] {
  const cache = new TextCache();
  const [a, b] = identify(oldTexts, newTexts, cache);
  return operations(a, b, link(a, b, maxComparisons, cache), cache);
}

/**
 * Keys and ids. Most paragraphs of two versions are byte-identical, and those need no
 * normalising: normalising every paragraph would cost more than the rest of a small diff.
 */
function identify(oldTexts: readonly string[], newTexts: readonly string[], cache: TextCache): [Side, Side] {
  const inOld = new Set(oldTexts);
  const inBoth = new Set(newTexts.filter((text) => inOld.has(text)));
  const ids = new Map<string, number>();
  const side = (texts: readonly string[]): Side => {
    const keys = texts.map((text) => (inBoth.has(text) ? text : cache.normalised(text)));
    return { texts, keys, ids: keys.map((key) => intern(ids, key)), used: new Uint8Array(texts.length) };
  };
  return [side(oldTexts), side(newTexts)];
}

function link(a: Side, b: Side, maxComparisons: number, cache: TextCache): Links {
  const use = (link: Link | Match) => {
    for (const i of typeof link.from === 'number' ? [link.from] : link.from) a.used[i] = 1;
    for (const j of typeof link.to === 'number' ? [link.to] : link.to) b.used[j] = 1;
  };
  const matches = alignExact(a.ids, b.ids, a.keys.map((key) => key.length + 1));
  const inPlace: Link[] = matches.map((match) => ({ kind: 'pair', ...match }));
  inPlace.forEach(use);
  const moved = movedIdentical(a, b);
  moved.forEach(use);

  const similarity = new Similarity(
    (i) => cache.bag(a.texts[i]!),
    (j) => cache.bag(b.texts[j]!),
    b.texts.length,
    maxComparisons,
  );
  let previous = { from: -1, to: -1 };
  for (const next of [...matches, { from: a.texts.length, to: b.texts.length }]) {
    const gap = pairGap(unused(a, previous.from + 1, next.from), unused(b, previous.to + 1, next.to), similarity);
    gap.forEach(use);
    inPlace.push(...gap);
    previous = next;
  }

  const movedEdited = pairMoved(unused(a), unused(b), similarity);
  movedEdited.forEach(use);
  return { inPlace, moved: [...moved, ...movedEdited] };
}

/** Old and new paragraphs with the same text that the alignment left out: they moved. */
function movedIdentical(a: Side, b: Side): Match[] {
  const waiting = new Map<number, number[]>();
  for (const i of unused(a)) {
    const list = waiting.get(a.ids[i]!);
    if (list) list.push(i);
    else waiting.set(a.ids[i]!, [i]);
  }
  const matches: Match[] = [];
  for (const j of unused(b)) {
    const from = waiting.get(b.ids[j]!)?.shift();
    if (from !== undefined) matches.push({ from, to: j });
  }
  return matches;
}

function unused(side: Side, from = 0, to = side.texts.length): number[] {
  const out: number[] = [];
  for (let i = from; i < to; i++) if (!side.used[i]) out.push(i);
  return out;
}

/**
 * Operations in the order of the new version. A removed paragraph is placed where it was: just
 * before the first in-place operation (unchanged, edited, split, merged) that follows it in the
 * old version, ahead of anything added or moved in at that point.
 */
function operations(a: Side, b: Side, { inPlace, moved }: Links, cache: TextCache): CountedOp[] {
  const atNew = new Array<CountedOp | undefined>(b.texts.length);
  // For each new position, the first old paragraph consumed by the next in-place operation.
  const nextInPlace = new Array<number>(b.texts.length + 1).fill(-1);
  for (const link of inPlace) {
    const to = typeof link.to === 'number' ? link.to : link.to[0]!;
    atNew[to] = inPlaceOp(link, a, b, cache);
    nextInPlace[to] = typeof link.from === 'number' ? link.from : link.from[0]!;
  }
  nextInPlace[b.texts.length] = a.texts.length;
  for (let j = b.texts.length - 1; j >= 0; j--) if (nextInPlace[j]! < 0) nextInPlace[j] = nextInPlace[j + 1]!;
  for (const { from, to } of moved) atNew[to] = movedOp(from, to, a, b, cache);
  for (const to of unused(b)) {
    atNew[to] = { op: { kind: 'added', to, text: b.texts[to]! }, wordsAdded: countWords(cache.normalised(b.texts[to]!)), wordsRemoved: 0 };
  }
  const removed = unused(a);
  const out: CountedOp[] = [];
  let r = 0;
  for (let j = 0; j <= b.texts.length; j++) {
    const entry = atNew[j];
    if (!entry && j < b.texts.length) continue; // a later part of a split
    for (; r < removed.length && removed[r]! < nextInPlace[j]!; r++) {
      const from = removed[r]!;
      out.push({ op: { kind: 'removed', from, oldText: a.texts[from]! }, wordsAdded: 0, wordsRemoved: countWords(cache.normalised(a.texts[from]!)) });
    }
    if (entry) out.push(entry);
  }
  return out;
}

function inPlaceOp(link: Link, a: Side, b: Side, cache: TextCache): CountedOp {
  switch (link.kind) {
    case 'pair': {
      const { from, to } = link;
      const oldText = a.texts[from]!;
      const text = b.texts[to]!;
      if (a.ids[from] === b.ids[to]) {
        const op: AlignedOp = oldText === text ? { kind: 'unchanged', from, to, text } : { kind: 'formatting', from, to, oldText, text };
        return { op, wordsAdded: 0, wordsRemoved: 0 };
      }
      const words = diffWords(oldText, text, cache);
      if (!hasEdits(words)) return { op: { kind: 'formatting', from, to, oldText, text }, wordsAdded: 0, wordsRemoved: 0 };
      return counted({ kind: 'changed', from, to, oldText, text, parts: words.parts }, words);
    }
    case 'split': {
      const oldText = a.texts[link.from]!;
      const texts = link.to.map((j) => b.texts[j]!);
      const words = diffWords(oldText, texts.join(paragraphBreak), cache);
      return counted({ kind: 'split', from: link.from, to: link.to, oldText, texts, parts: words.parts }, words);
    }
    case 'merged': {
      const oldTexts = link.from.map((i) => a.texts[i]!);
      const text = b.texts[link.to]!;
      const words = diffWords(oldTexts.join(paragraphBreak), text, cache);
      return counted({ kind: 'merged', from: link.from, to: link.to, oldTexts, text, parts: words.parts }, words);
    }
  }
}

function movedOp(from: number, to: number, a: Side, b: Side, cache: TextCache): CountedOp {
  const oldText = a.texts[from]!;
  const text = b.texts[to]!;
  const words = a.ids[from] === b.ids[to] ? null : diffWords(oldText, text, cache);
  if (!words || !hasEdits(words)) return { op: { kind: 'moved', from, to, oldText, text, parts: null }, wordsAdded: 0, wordsRemoved: 0 };
  return counted({ kind: 'moved', from, to, oldText, text, parts: words.parts }, words);
}

/** Texts that differ only in spacing around punctuation tokenise alike: no word changed. */
function hasEdits(words: WordDiff): boolean {
  return words.parts.some((part) => part.kind !== 'same');
}

function counted(op: AlignedOp, { wordsAdded, wordsRemoved }: WordDiff): CountedOp {
  return { op, wordsAdded, wordsRemoved };
}
