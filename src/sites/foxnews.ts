import { canonicalize, defineSite } from './site.ts';

export default defineSite({
  id: 'foxnews',
  hosts: ['www.foxnews.com', 'foxnews.com'],
  // /politics/senate-passes-spending-bill; until 2018 /politics/2016/11/29/slug.html
  isArticle: (url) => /^\/(?!category\/|video\/|shows\/|person\/)[a-z-]+\/[^/]+$/.test(url.pathname.replace(/\/$/, '')) || /\/\d{4}\/\d{2}\/\d{2}\/[^/]+\.html$/.test(url.pathname),
  isLiveBlog: (url) => /^\/live-news\//.test(url.pathname),
  isVideo: (url) => /^\/video\//.test(url.pathname),
  isGallery: (url) => /^\/(photos|slideshow)\//.test(url.pathname),
  canonical: (url) => canonicalize(url, { host: 'www.foxnews.com', keep: [] }),
  templates: [
    {
      since: '2018',
      body: '.article-body > p, .article-body > h2, .article-body > ul > li',
      exclude: '.featured, .related, .ad-container, .vendor-unit, .listing-item',
      title: 'h1.headline, h1',
      byline: '.author-byline span a, .author-byline',
    },
    {
      since: '2012',
      body: '.article-text > p, [itemprop="articleBody"] > p',
      title: 'h1',
      byline: '.author-byline, [itemprop="author"]',
    },
  ],
  testPages: ['pages/written/foxnews-2024-template.html'],
});
