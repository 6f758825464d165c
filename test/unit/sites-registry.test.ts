import { describe, expect, it } from 'vitest';
import { canonicalUrl, contentScriptMatches, detectArticle, extractArticle, siteForUrl, sites } from '../../src/sites/index.ts';
import { parseDocument } from '../../src/sites/node.ts';

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
