import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/core/article.ts';
import { buildVersions, describeGap } from '../../src/core/timeline.ts';

const article = (title: string): Article => ({
  url: 'https://www.nytimes.com/2016/09/20/nyregion/x.html', site: 'nytimes', reader: 'nytimes:2014', title, byline: null, publishedAt: null,
  modifiedAt: null, corrections: [], paragraphs: ['p'], partial: false, liveBlog: false,
});

describe('the timeline', () => {
  it('merges sightings from the archive and the reader by time, collapsing consecutive equal texts', () => {
    const versions = buildVersions([
      { hash: 'b', article: article('B'), sighting: { source: 'live', at: '2016-09-20T10:00:00.000Z' } },
      { hash: 'a', article: article('A'), sighting: { source: 'archive', at: '2016-09-19T20:49:01.000Z', archive: 'web.archive.org', captureUrl: 'x' } },
      { hash: 'a', article: article('A'), sighting: { source: 'visit', at: '2016-09-19T21:00:00.000Z' } },
    ]);
    expect(versions.map((v) => v.id)).toEqual(['a', 'b']);
    expect(versions[0]!.capturedAt).toBe('2016-09-19T20:49:01.000Z');
    expect(versions[0]!.sightings.map((s) => s.source)).toEqual(['archive', 'visit']);
  });

  it('keeps a text that came back after a change as its own version', () => {
    const at = (h: number) => `2016-09-20T${String(h).padStart(2, '0')}:00:00.000Z`;
    const versions = buildVersions(['a', 'b', 'a'].map((hash, i) => ({ hash, article: article(hash), sighting: { source: 'visit' as const, at: at(i) } })));
    expect(versions.map((v) => v.id)).toEqual(['a', 'b', 'a']);
  });

  it.each([
    ['2016-09-19T20:49:01Z', '2016-09-19T20:49:30Z', { unit: 'moment', count: 0 }],
    ['2016-09-19T20:00:00Z', '2016-09-19T20:12:00Z', { unit: 'minute', count: 12 }],
    ['2016-09-19T20:00:00Z', '2016-09-19T21:10:00Z', { unit: 'hour', count: 1 }],
    ['2016-09-19T20:00:00Z', '2016-09-21T20:00:00Z', { unit: 'day', count: 2 }],
    ['2016-09-19T20:49:01Z', '2019-10-16T11:16:56Z', { unit: 'year', count: 3 }],
  ])('says the gap from %s to %s in words a reader uses', (from, to, gap) => {
    expect(describeGap(from, to)).toEqual(gap);
  });
});
