/** Which pages the toolbar button offers to add, and the list of added sites as stored. */
import { describe, expect, it } from 'vitest';
import { addOffer, grantsOrigin, originOfScript, originPattern, readAddedSites, scriptId, webOrigin, withoutSite, withSite, type OfferContext } from '../../src/core/added-sites.ts';
import { hostKey, siteIdsByHost } from '../../src/sites/index.ts';

const registry = siteIdsByHost();
const context = (added: OfferContext['added'] = []): OfferContext => ({
  isSupportedHost: (host) => hostKey(host) in registry,
  neverHosts: ['archive.org'],
  added,
});

describe('the origin of a page', () => {
  it('is its scheme and host, without path, query, fragment or port', () => {
    expect(webOrigin('https://www.example.com/2024/story.html?x=1#top')).toBe('https://www.example.com');
    expect(webOrigin('http://news.example.org:8080/a')).toBe('http://news.example.org');
    expect(originPattern('https://www.example.com')).toBe('https://www.example.com/*');
  });

  it('exists only for http(s) pages without credentials', () => {
    for (const url of ['chrome://extensions/', 'about:blank', 'file:///tmp/a.html', 'moz-extension://abc/page.html', 'ftp://example.com/a', 'https://user:pw@example.com/a', 'not a url']) {
      expect(webOrigin(url), url).toBeNull();
    }
  });
});

describe('what the toolbar button offers', () => {
  it('offers to add a news site no site file reads', () => {
    expect(addOffer('https://www.heise.de/news/story-123.html', context())).toEqual({ kind: 'offer', origin: 'https://www.heise.de', host: 'www.heise.de' });
  });

  it('never offers a supported site, over https or http, with or without www.', () => {
    for (const url of ['https://www.nytimes.com/2016/09/20/x.html', 'http://nytimes.com/a', 'https://apnews.com/article/x']) {
      expect(addOffer(url, context()), url).toEqual({ kind: 'supported' });
    }
  });

  it('never offers the web archive, nor pages that are not on the web', () => {
    for (const url of ['https://web.archive.org/web/2020/https://example.com/', 'https://archive.org/details/x', 'chrome://newtab/', 'about:addons']) {
      expect(addOffer(url, context()), url).toEqual({ kind: 'never' });
    }
  });

  it('says a site is added once it is', () => {
    const added = [{ origin: 'https://www.heise.de', addedAt: 1 }];
    expect(addOffer('https://www.heise.de/news/other.html', context(added))).toEqual({ kind: 'added', origin: 'https://www.heise.de' });
    // Another scheme is another origin, and another permission.
    expect(addOffer('http://www.heise.de/news/other.html', context(added)).kind).toBe('offer');
  });
});

describe('the stored list', () => {
  it('adds a site once and removes it', () => {
    const one = withSite([], 'https://a.example', 5);
    expect(withSite(one, 'https://a.example', 9)).toEqual([{ origin: 'https://a.example', addedAt: 5 }]);
    expect(withoutSite(withSite(one, 'https://b.example', 6), 'https://a.example')).toEqual([{ origin: 'https://b.example', addedAt: 6 }]);
  });

  it('reads back only well-formed entries, each origin once', () => {
    const stored = [
      { origin: 'https://a.example', addedAt: 1 },
      { origin: 'https://a.example', addedAt: 2 },
      { origin: 'https://b.example/path', addedAt: 3 },
      { origin: 'javascript:alert(1)', addedAt: 4 },
      { origin: 'https://c.example' },
      'https://d.example',
    ];
    expect(readAddedSites(stored)).toEqual([{ origin: 'https://a.example', addedAt: 1 }]);
    expect(readAddedSites(undefined)).toEqual([]);
    expect(readAddedSites({ origin: 'https://a.example', addedAt: 1 })).toEqual([]);
  });

  it("names each site's registered script so that it can be found again, and no other script", () => {
    expect(originOfScript(scriptId('https://a.example'))).toBe('https://a.example');
    expect(originOfScript('some-other-script')).toBeNull();
    expect(grantsOrigin(['https://a.example/*'], 'https://a.example')).toBe(true);
    expect(grantsOrigin(['https://*/*'], 'https://a.example')).toBe(false);
  });
});
