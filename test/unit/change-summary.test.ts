/** The one-line summary of a change, counted from real diffs and from made ones. */
import { describe, expect, it } from 'vitest';
import type { ArticleText } from '../../src/core/article.ts';
import { countChanges, hasChanges, summaryLine, type SummaryWords } from '../../src/core/change-summary.ts';
import { diffArticles } from '../../src/core/diff/index.ts';

const text = (title: string, paragraphs: string[], byline: string | null = 'By A. Writer'): ArticleText => ({ title, byline, paragraphs, corrections: [], partial: false });

const n = (count: number, one: string, other: string) => `${count} ${count === 1 ? one : other}`;
const english: SummaryWords = {
  headline: () => 'Headline changed',
  byline: () => 'byline changed',
  corrections: (c) => n(c, 'correction', 'corrections'),
  rewritten: (c) => `${n(c, 'paragraph', 'paragraphs')} rewritten`,
  added: (c) => `${n(c, 'paragraph', 'paragraphs')} added`,
  removed: (c) => `${n(c, 'paragraph', 'paragraphs')} removed`,
  moved: (c) => `${n(c, 'paragraph', 'paragraphs')} moved`,
  join: (fields, body) => [fields.join(', '), body.join(', ')].filter(Boolean).join('; '),
  nothing: () => 'Only formatting changed',
};

const before = text('Storm nears the coast', [
  'A storm moved toward the coast on Monday, forecasters said.',
  'Residents were told to prepare for heavy rain and strong winds overnight.',
  'Schools in three counties will close on Tuesday.',
]);

describe('the summary of a change', () => {
  it('counts a new headline, rewritten and added paragraphs', () => {
    const after = text('Storm makes landfall', [
      'A storm made landfall on the coast on Monday night, forecasters said.',
      'Residents were told to stay indoors as heavy rain and strong winds arrived overnight.',
      'Schools in three counties will close on Tuesday.',
      'Power was out for 40,000 homes by midnight.',
    ]);
    const counts = countChanges(diffArticles(before, after));
    expect(counts).toMatchObject({ headline: true, byline: false, rewritten: 2, added: 1, removed: 0 });
    expect(summaryLine(counts, english)).toBe('Headline changed; 2 paragraphs rewritten, 1 paragraph added');
  });

  it('says only formatting changed when curly quotes and spacing are all that differ', () => {
    const after = text('Storm nears the coast', [
      'A storm  moved toward the coast on Monday, forecasters said.',
      'Residents were told to prepare for heavy rain and strong winds overnight.',
      'Schools in three counties will close on Tuesday.',
    ]);
    const counts = countChanges(diffArticles(before, after));
    expect(hasChanges(counts)).toBe(false);
    expect(summaryLine(counts, english)).toBe('Only formatting changed');
  });

  it('names a byline change and a removed paragraph without a body rewrite', () => {
    const after = text('Storm nears the coast', before.paragraphs.slice(0, 2), 'By B. Editor');
    const counts = countChanges(diffArticles(before, after));
    expect(summaryLine(counts, english)).toBe('byline changed; 1 paragraph removed');
  });
});
