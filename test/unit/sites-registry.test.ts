import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { canonicalUrl, contentScriptMatches, detectArticle, extractArticle, hostKey, siteForUrl, siteIdsByHost, sites } from '../../src/sites/index.ts';
import { extractArticleFromHtml, parseDocument } from '../../src/extract/node.ts';

const STORY = 'https://www.nytimes.com/2016/09/20/nyregion/nyc-nj-explosions-ahmad-khan-rahami.html';

function docWithHead(head: string, body = '<p>Text</p>'): Document {
  return parseDocument(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`);
}

describe('site registry', () => {
  it('every site file has a unique id, hosts and at least one template', () => {
    const ids = sites.map((site) => site.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const site of sites) {
      expect(site.hosts.length).toBeGreaterThan(0);
      expect(site.templates.length).toBeGreaterThan(0);
    }
  });

  it('the manifest matches every host of every site, over https', () => {
    const matches = contentScriptMatches();
    expect(matches).toContain('https://www.nytimes.com/*');
    expect(matches).toContain('https://www.washingtonpost.com/*');
    expect(matches.length).toBe(sites.reduce((sum, site) => sum + site.hosts.length, 0));
    for (const match of matches) expect(match).toMatch(/^https:\/\/[a-z0-9.-]+\/\*$/);
  });

  it("the content script's host table names, for every host of every site, that site (keyed without www.)", () => {
    const table = siteIdsByHost();
    for (const site of sites) for (const host of site.hosts) expect(table[hostKey(host)], host).toBe(site.id);
    expect(Object.keys(table).some((key) => key.startsWith('www.'))).toBe(false);
  });

  it('finds the site by hostname, whatever the case', () => {
    expect(siteForUrl(new URL('https://WWW.NYTIMES.COM/'))?.id).toBe('nytimes');
    expect(siteForUrl(new URL('https://example.com/2016/09/20/x.html'))).toBeUndefined();
  });
});

describe('canonical URLs', () => {
  it('one URL per story: mobile and AMP variants, tracking parameters and fragments all map to it', () => {
    for (const variant of [
      STORY,
      `${STORY}?smid=tw-nytimes&smtyp=cur#story-continues-1`,
      'http://www.nytimes.com/2016/09/20/nyregion/nyc-nj-explosions-ahmad-khan-rahami.html?_r=0',
      'https://mobile.nytimes.com/2016/09/20/nyregion/nyc-nj-explosions-ahmad-khan-rahami.html',
      'https://www.nytimes.com/2016/09/20/nyregion/nyc-nj-explosions-ahmad-khan-rahami.amp.html',
    ]) {
      expect(canonicalUrl(new URL(variant)), variant).toBe(STORY);
    }
  });

  it('on a site without a file, drops tracking and AMP parameters but keeps the ones that may name the story', () => {
    expect(canonicalUrl(new URL('http://news.example.org/story.php?id=42&utm_source=x&fbclid=y&outputType=amp#top'))).toBe('https://news.example.org/story.php?id=42');
    expect(canonicalUrl(new URL('https://amp.example.org/news/some-story/amp'))).toBe('https://www.example.org/news/some-story/');
  });
});

describe('detection', () => {
  it('says why a page is not an article', () => {
    const doc = docWithHead('');
    expect(detectArticle(new URL('https://example.com/2020/01/01/x.html'), doc)).toEqual({ kind: 'not-article', reason: 'unsupported-site' });
    expect(detectArticle(new URL('https://www.nytimes.com/'), doc)).toEqual({ kind: 'not-article', reason: 'not-article-url' });
    expect(detectArticle(new URL('https://www.nytimes.com/section/nyregion'), doc)).toEqual({ kind: 'not-article', reason: 'not-article-url' });
    expect(detectArticle(new URL('https://www.nytimes.com/video/nyregion/100000004660537/suspect-arrested.html'), doc)).toEqual({ kind: 'not-article', reason: 'video' });
    expect(detectArticle(new URL('https://www.nytimes.com/slideshow/2016/09/19/nyregion/bombing/s/manhunt.html'), doc)).toEqual({ kind: 'not-article', reason: 'gallery' });
  });

  it('trusts the page when it says it is a video or a gallery', () => {
    const video = docWithHead('<meta property="og:type" content="video.other">');
    expect(detectArticle(new URL(STORY), video)).toEqual({ kind: 'not-article', reason: 'video' });
    const gallery = docWithHead('<script type="application/ld+json">{"@context":"https://schema.org","@type":"ImageGallery","name":"x"}</script>');
    expect(detectArticle(new URL(STORY), gallery)).toEqual({ kind: 'not-article', reason: 'gallery' });
  });

  it('flags a live blog by its URL or its JSON-LD type', () => {
    const plain = docWithHead('');
    expect(detectArticle(new URL('https://www.nytimes.com/live/2024/11/05/us/election-results'), plain)).toMatchObject({ kind: 'article', liveBlog: true });
    const live = docWithHead('<script type="application/ld+json">[{"@type":"LiveBlogPosting","headline":"x"}]</script>');
    expect(detectArticle(new URL(STORY), live)).toMatchObject({ kind: 'article', liveBlog: true, url: STORY });
  });

  it('a story with an embedded clip (WebPage + VideoObject, og:type article) is an article, not a video page', () => {
    const doc = docWithHead('<meta property="og:type" content="article"><script type="application/ld+json">{"@type":"WebPage","name":"x"}</script><script type="application/ld+json">{"@type":"VideoObject","name":"clip"}</script>');
    expect(detectArticle(new URL(STORY), doc)).toMatchObject({ kind: 'article' });
    const videoPage = docWithHead('<script type="application/ld+json">{"@type":"VideoObject","name":"clip"}</script>');
    expect(detectArticle(new URL(STORY), videoPage)).toEqual({ kind: 'not-article', reason: 'video' });
  });

  it('an article page with a NewsArticle JSON-LD next to an ItemList is still an article', () => {
    const doc = docWithHead('<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","headline":"x"},{"@type":"ItemList"}]}</script>');
    expect(detectArticle(new URL(STORY), doc)).toMatchObject({ kind: 'article', liveBlog: false });
  });

  it('a malformed JSON-LD block does not break detection', () => {
    const doc = docWithHead('<script type="application/ld+json">{"@type": "NewsArticle",</script>');
    expect(detectArticle(new URL(STORY), doc)).toMatchObject({ kind: 'article' });
  });
});

