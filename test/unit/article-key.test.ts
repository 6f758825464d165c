import { describe, expect, it } from 'vitest';
import { articleKey } from '../../src/core/article-key.ts';

const story = (paragraphs: string[], title = 'Bombing suspect is charged', corrections: string[] = []) => ({ title, byline: 'By Marc Santora', corrections, paragraphs });

describe('version identity', () => {
  const base = story(['Mr. Rahami was charged on Tuesday.', 'He was taken to a hospital in Newark.']);

  it('typography alone is not a new version', () => {
    const retyped = story(['Mr.\u00a0Rahami was charged on Tuesday.', 'He was taken to a  hospital in Newark.']);
    expect(articleKey(retyped)).toBe(articleKey(base));
  });

  it('a paragraph split in two, or two merged into one, is a new version', () => {
    const merged = story(['Mr. Rahami was charged on Tuesday. He was taken to a hospital in Newark.']);
    const split = story(['Mr. Rahami was charged', 'on Tuesday.', 'He was taken to a hospital in Newark.']);
    expect(articleKey(merged)).not.toBe(articleKey(base));
    expect(articleKey(split)).not.toBe(articleKey(base));
  });

  it('text moving between the headline and the body, or the body and a correction, is a new version', () => {
    const a = story(['Charged on Tuesday.', 'More.'], 'Suspect');
    const b = story(['More.'], 'Suspect Charged on Tuesday.');
    expect(articleKey(a)).not.toBe(articleKey(b));
    const note = story(['More.'], 'Suspect', ['Charged on Tuesday.']);
    expect(articleKey(story(['Charged on Tuesday.', 'More.'], 'Suspect'))).not.toBe(articleKey(note));
  });

  it('an empty byline and no byline are the same', () => {
    expect(articleKey({ ...base, byline: null })).toBe(articleKey({ ...base, byline: '' }));
  });
});
