/** The pair the sidebar opens on, on the demo story's three real versions. */
import { beforeAll, describe, expect, it } from 'vitest';
import { articleKey } from '../../src/core/article-key.ts';
import type { Article, ArticleText } from '../../src/core/article.ts';
import { defaultPair, storyDiffers } from '../../src/core/default-pair.ts';
import { diffArticles } from '../../src/core/diff/index.ts';
import { changedParts } from '../../src/core/diff/summary.ts';
import type { Sighting, Version } from '../../src/core/history.ts';
import { diffCapture, extractFixture } from '../support/fixtures.ts';

const RAHAMI = 'https://www.nytimes.com/2016/09/20/nyregion/nyc-nj-explosions-ahmad-khan-rahami.html';

const version = (article: Article, at: string, ...sources: Sighting['source'][]): Version => ({
  id: articleKey(article),
  capturedAt: at,
  article,
  sightings: sources.map((source) => (source === 'archive' ? { source, at, archive: 'web.archive.org', captureUrl: `https://web.archive.org/web/${at}/${RAHAMI}` } : { source, at })),
});

let breaking: Article;
let rewrite: Article;
let now: Article;
beforeAll(async () => {
  const page = (name: string) => extractFixture(`pages/nytimes-rahami-${name}.html`, RAHAMI);
  [breaking, rewrite, now] = await Promise.all([page('2016-09-19'), page('2019-10-16'), page('2022')]);
});

describe('the pair the sidebar opens on', () => {
  it('skips a newest change that touched only the corrections, back to the last change in the story', () => {
    // 2019 → 2022 removed two corrections and nothing else; 2016 → 2019 rewrote the story.
    const versions = [version(breaking, '2016-09-19T20:49:01Z', 'archive'), version(rewrite, '2019-10-16T11:16:56Z', 'archive'), version(now, '2026-11-23T21:00:00Z', 'live')];
    expect(defaultPair(versions)).toEqual([0, 2]);
  });

  it('compares the previous version with the newest when the newest changed the story', () => {
    const versions = [version(breaking, '2016-09-19T20:49:01Z', 'archive'), version(now, '2026-11-23T21:00:00Z', 'live')];
    expect(defaultPair(versions)).toEqual([0, 1]);
    const reverted = [version(rewrite, '2019-10-16T11:16:56Z', 'archive'), version(breaking, '2026-11-23T21:00:00Z', 'live')];
    expect(defaultPair(reverted)).toEqual([0, 1]);
  });

  it('a byline change alone is not a change in the story', () => {
    const renamed = { ...now, byline: 'Marc Santora and Al Baker' };
    const versions = [version(breaking, '2016-09-19T20:49:01Z', 'archive'), version(now, '2019-10-16T11:16:56Z', 'archive'), version(renamed, '2026-11-23T21:00:00Z', 'live')];
    expect(defaultPair(versions)).toEqual([0, 2]);
  });

  it('falls back to the previous version when only corrections ever changed', () => {
    const versions = [version(rewrite, '2019-10-16T11:16:56Z', 'archive'), version(now, '2026-11-23T21:00:00Z', 'live')];
    expect(defaultPair(versions)).toEqual([0, 1]);
  });

  it('still shows what changed since the reader last read the story, corrections only or not', () => {
    const versions = [version(breaking, '2016-09-19T20:49:01Z', 'archive'), version(rewrite, '2019-10-16T11:16:56Z', 'archive', 'visit'), version(now, '2026-11-23T21:00:00Z', 'live')];
    expect(defaultPair(versions)).toEqual([1, 2]);
  });

  it('does not go back to a visit when the reader has seen the newest text', () => {
    const versions = [version(breaking, '2016-09-19T20:49:01Z', 'archive', 'visit'), version(rewrite, '2019-10-16T11:16:56Z', 'archive'), version(now, '2026-11-23T21:00:00Z', 'visit', 'live')];
    expect(defaultPair(versions)).toEqual([0, 2]);
  });

  it('has nothing to compare with one version', () => {
    expect(defaultPair([version(now, '2026-11-23T21:00:00Z', 'live')])).toBeNull();
    expect(defaultPair([])).toBeNull();
  });
});

describe('telling a change in the story without a diff', () => {
  const byDiff = (a: ArticleText, b: ArticleText) => {
    const parts = changedParts(diffArticles(a, b));
    return parts.headline || parts.paragraphs > 0;
  };
  const stories = [['cnn-2016', 'cnn-2022'], ['guardian-2016', 'guardian-2022'], ['newyorker-2016', 'newyorker-2022'], ['nikki-haley-2018', 'nikki-haley-2019', 'nikki-haley-2022'], ['npr-2016', 'npr-2022'], ['rahami-2016', 'rahami-2019']];
  /** The same text as a later template might print it: curly quotes, other dashes, no space after commas. */
  const restyled = (text: string) => text.replace(/"([^"]*)"/g, '“$1”').replace(/ - /g, ' — ').replace(/, /g, ',').replace(/ {2,}/g, ' ');
  const variants = (a: ArticleText): [string, ArticleText][] => [
    ['restyled', { ...a, title: restyled(a.title), paragraphs: a.paragraphs.map(restyled) }],
    ['one word changed', { ...a, paragraphs: a.paragraphs.map((p, i) => (i === 2 ? p.replace(/\b\w+\b/, 'Meanwhile') : p)) }],
    ['two paragraphs swapped', { ...a, paragraphs: [a.paragraphs[1]!, a.paragraphs[0]!, ...a.paragraphs.slice(2)] }],
    ['cut short by a paywall', { ...a, paragraphs: a.paragraphs.slice(0, 5), partial: true }],
    ['cut short, and edited before the cut', { ...a, paragraphs: [restyled(a.paragraphs[0]!) + ' Updated.', ...a.paragraphs.slice(1, 5)], partial: true }],
    ['a paragraph split in two', { ...a, paragraphs: [...a.paragraphs.slice(0, 3), ...a.paragraphs[3]!.split('. ', 2), ...a.paragraphs.slice(4)] }],
    ['only the corrections and byline changed', { ...a, byline: 'Someone Else', corrections: ['Correction: a note.'] }],
    ['headline restyled in capitals', { ...a, title: a.title.toUpperCase() }],
  ];

  it('agrees with the diff on real captures of six stories, and on edits of them', () => {
    let checked = 0;
    for (const names of stories) {
      const captures = names.map(diffCapture);
      for (const a of captures) {
        for (const b of captures) {
          expect(storyDiffers(a, b)).toBe(byDiff(a, b));
          checked++;
        }
        for (const [what, b] of variants(a)) {
          expect(storyDiffers(a, b), what).toBe(byDiff(a, b));
          expect(storyDiffers(b, a), `${what}, backwards`).toBe(byDiff(b, a));
          checked += 2;
        }
      }
    }
    expect(checked).toBeGreaterThan(200);
  });
});
