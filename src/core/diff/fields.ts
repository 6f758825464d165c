/** Headline, byline and corrections: single texts and a list, compared like paragraphs. */
import { normalizeText } from '../normalize.ts';
import { diffParagraphs } from './paragraphs.ts';
import type { AlignedOp, FieldChange } from './types.ts';
import { diffWords } from './words.ts';

/**
 * `ignoreCase` is for bylines, which templates print in capitals or not ("MARC SANTORA" in the
 * NYT's 2016 pages, "Marc Santora" in 2019): a change of case there is not an edit.
 */
export function diffField(from: string | null, to: string | null, { ignoreCase = false } = {}): FieldChange {
  const oldText = from ?? '';
  const newText = to ?? '';
  const comparable = (text: string) => (ignoreCase ? normalizeText(text).toLowerCase() : normalizeText(text));
  const oldNormalised = comparable(oldText);
  const newNormalised = comparable(newText);
  if (oldNormalised === newNormalised) {
    return oldText === newText ? { kind: 'unchanged', text: newText } : { kind: 'formatting', from: oldText, to: newText };
  }
  if (oldNormalised === '') return { kind: 'added', to: newText };
  if (newNormalised === '') return { kind: 'removed', from: oldText };
  const { parts } = diffWords(oldText, newText);
  if (parts.every((part) => part.kind === 'same')) return { kind: 'formatting', from: oldText, to: newText };
  return { kind: 'changed', from: oldText, to: newText, parts };
}

/**
 * Corrections matched the way paragraphs are, by the same engine: a reworded note ("September
 * 19" → "Sept. 19") is one correction changed word by word, not one removed and one added.
 * Their order carries no meaning, so a correction that moved is reported as itself.
 */
export function diffCorrections(from: readonly string[], to: readonly string[], maxComparisons: number): FieldChange[] {
  return diffParagraphs(from, to, maxComparisons).map(({ op }) => asFieldChange(op));
}

function asFieldChange(op: AlignedOp): FieldChange {
  switch (op.kind) {
    case 'unchanged':
      return { kind: 'unchanged', text: op.text };
    case 'formatting':
      return { kind: 'formatting', from: op.oldText, to: op.text };
    case 'added':
      return { kind: 'added', to: op.text };
    case 'removed':
      return { kind: 'removed', from: op.oldText };
    case 'moved':
      if (op.parts) return { kind: 'changed', from: op.oldText, to: op.text, parts: op.parts };
      return op.oldText === op.text ? { kind: 'unchanged', text: op.text } : { kind: 'formatting', from: op.oldText, to: op.text };
    case 'changed':
      return { kind: 'changed', from: op.oldText, to: op.text, parts: op.parts };
    case 'split':
      return { kind: 'changed', from: op.oldText, to: op.texts.join('\n'), parts: op.parts };
    case 'merged':
      return { kind: 'changed', from: op.oldTexts.join('\n'), to: op.text, parts: op.parts };
  }
}
