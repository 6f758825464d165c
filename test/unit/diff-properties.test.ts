/**
 * Properties every diff must have, checked on the real capture pairs and on a few hundred
 * seeded random pairs of versions (edits, moves, splits, merges, repeats, typography).
 */
import { describe, expect, it } from 'vitest';
import type { ArticleText } from '../../src/core/article.ts';
import { diffArticles, type ArticleDiff, type WordPart } from '../../src/core/diff/index.ts';
import { normalizeText } from '../../src/core/normalize.ts';
import { diffCapture } from '../support/fixtures.ts';

const newSide = (parts: WordPart[]) => parts.filter((p) => p.kind !== 'removed').map((p) => p.text).join('');
const oldSide = (parts: WordPart[]) => parts.filter((p) => p.kind !== 'added').map((p) => p.text).join('');
const unspaced = (text: string) => normalizeText(text).replace(/\s/g, '');

/**
 * Rebuilds the new version from the old one and the operations, failing on any operation that
 * does not fit: an old paragraph used twice or misquoted, a new position filled twice or not at
 * all, word parts that do not spell the texts they claim.
 */
function applyDiff(old: readonly string[], diff: ArticleDiff): string[] {
  const used = new Set<number>();
  const take = (i: number, quoted: string) => {
    if (used.has(i) || old[i] !== quoted) throw new Error(`old paragraph ${i} used twice or misquoted`);
    used.add(i);
  };
  const out: string[] = [];
  const put = (j: number, text: string) => {
    if (out[j] !== undefined) throw new Error(`new paragraph ${j} filled twice`);
    out[j] = text;
  };
  const spells = (parts: WordPart[], oldText: string, newText: string) => {
    if (newSide(parts) !== newText) throw new Error(`parts do not spell the new text: ${newText}`);
    // Same parts are quoted from the new text, so the old one is spelt up to spacing.
    if (unspaced(oldSide(parts)) !== unspaced(oldText)) throw new Error(`parts do not spell the old text: ${oldText}`);
  };
  for (const op of diff.paragraphs) {
    switch (op.kind) {
      case 'unchanged':
        take(op.from, op.text);
        put(op.to, old[op.from]!);
        break;
      case 'formatting':
        take(op.from, op.oldText);
        if (normalizeText(op.oldText) !== normalizeText(op.text)) throw new Error('formatting op changes words');
        put(op.to, op.text);
        break;
      case 'changed':
        take(op.from, op.oldText);
        spells(op.parts, op.oldText, op.text);
        put(op.to, op.text);
        break;
      case 'moved':
        take(op.from, op.oldText);
        if (op.parts) spells(op.parts, op.oldText, op.text);
        else if (normalizeText(op.oldText) !== normalizeText(op.text)) throw new Error('moved without parts but edited');
        put(op.to, op.text);
        break;
      case 'added':
        put(op.to, op.text);
        break;
      case 'removed':
        take(op.from, op.oldText);
        break;
      case 'layout':
        if (op.side === 'added') put(op.to, op.text);
        else take(op.from, op.oldText);
        break;
      case 'split':
        take(op.from, op.oldText);
        spells(op.parts, op.oldText, op.texts.join('\n'));
        op.to.forEach((j, k) => put(j, op.texts[k]!));
        break;
      case 'merged':
        op.from.forEach((i, k) => take(i, op.oldTexts[k]!));
        spells(op.parts, op.oldTexts.join('\n'), op.text);
        put(op.to, op.text);
        break;
    }
  }
  if (!diff.partial && used.size !== old.length) throw new Error('an old paragraph is unaccounted for');
  if (out.length !== Object.keys(out).length) throw new Error('a new position is empty');
  return out;
}

/** Positions of the new version, in the order the operations are listed. */
function newOrder(diff: ArticleDiff): number[] {
  return diff.paragraphs.flatMap((op) => (op.kind === 'removed' || (op.kind === 'layout' && op.side === 'removed') ? [] : op.kind === 'split' ? op.to : [op.to]));
}

function seeded(seed: number): () => number {
  let state = seed * 2654435761 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 0x100000000;
  };
}

const vocabulary = 'the mayor said council vote budget library branch city residents plan closed open year funding police officer street night report'.split(' ');

