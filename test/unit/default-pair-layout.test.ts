import { beforeAll, describe, expect, it } from 'vitest';
import type { Article, ArticleText } from '../../src/core/article.ts';
import { defaultPair, storyDiffers } from '../../src/core/default-pair.ts';
import { diffArticles } from '../../src/core/diff/index.ts';
import { changedParts } from '../../src/core/diff/summary.ts';
import type { Version } from '../../src/core/history.ts';
import { extractFixture } from '../support/fixtures.ts';

const RAHAMI = 'https://www.nytimes.com/2016/09/20/nyregion/nyc-nj-explosions-ahmad-khan-rahami.html';
const byDiff = (a: ArticleText, b: ArticleText) => {
  const parts = changedParts(diffArticles(a, b));
  return parts.headline || parts.paragraphs > 0;
};

let breaking: Article;
let today: Article;
/** Today's page read by the generic reader, its headline as the site file reads it: the two differ by the date line alone. */
let todayGeneric: Article;
beforeAll(async () => {
  [breaking, today, todayGeneric] = await Promise.all([
    extractFixture('pages/nytimes-rahami-2016-09-19.html', RAHAMI),
    extractFixture('pages/nytimes-rahami-2022.html', RAHAMI),
    extractFixture('layouts/nytimes-rahami-2022-no-template.html', RAHAMI),
  ]);
  todayGeneric = { ...todayGeneric, title: today.title };
});

describe('telling a change in the story between copies read from different layouts', () => {
  it('a line of page furniture that one layout keeps is no change, as in the diff', () => {
    expect(byDiff(today, todayGeneric)).toBe(false);
    expect(storyDiffers(today, todayGeneric)).toBe(false);
    expect(storyDiffers(todayGeneric, today)).toBe(false);
  });

  it('read by one reader, the same line is a change', () => {
    const sameReader = { ...today, reader: 'generic' };
    expect(byDiff(sameReader, todayGeneric)).toBe(true);
    expect(storyDiffers(sameReader, todayGeneric)).toBe(true);
  });

  it('agrees with the diff on the rewrite, and on a story sentence added or furniture changed', () => {
    const furnished = (a: Article, line: string): Article => ({ ...a, paragraphs: [...a.paragraphs, line] });
    const pairs: [Article, Article][] = [
      [breaking, todayGeneric],
      [todayGeneric, breaking],
      [today, furnished(todayGeneric, 'He was taken to a hospital in Newark.')],
      [furnished(today, 'More on this story'), furnished(todayGeneric, 'More on the story')],
      [furnished(today, 'Related Coverage'), { ...today, reader: 'generic' }],
    ];
    for (const [i, [a, b]] of pairs.entries()) expect(storyDiffers(a, b), `pair ${i}`).toBe(byDiff(a, b));
  });

  it('with such lines on both sides, which the diff may pair as an edit, the story may differ: it says so', () => {
    const a = { ...today, paragraphs: [...today.paragraphs, 'Related Coverage'] };
    expect(byDiff(a, todayGeneric)).toBe(false);
    expect(storyDiffers(a, todayGeneric)).toBe(true);
  });

  it('opens the sidebar on the pair with the rewrite, not on the pair that differs by a date line', () => {
    const version = (id: string, at: string, article: Article): Version => ({ id, capturedAt: at, article, sightings: [{ source: 'archive', at, archive: 'web.archive.org', captureUrl: `https://web.archive.org/web/${id}/x` }] });
    const versions = [version('a', '2016-09-19T20:49:01Z', breaking), version('b', '2022-01-01T00:00:00Z', today), version('c', '2026-11-30T05:00:00Z', todayGeneric)];
    expect(defaultPair(versions)).toEqual([0, 2]);
  });
});
