import { canonicalize, defineSite } from '../extract/site.ts';

export default defineSite({
  id: 'abcnews',
  hosts: ['abcnews.go.com', 'abcnews.com', 'www.abcnews.com'],
  // /Politics/senate-votes-.../story?id=104512345 — the id in the query is the story.
  isArticle: (url) => /\/story$/.test(url.pathname) && /^\d+$/.test(url.searchParams.get('id') ?? ''),
  isLiveBlog: (url) => /\/live-updates\//.test(url.pathname),
  isVideo: (url) => /\/video\//.test(url.pathname),
  isGallery: (url) => /\/photos?\//.test(url.pathname),
  canonical: (url) => canonicalize(url, { host: 'abcnews.go.com', keep: ['id'] }),
  templates: [
    {
      since: '2021',
      body: '[data-testid="prism-article-body"] p, [data-testid="prism-article-body"] h2',
      exclude: '[data-testid="prism-inline-image"], [data-testid="prism-figure"], .InlineElementsContainer',
      title: '[data-testid="prism-headline"] h1, h1',
      byline: '[data-testid="prism-byline"] a, [data-testid="prism-byline"]',
    },
    {
      // Obfuscated class names; only the layout's FITT_ and ShareByline names are stable.
      since: '2022',
      body: '.FITT_Article_main__body article > p, .FITT_Article_main__body article > h3',
      title: '.FITT_Article_main__body h1, h1',
      byline: '.ShareByline > div:first-child > div > div:first-child > span:last-child',
      published: '.ShareByline > div:first-child > div > div:last-child',
    },
    {
      since: '2017',
      body: '.Article__Content > p, .Article__Content > h2',
      exclude: '.InlineImage, .inline-media',
      title: '.Article__Headline__Title, h1',
      byline: '.Byline__Author, .author',
    },
    {
      since: '2014',
      body: '.article-copy > p, .article-copy > h3',
      // The navigation menus above the story have h1s of their own.
      title: '.article-header h1',
      authors: '.article-meta .author',
      published: 'meta[name="DC.date.issued"]',
      modified: 'meta[name="Last-Modified"]',
    },
  ],
  testPages: ['pages/abcnews-2016-clinton-putin.html', 'pages/abcnews-2022-clinton-putin.html'],
});
