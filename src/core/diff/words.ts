/**
 * Word-level diff of two texts. Tokens are compared in normalised form, so a quote or dash that
 * only changed style is not marked, while the parts carry the original text for display:
 * the `same` and `added` parts joined give the new text exactly, each `removed` part is a slice
 * of the old one.
 */
import { diffArrays } from 'diff';
import { normalizeWithOffsets, originalIndex, type NormalizedText } from '../normalize.ts';
import { isWord, tokenize, type Tokens } from './tokens.ts';
import type { WordPart } from './types.ts';

export interface WordDiff {
  parts: WordPart[];
  wordsAdded: number;
  wordsRemoved: number;
}

/**
 * Myers' diff costs about (old + new tokens) x edit length; this bounds it for freak inputs
 * (a whole article extracted as one paragraph and rewritten), where the diff falls back to
 * "all removed, all added".
 */
const maxEditWork = 4_000_000;

interface Side {
  original: string;
  normalised: NormalizedText;
  tokens: Tokens;
}

/** A run of tokens: `[oldFrom, oldTo)` of the old text against `[newFrom, newTo)` of the new. */
interface Run {
  same: boolean;
  oldFrom: number;
  oldTo: number;
  newFrom: number;
  newTo: number;
}

export function diffWords(oldText: string, newText: string): WordDiff {
  const a = side(oldText);
  const b = side(newText);
  const runs = cleanUp(a, b, tokenRuns(a.tokens.keys, b.tokens.keys));
  const parts: WordPart[] = [];
  let wordsAdded = 0;
  let wordsRemoved = 0;
  for (const run of runs) {
    if (run.same) {
      parts.push({ kind: 'same', text: slice(b, run.newFrom, run.newTo) });
      continue;
    }
    if (run.oldTo > run.oldFrom) {
      parts.push({ kind: 'removed', text: slice(a, run.oldFrom, run.oldTo) });
      wordsRemoved += countWordKeys(a.tokens.keys, run.oldFrom, run.oldTo);
    }
    if (run.newTo > run.newFrom) {
      parts.push({ kind: 'added', text: slice(b, run.newFrom, run.newTo) });
      wordsAdded += countWordKeys(b.tokens.keys, run.newFrom, run.newTo);
    }
  }
  return { parts: withUntokenisedText(parts, a, b), wordsAdded, wordsRemoved };
}

function side(original: string): Side {
  const normalised = normalizeWithOffsets(original);
  return { original, normalised, tokens: tokenize(normalised.text) };
}

function tokenRuns(oldKeys: string[], newKeys: string[]): Run[] {
  const whole: Run = { same: false, oldFrom: 0, oldTo: oldKeys.length, newFrom: 0, newTo: newKeys.length };
  if (oldKeys.length === 0 || newKeys.length === 0) return [whole];
  // Edits are usually local: the common start and end are taken out before the O(ND) diff.
  let head = 0;
  while (head < oldKeys.length && head < newKeys.length && oldKeys[head] === newKeys[head]) head++;
  let tail = 0;
  while (
    tail < oldKeys.length - head &&
    tail < newKeys.length - head &&
    oldKeys[oldKeys.length - 1 - tail] === newKeys[newKeys.length - 1 - tail]
  ) {
    tail++;
  }
  const oldMiddle = oldKeys.slice(head, oldKeys.length - tail);
  const newMiddle = newKeys.slice(head, newKeys.length - tail);
  const maxEditLength = Math.max(64, Math.floor(maxEditWork / (oldMiddle.length + newMiddle.length + 1)));
  const changes = diffArrays(oldMiddle, newMiddle, { maxEditLength });
  if (!changes) return [whole];
  if (tail > 0) changes.push({ value: [], added: false, removed: false, count: tail });
  const runs: Run[] = head > 0 ? [{ same: true, oldFrom: 0, oldTo: head, newFrom: 0, newTo: head }] : [];
  let oldAt = head;
  let newAt = head;
  for (const change of changes) {
    const oldCount = change.added ? 0 : change.count;
    const newCount = change.removed ? 0 : change.count;
    const same = !change.added && !change.removed;
    const last = runs.at(-1);
    if (last && last.same === same) {
      last.oldTo += oldCount;
      last.newTo += newCount;
    } else {
      runs.push({ same, oldFrom: oldAt, oldTo: oldAt + oldCount, newFrom: newAt, newTo: newAt + newCount });
    }
    oldAt += oldCount;
    newAt += newCount;
  }
  return runs;
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
 * Original text of tokens `[from, to)` with the whitespace after them; the first token also
 * takes whatever came before it (leading spaces, a stripped dateline) so that no character of
 * the original is lost.
 */
function slice(s: Side, from: number, to: number): string {
  return s.original.slice(originalStart(s, from), originalStart(s, to));
}

function originalStart(s: Side, tokenIndex: number): number {
  if (tokenIndex === 0) return 0;
  if (tokenIndex >= s.tokens.starts.length) return s.original.length;
  return originalIndex(s.normalised, s.tokens.starts[tokenIndex]!);
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
