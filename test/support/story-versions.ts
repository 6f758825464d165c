/** Timelines of real stories as the store holds them, for the export tests: fixture pages read as the extension reads them. */
import { articleKey } from '../../src/core/article-key.ts';
import type { Article } from '../../src/core/article.ts';
import type { Sighting, Version } from '../../src/core/history.ts';
import { extractFixture } from './fixtures.ts';
import { versionSets } from './truth-cases.ts';

export const RAHAMI_URL = 'https://www.nytimes.com/2016/09/20/nyregion/nyc-nj-explosions-ahmad-khan-rahami.html';

/** A version first seen at `at`, archived there (with a capture address) or seen by the reader. */
export function versionOf(article: Article, at: string, source: Sighting['source'] = 'archive'): Version {
  const sighting: Sighting = source === 'archive' ? { source, at, archive: 'web.archive.org', captureUrl: `https://web.archive.org/web/${at.replace(/\D/g, '').slice(0, 14)}/${article.url}` } : { source, at };
  return { id: articleKey(article), capturedAt: at, article, sightings: [sighting] };
}

/**
 * The NYT Rahami story: the breaking version of 19 September 2016 and the 2019 rewrite from the
 * archive, and today's page (the 2022 copy, which removed two corrections) read live.
 */
export async function rahamiVersions(): Promise<Version[]> {
  const read = (name: string) => extractFixture(`pages/nytimes-rahami-${name}.html`, RAHAMI_URL);
  const [breaking, rewrite, live] = await Promise.all([read('2016-09-19'), read('2019-10-16'), read('2022')]);
  return [versionOf(breaking, '2016-09-19T20:49:01Z'), versionOf(rewrite, '2019-10-16T11:16:56Z'), versionOf(live, '2026-11-23T21:00:00Z', 'live')];
}

/** Every real version set of test/fixtures/truth/sets.json as a timeline, a year apart from 2016 on. */
export async function truthTimelines(): Promise<{ id: string; url: string; versions: Version[] }[]> {
  return Promise.all(
    versionSets().map(async (set) => {
      const articles = await Promise.all(set.captures.map((page) => extractFixture(page, set.url)));
      return { id: set.id, url: set.url, versions: articles.map((article, i) => versionOf(article, `${2016 + i}-06-01T12:00:00Z`)) };
    }),
  );
}
