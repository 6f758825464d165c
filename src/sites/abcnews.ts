import { canonicalize, defineSite } from './site.ts';

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
      since: '2017',
      body: '.Article__Content > p, .Article__Content > h2, .article-copy > p',
      exclude: '.InlineImage, .inline-media',
      title: '.Article__Headline__Title, h1',
      byline: '.Byline__Author, .author',
    },
  ],
  testPages: ['pages/written/abcnews-2024-template.html'],
});
