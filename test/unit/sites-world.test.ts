/**
 * URL forms of issue 13's UK, Euronews and other-language sites that the test pages do not
 * show: AMP copies, language editions, tracking parameters, section fronts, and a live blog
 * known by its page rather than its address.
 */
import { describe, expect, it } from 'vitest';
import { canonicalUrl, detectArticle } from '../../src/sites/index.ts';
import { parseDocument } from '../../src/extract/node.ts';
import { fixtureBytes } from '../support/fixtures.ts';


describe('a reader sees one history per story, whichever address they came by', () => {
  it('the Daily Mail AMP copy is the story', () => {
    expect(canonicalUrl(new URL('https://www.dailymail.co.uk/news/article-13357113/amp/dollar-bill-worth-THOUSANDS-check.html?ito=amp_twitter_share')))
      .toBe('https://www.dailymail.co.uk/news/article-13357113/dollar-bill-worth-THOUSANDS-check.html');
  });

  it("Hankook Ilbo's AMP copy is the story", () => {
    expect(canonicalUrl(new URL('https://www.hankookilbo.com/news/article/amp/A2026071220290000630')))
      .toBe('https://www.hankookilbo.com/news/article/A2026071220290000630');
  });

  it('each Euronews language edition keeps its own host, and the bare domain is the English one', () => {
    expect(canonicalUrl(new URL('https://fr.euronews.com/green/2024/04/30/comment-les-efforts?utm_source=x'))).toBe('https://fr.euronews.com/green/2024/04/30/comment-les-efforts');
    expect(canonicalUrl(new URL('https://euronews.com/2024/04/30/swedish-police'))).toBe('https://www.euronews.com/2024/04/30/swedish-police');
  });

  it("Politico Europe's feed parameters are dropped", () => {
    expect(canonicalUrl(new URL('https://www.politico.eu/article/catherine-connolly/?utm_source=RSS_Feed&utm_medium=RSS')))
      .toBe('https://www.politico.eu/article/catherine-connolly/');
  });
});

describe('live blogs', () => {
  it("the Mirror's live page is a live blog by its page's own LiveBlogPosting, its address says nothing", () => {
    const url = new URL('https://www.mirror.co.uk/news/uk-news/uk-riots-live-hotel-rotherham-33386398');
    expect(detectArticle(url, parseDocument(fixtureBytes('fundus/uk/TheMirror_2024_08_05.html.gz')))).toMatchObject({ kind: 'article', liveBlog: true });
    expect(detectArticle(url, parseDocument(fixtureBytes('fundus/uk/TheMirror_2024_04_28.html.gz')))).toMatchObject({ kind: 'article', liveBlog: false });
  });
});
