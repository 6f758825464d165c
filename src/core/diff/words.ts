/**
 * Word-level diff of two texts. Tokens are compared in normalised form, so a quote or dash that
 * only changed style is not marked, while the parts carry the original text for display:
 * the `same` and `added` parts joined give the new text exactly, each `removed` part is a slice
 * of the old one. Which tokens correspond is decided by `tokenRuns`, on token ids (jsdiff's
 * own `diffWords` could only compare the original strings).
 */
import { originalIndex, type NormalizedText } from '../normalize.ts';
import { TextCache, type IdentifiedTokens } from './texts.ts';
import { tokenRuns, type Run } from './token-runs.ts';
import { isWord } from './tokens.ts';
import type { WordPart } from './types.ts';

export interface WordDiff {
  parts: WordPart[];
  wordsAdded: number;
  wordsRemoved: number;
}

interface Side {
  original: string;
  normalised: NormalizedText;
  tokens: IdentifiedTokens;
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
