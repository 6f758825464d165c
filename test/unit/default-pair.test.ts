/** The pair the sidebar opens on, on the demo story's three real versions. */
import { beforeAll, describe, expect, it } from 'vitest';
import { articleKey } from '../../src/core/article-key.ts';
import type { Article } from '../../src/core/article.ts';
import { defaultPair } from '../../src/core/default-pair.ts';
import type { Sighting, Version } from '../../src/core/history.ts';
import { extractFixture } from '../support/fixtures.ts';

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
