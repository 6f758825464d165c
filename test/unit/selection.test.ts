import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/core/article.ts';
import type { Sighting, Version } from '../../src/core/history.ts';
import { resolveSelection, stepSelection, versionKey } from '../../src/sidebar/selection.ts';

/** Each id its own text, as ids are hashes of texts. */
const article = (id: string): Article => ({
  url: 'https://www.nytimes.com/x.html', site: 'nytimes', reader: 'nytimes:2014', title: 'T', byline: null, publishedAt: null, modifiedAt: null,
  corrections: [], paragraphs: [`Text ${id}.`], partial: false, liveBlog: false,
});
const version = (id: string, at: string, ...sources: Sighting['source'][]): Version => ({
  id, capturedAt: at, article: article(id),
  sightings: sources.map((source) => (source === 'archive' ? { source, at, archive: 'web.archive.org', captureUrl: 'x' } : { source, at })),
});

const v1 = version('a', '2016-09-19T20:00:00.000Z', 'archive');
const v2 = version('b', '2016-09-19T22:00:00.000Z', 'archive', 'visit');
const v3 = version('c', '2016-09-20T08:00:00.000Z', 'archive');
const v4 = version('d', '2016-09-21T08:00:00.000Z', 'live');

describe('which versions the sidebar compares', () => {
  it('by default compares the previous version with the newest', () => {
    expect(resolveSelection([v1, v3, v4], null)).toEqual([v3, v4]);
  });

  it('shows what changed since the reader last read the story', () => {
    expect(resolveSelection([v1, v2, v3, v4], null)).toEqual([v2, v4]);
  });

  it('does not go back to a visit when the reader has already seen the newest text', () => {
    const seenNewest = version('d', '2016-09-21T08:00:00.000Z', 'visit', 'live');
    expect(resolveSelection([v1, v2, v3, seenNewest], null)).toEqual([v3, seenNewest]);
  });

  it("keeps the reader's pick, and falls back when a picked version is gone", () => {
    expect(resolveSelection([v1, v2, v3, v4], { fromKey: versionKey(v1), toKey: versionKey(v3) })).toEqual([v1, v3]);
    expect(resolveSelection([v1, v3, v4], { fromKey: versionKey(v2), toKey: versionKey(v3) })).toEqual([v3, v4]);
  });

  it('tells apart two versions with the same text seen at different times (a reverted edit)', () => {
    const back = version('a', '2016-09-22T08:00:00.000Z', 'live');
    expect(resolveSelection([v1, v3, back], { fromKey: versionKey(v1), toKey: versionKey(back) })).toEqual([v1, back]);
  });

  it('steps the pair one version at a time with [ and ], stopping at the ends', () => {
    const versions = [v1, v2, v3, v4];
    expect(stepSelection(versions, [v3, v4], -1)).toEqual({ fromKey: versionKey(v2), toKey: versionKey(v3) });
    expect(stepSelection(versions, [v3, v4], 1)).toBeNull();
    expect(stepSelection(versions, [v1, v2], -1)).toBeNull();
  });

  it('has nothing to compare with a single version', () => {
    expect(resolveSelection([v4], null)).toBeNull();
  });
});
