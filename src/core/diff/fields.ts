/** Headline, byline and corrections: single texts and a list, compared like paragraphs. */
import { normalizeText } from '../normalize.ts';
import type { FieldChange } from './types.ts';
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

/** Corrections present in only one version, matched as a multiset of normalised texts. */
export function diffCorrections(from: readonly string[], to: readonly string[]): { added: string[]; removed: string[] } {
  const waiting = new Map<string, number>();
  for (const text of from) {
    const key = normalizeText(text);
    waiting.set(key, (waiting.get(key) ?? 0) + 1);
  }
  const added: string[] = [];
  for (const text of to) {
    const key = normalizeText(text);
    const count = waiting.get(key) ?? 0;
    if (count > 0) waiting.set(key, count - 1);
    else added.push(text);
  }
  const removed: string[] = [];
  for (const text of [...from].reverse()) {
    const key = normalizeText(text);
    const count = waiting.get(key) ?? 0;
    if (count > 0) {
      removed.unshift(text);
      waiting.set(key, count - 1);
    }
  }
  return { added, removed };
}
