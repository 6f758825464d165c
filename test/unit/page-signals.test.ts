/**
 * On a site the reader added there is no site file: whether a page is a story comes from what the
 * page says about itself. Real pages of a site no file supports (TMZ), a section front that calls
 * itself an article, and the shapes a home page's teaser cards take.
 */
import { describe, expect, it } from 'vitest';
import { detectFromPageSignals } from '../../src/extract/page-signals.ts';
import { parseDocument } from '../../src/extract/node.ts';
import { fixtureBytes } from '../support/fixtures.ts';

const TMZ = new URL('https://www.tmz.com/2016/11/28/prince-wife-estate-will/?utm_source=feed#comments');
const page = (body: string, head = '') => parseDocument(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`);
const paragraph = (n: number) => `<p>Paragraph ${n} of the story, long enough to be story text and not a teaser line.</p>`;

describe('a page of an added site', () => {
  it.each(['pages/tmz-2016-11-28.html', 'pages/tmz-2022.html'])('a real story of a site no file supports is an article, at its address without tracking: %s', (file) => {
    expect(detectFromPageSignals(TMZ, parseDocument(fixtureBytes(file)))).toMatchObject({ kind: 'article', url: 'https://www.tmz.com/2016/11/28/prince-wife-estate-will/' });
  });

  it('a section front is not, though its og:type says article (its JSON-LD says CollectionPage)', () => {
    expect(detectFromPageSignals(new URL('https://www.nytimes.com/es/'), parseDocument(fixtureBytes('pages/nytimes-5-section-front.html')))).toEqual({ kind: 'not-article', reason: 'not-article-page' });
  });

  it('the home page is not, whatever it holds', () => {
    expect(detectFromPageSignals(new URL('https://news.example.org/'), page('', '<meta property="og:type" content="article">'))).toEqual({ kind: 'not-article', reason: 'home-page' });
  });

  it('JSON-LD NewsArticle, and LiveBlogPosting as a live blog', () => {
    const url = new URL('https://news.example.org/2026/11/30/story');
    expect(detectFromPageSignals(url, page('', '<script type="application/ld+json">{"@type":"NewsArticle","headline":"H"}</script>'))).toMatchObject({ kind: 'article', signal: 'json-ld', liveBlog: false });
    expect(detectFromPageSignals(url, page('', '<script type="application/ld+json">{"@graph":[{"@type":"LiveBlogPosting"}]}</script>'))).toMatchObject({ kind: 'article', liveBlog: true });
  });

  it('a video page is not, even with og:type article missing', () => {
    const url = new URL('https://news.example.org/video/clip');
    expect(detectFromPageSignals(url, page('', '<meta property="og:type" content="video.other">'))).toEqual({ kind: 'not-article', reason: 'video' });
  });

  it('without metadata, an article element with a headline and several paragraphs is a story; teaser cards are not', () => {
    const url = new URL('https://news.example.org/politics/a-story');
    expect(detectFromPageSignals(url, page(`<article><h1>Headline</h1>${paragraph(1)}${paragraph(2)}${paragraph(3)}</article>`))).toMatchObject({ kind: 'article', signal: 'article-element' });
    const cards = [1, 2, 3, 4].map((n) => `<article><h2>Teaser ${n}</h2>${paragraph(n)}</article>`).join('');
    expect(detectFromPageSignals(url, page(cards))).toEqual({ kind: 'not-article', reason: 'no-signal' });
    expect(detectFromPageSignals(url, page(`<article>${paragraph(1)}${paragraph(2)}${paragraph(3)}</article>`))).toEqual({ kind: 'not-article', reason: 'no-signal' });
  });
});