/** An old version and an edited new one: few words per paragraph and a small vocabulary, so repeats and near-repeats are common. */
function randomPair(seed: number): [string[], string[]] {
  const random = seeded(seed);
  const pick = <T,>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const sentence = () => {
    const words = Array.from({ length: 3 + Math.floor(random() * 14) }, () => pick(vocabulary));
    words[0] = words[0]![0]!.toUpperCase() + words[0]!.slice(1);
    return words.join(' ') + pick(['.', '.', '?', ', he said.']);
  };
  const old = Array.from({ length: Math.floor(random() * 14) }, () => (random() < 0.15 ? 'Advertisement' : sentence()));
  let now = [...old];
  for (let n = Math.floor(random() * 6); n > 0; n--) {
    const at = Math.floor(random() * (now.length + 1));
    const here = now[at];
    switch (pick(['edit', 'typography', 'remove', 'insert', 'move', 'split', 'merge', 'repeat'])) {
      case 'edit':
        if (here) {
          const words = here.split(' ');
          words[Math.floor(random() * words.length)] = pick(vocabulary);
          now[at] = words.join(' ');
        }
        break;
      case 'typography':
        if (here) now[at] = `“${here.replace(/ /, '\u00A0').replace(/ (\w+) /, ' -- $1 ')}”`;
        break;
      case 'remove':
        now.splice(at, 1);
        break;
      case 'insert':
        now.splice(at, 0, sentence());
        break;
      case 'move':
        if (here) {
          now.splice(at, 1);
          now.splice(Math.floor(random() * (now.length + 1)), 0, here);
        }
        break;
      case 'split': {
        const words = here?.split(' ') ?? [];
        if (words.length > 3) {
          const cut = 1 + Math.floor(random() * (words.length - 2));
          now.splice(at, 1, words.slice(0, cut).join(' ') + '.', words.slice(cut).join(' '));
        }
        break;
      }
      case 'merge':
        if (here && now[at + 1]) now.splice(at, 2, `${here} ${now[at + 1]}`);
        break;
      case 'repeat':
        if (here) now.splice(at, 0, here);
        break;
    }
  }
  if (random() < 0.05) now = [];
  return [old, now];
}

function version(paragraphs: string[]): ArticleText {
  return { title: 'Story', byline: null, corrections: [], paragraphs, partial: false };
}

const capture = (name: string) => diffCapture(name).paragraphs;

const capturePairs: [string, string][] = [
  ['rahami-2016', 'rahami-2019'],
  ['cnn-2016', 'cnn-2022'],
  ['guardian-2016', 'guardian-2022'],
  ['newyorker-2016', 'newyorker-2022'],
];
const pairs: [string, string[], string[]][] = [
  ...capturePairs.map(([a, b]): [string, string[], string[]] => [`${a} → ${b}`, capture(a), capture(b)]),
  ...Array.from({ length: 400 }, (_, seed): [string, string[], string[]] => [`random pair ${seed}`, ...randomPair(seed + 1)]),
];

describe('properties of every diff', () => {
  it('applying the operations to the old version yields the new one', () => {
    for (const [name, old, now] of pairs) {
      const diff = diffArticles(version(old), version(now));
      expect(() => applyDiff(old, diff), name).not.toThrow();
      expect(applyDiff(old, diff), name).toEqual(now);
    }
  });

  it('operations are listed in the order of the new version', () => {
    for (const [name, old, now] of pairs) {
      const order = newOrder(diffArticles(version(old), version(now)));
      expect(order, name).toEqual(now.map((_, j) => j));
    }
  });

  it('a version diffed with itself is all unchanged', () => {
    for (const [name, old] of pairs) {
      const diff = diffArticles(version(old), version([...old]));
      expect(diff.paragraphs.every((op) => op.kind === 'unchanged'), name).toBe(true);
      expect(diff.totals, name).toEqual({ wordsAdded: 0, wordsRemoved: 0, paragraphsChanged: 0 });
    }
  });

  it('swapping the versions swaps the words added and removed', () => {
    for (const [name, old, now] of pairs) {
      const forward = diffArticles(version(old), version(now)).totals;
      const backward = diffArticles(version(now), version(old)).totals;
      expect([backward.wordsAdded, backward.wordsRemoved], name).toEqual([forward.wordsRemoved, forward.wordsAdded]);
      expect(backward.paragraphsChanged, name).toBe(forward.paragraphsChanged);
    }
  });
});
