import { describe, expect, it } from 'vitest';
import { changeSize } from '../../src/core/change-size.ts';

const text = (title: string, paragraphs: string[]) => ({ title, byline: null, corrections: [], paragraphs, partial: false });

describe('the size of a change on the timeline', () => {
  it('is zero for the same text, even with curly quotes and extra spaces', () => {
    expect(changeSize(text('A', ['"Hi," he said.', 'B']), text('A', ['\u201cHi,\u201d  he said.', 'B']))).toBe(0);
  });
  it('is one for a complete rewrite', () => {
    expect(changeSize(text('A', ['x', 'y']), text('B', ['z']))).toBe(1);
  });
  it('grows with the number of paragraphs touched', () => {
    const base = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
    const one = changeSize(text('T', base), text('T', [...base.slice(0, 7), 'h2']));
    const four = changeSize(text('T', base), text('T', [...base.slice(0, 4), 'e2', 'f2', 'g2', 'h2']));
    expect(one).toBeGreaterThan(0);
    expect(four).toBeGreaterThan(one);
  });
});
