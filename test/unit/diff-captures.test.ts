/**
 * The diff on real captures of the same stories (paragraph lists extracted from the Postlight
 * parser's version sets; see test/fixtures/PROVENANCE.md).
 */
import { describe, expect, it } from 'vitest';
import { diffArticles, type ParagraphOp, type WordPart } from '../../src/core/diff/index.ts';
import { diffCapture } from '../support/fixtures.ts';


const edits = (ops: ParagraphOp[]) => ops.filter((op) => op.kind !== 'unchanged' && op.kind !== 'formatting');
const partsOf = (op: ParagraphOp): WordPart[] => ('parts' in op && op.parts) || [];
const changedWords = (op: ParagraphOp) =>
  partsOf(op)
    .filter((p) => p.kind !== 'same')
    .map((p) => `${p.kind === 'added' ? '+' : '-'}${p.text.trim()}`);

describe('captures that differ only in formatting or template show no edit', () => {
  it('the CNN 2016 pair (curly quotes, dashes, the dropped "(CNN)" dateline) shows formatting only', () => {
    const diff = diffArticles(diffCapture('cnn-2016'), diffCapture('cnn-2022'));
    expect(edits(diff.paragraphs)).toEqual([]);
    expect(diff.totals).toEqual({ wordsAdded: 0, wordsRemoved: 0, paragraphsChanged: 0 });
    expect(diff.title.kind).toBe('formatting');
    const first = diff.paragraphs[0]!;
    expect(first).toMatchObject({ kind: 'formatting', from: 0, to: 0 });
    expect(first.kind === 'formatting' && first.oldText.startsWith('(CNN)')).toBe(true);
    // Most paragraphs really differ in their characters; normalisation is what makes them equal.
    expect(diff.paragraphs.filter((op) => op.kind === 'formatting').length).toBeGreaterThan(20);
  });

  it.each([
    ['guardian-2016', 'guardian-2022'],
    ['npr-2016', 'npr-2022'],
    ['newyorker-2016', 'newyorker-2022'],
    ['nikki-haley-2018', 'nikki-haley-2019'],
    ['nikki-haley-2019', 'nikki-haley-2022'],
    ['nikki-haley-2018', 'nikki-haley-2022'],
  ])('%s against %s shows no edit', (a, b) => {
    const diff = diffArticles(diffCapture(a), diffCapture(b));
    expect(edits(diff.paragraphs)).toEqual([]);
    expect(diff.paragraphs).toHaveLength(diffCapture(b).paragraphs.length);
    expect(diff.title.kind).toBe('unchanged');
  });
});

describe('the NYT Rahami story, breaking version (2016) against the rewritten one (2019)', () => {
  const old = diffCapture('rahami-2016');
  const now = diffCapture('rahami-2019');
  const diff = diffArticles(old, now);
  const opFor = (text: string) => diff.paragraphs.find((op) => 'text' in op && op.text.includes(text));

  it('has the fixtures it is about', () => {
    expect(old.paragraphs.some((p) => p.includes('indiscriminantly'))).toBe(true);
    expect(now.paragraphs.some((p) => p.includes('indiscriminately'))).toBe(true);
  });

  it('shows inserted paragraphs as added', () => {
    for (const text of [
      'At 9:30 a.m., three pipe bombs tied together',
      'The unexploded bomb found on West 27th Street',
      'By sundown, Mr. Rahami had been charged',
    ]) {
      expect(opFor(text)?.kind).toBe('added');
    }
    expect(diff.paragraphs.filter((op) => op.kind === 'added').length).toBeGreaterThanOrEqual(20);
  });

  it('shows "indiscriminantly" -> "indiscriminately" as a word change inside a changed paragraph', () => {
    const op = opFor('indiscriminately firing')!;
    expect(op).toMatchObject({ kind: 'changed', from: 6 });
    expect(changedWords(op)).toEqual(['-indiscriminantly', '+indiscriminately']);
  });

  it('shows "injured" -> "wounded" as a word change inside a changed paragraph', () => {
    const op = opFor('At least one other officer was wounded')!;
    expect(op).toMatchObject({ kind: 'changed', from: 7 });
    expect(changedWords(op)).toEqual(['-injured', '+wounded']);
  });

  it('shows two paragraphs of the arrest scene that became one as merged', () => {
    const op = opFor('The officer ordered him to show his hands')!;
    expect(op).toMatchObject({ kind: 'merged', from: [4, 5] });
  });

  it('shows the overnight search, which swapped places with the arrest scene, as moved rather than removed and added', () => {
    const edited = opFor('Later on Sunday night, the police received')!;
    expect(edited).toMatchObject({ kind: 'moved', from: 28 });
    expect(changedWords(edited)).toEqual(['-got', '+received']);
    expect(opFor('the robots tried to clip a wire')).toMatchObject({ kind: 'moved', from: 30, parts: null });
  });

  it('counts what a reader would count', () => {
    const kinds = (kind: ParagraphOp['kind']) => diff.paragraphs.filter((op) => op.kind === kind).length;
    expect(diff.totals.paragraphsChanged).toBe(edits(diff.paragraphs).length);
    expect(kinds('unchanged')).toBeGreaterThan(0);
    expect(diff.totals.wordsAdded).toBeGreaterThan(diff.totals.wordsRemoved);
    const mirrored = diffArticles(now, old).totals;
    expect([mirrored.wordsAdded, mirrored.wordsRemoved]).toEqual([diff.totals.wordsRemoved, diff.totals.wordsAdded]);
  });
});
