/**
 * A capture that answered 200 under the story's address but holds another page (the section
 * front, another story) is not a version of the story.
 */
import { describe, expect, it, vi } from 'vitest';
import { readArchivedBytes } from '../../src/extract/node.ts';
import { fixtureBytes } from '../support/fixtures.ts';

const RAHAMI = 'https://www.nytimes.com/2016/09/20/nyregion/nyc-nj-explosions-ahmad-khan-rahami.html';

describe('an archived copy that is another page', () => {
  it.each([
    ['the 2016 breaking version, whose canonical link is http:// and www.', 'pages/nytimes-rahami-2016-09-19.html'],
    ['the 2019 rewrite', 'pages/nytimes-rahami-2019-10-16.html'],
  ])('the story itself is read: %s', async (_name, file) => {
    expect(await readArchivedBytes(fixtureBytes(file), `http://nytimes.com/2016/09/20/nyregion/nyc-nj-explosions-ahmad-khan-rahami.html`)).toMatchObject({ kind: 'article' });
  });

  it('a section front stored under the story address is another page', async () => {
    expect(await readArchivedBytes(fixtureBytes('pages/nytimes-5-section-front.html'), RAHAMI)).toEqual({ kind: 'other-page', url: 'https://www.nytimes.com/es/' });
  });

  it('another story stored under the story address is another page', async () => {
    expect(await readArchivedBytes(fixtureBytes('pages/nytimes-1.html'), RAHAMI)).toEqual({ kind: 'other-page', url: 'https://www.nytimes.com/2017/01/13/world/africa/sudan-sanctions.html' });
  });

  it('a copy whose canonical is on another site (syndication) is still read as the story', async () => {
    const page = new TextDecoder().decode(fixtureBytes('pages/nytimes-rahami-2019-10-16.html')).replace(/rel="canonical" href="[^"]*"/, 'rel="canonical" href="https://www.example-syndicate.com/nyt/rahami"');
    expect(await readArchivedBytes(page, RAHAMI)).toMatchObject({ kind: 'article' });
  });

  it('reads the JSON-LD of a copy once, for the other-page check and the extraction alike', async () => {
    const page = fixtureBytes('pages/bbc-2020-fauci.html');
    const blocks = (new TextDecoder().decode(page).match(/application\/ld\+json/g) ?? []).length;
    expect(blocks).toBeGreaterThan(0);
    const parse = vi.spyOn(JSON, 'parse');
    try {
      expect(await readArchivedBytes(page, 'https://www.bbc.com/news/world-us-canada-52629681')).toMatchObject({ kind: 'article' });
      expect(parse.mock.calls.filter(([text]) => typeof text === 'string' && text.includes('"@context"'))).toHaveLength(blocks);
    } finally {
      parse.mockRestore();
    }
  });
});