describe('extraction on bad input never throws', () => {
  it.each([
    ['an empty document', ''],
    ['a body with no paragraphs', '<html><body><div>menu</div></body></html>'],
    ['truncated markup', '<html><head><title>x</title></head><body><article><p>One para'],
  ])('%s gives null or an article, not an error', async (_name, html) => {
    const result = await extractArticle(parseDocument(html), new URL(STORY));
    if (result) expect(result.paragraphs.every((text) => typeof text === 'string')).toBe(true);
  });
});

describe('extraction on real-world bad input', () => {
  const rahami = readFileSync(new URL('../fixtures/pages/nytimes-rahami-2019-10-16.html', import.meta.url), 'utf8');

  it('a capture cut off halfway still gives the paragraphs it holds', async () => {
    const cut = rahami.slice(0, rahami.indexOf('The frenzied end came on a rain-soaked street') + 2000);
    const article = await extractArticleFromHtml(cut, STORY);
    expect(article?.site).toBe('nytimes');
    expect(article?.paragraphs[0]).toMatch(/^The man who the police said sowed terror/);
    expect(article!.paragraphs.length).toBeLessThan(10);
  });

  // How long it takes is the bench's to say (shared machines are noisy); this says it finishes.
  it('a 10 MB page is read without throwing', async () => {
    const filler = '<div class="nav"><a href="/x">Section link</a></div>'.repeat(200_000);
    const html = rahami.replace('</body>', `<div hidden>${filler}</div></body>`);
    expect(html.length).toBeGreaterThan(10_000_000);
    const article = await extractArticleFromHtml(html, STORY);
    expect(article?.paragraphs).toHaveLength(49);
  }, 120_000);

  it('a windows-1252 page with no charset declared reads its curly quotes', async () => {
    const html = '<html><head><title>x</title></head><body><div class="story-body"><p class="story-body-text">“It’s over,” she said — twice.</p></div></body></html>';
    const bytes = Uint8Array.from([...html].map((ch) => ({ '“': 0x93, '”': 0x94, '’': 0x92, '—': 0x97 })[ch] ?? ch.charCodeAt(0)));
    const article = await extractArticleFromHtml(bytes, STORY);
    expect(article?.paragraphs).toEqual(['“It’s over,” she said — twice.']);
  });

  it('a redesign the site file does not know falls back to the generic extractor, and says so', async () => {
    const body = 'The council voted on Tuesday to repair the bridge. Work starts in June and lasts a year.';
    const html = `<html><head><title>Bridge vote</title>
      <script type="application/ld+json">{"@type":"NewsArticle","headline":"Council votes to repair bridge","author":{"@type":"Person","name":"A. Writer"},"datePublished":"2031-05-01T10:00:00Z","articleBody":${JSON.stringify(`${body}\n\n${body} Again, at length.\n\n${body} And a third time for good measure.`)}}</script>
      </head><body><main class="NewLayout2031"><h1>Council votes to repair bridge</h1><p>${body}</p></main></body></html>`;
    const article = await extractArticleFromHtml(html, STORY);
    expect(article).toMatchObject({ site: 'generic', title: 'Council votes to repair bridge', byline: 'A. Writer', publishedAt: '2031-05-01T10:00:00Z' });
    expect(article?.paragraphs).toHaveLength(3);
  });

  it('a page with no story text is "could not extract" (null), not an empty article', async () => {
    const html = '<html><head><title>Menu</title></head><body><nav><a href="/a">A</a></nav><div>Sign in</div></body></html>';
    expect(await extractArticleFromHtml(html, STORY)).toBeNull();
  });
});

describe('the generic extractor', () => {
  it('reads a site without a site file through Readability, and says the text came from the generic path', async () => {
    const html = readFileSync(new URL('../fixtures/extraction/readability/seattletimes-1/source.html', import.meta.url));
    const article = await extractArticleFromHtml(html, 'https://www.seattletimes.com/seattle-news/some-story/');
    expect(article?.site).toBe('generic');
    expect(article!.paragraphs.length).toBeGreaterThan(10);
    expect(article!.paragraphs.join('\n')).not.toMatch(/<[a-z]+[\s>]/);
  });

  it('marks a paywalled page that holds only a teaser as partial', async () => {
    const teaser = 'Lawmakers met behind closed doors on Monday to discuss the plan, which would change how the state pays for roads.';
    const html = `<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Roads plan","isAccessibleForFree":false,"articleBody":${JSON.stringify(`${teaser}\n${teaser} More.`)}}</script></head><body><p>${teaser}</p><p>${teaser} More.</p></body></html>`;
    const article = await extractArticleFromHtml(html, 'https://news.example.org/roads-plan');
    expect(article).toMatchObject({ site: 'generic', partial: true });
    expect(article?.paragraphs).toHaveLength(2);
  });
});
