import { canonicalize, defineSite } from '../extract/site.ts';

const LATINO = 'latino.foxnews.com';

export default defineSite({
  id: 'foxnews',
  hosts: ['www.foxnews.com', 'foxnews.com', 'latino.foxnews.com'],
  // /politics/senate-passes-spending-bill; until 2018 /politics/2016/11/29/slug.html;
  // Fox News Latino (closed 2018) /latino/entertainment/2014/12/29/slug/
  isArticle: (url) =>
    url.hostname === LATINO
      ? /^\/latino\/[a-z-]+\/\d{4}\/\d{2}\/\d{2}\/[^/]+\/?$/.test(url.pathname)
      : /^\/(?!category\/|video\/|shows\/|person\/)[a-z-]+\/[^/]+$/.test(url.pathname.replace(/\/$/, '')) || /\/\d{4}\/\d{2}\/\d{2}\/[^/]+\.html$/.test(url.pathname),
  isLiveBlog: (url) => /^\/live-news\//.test(url.pathname),
  isVideo: (url) => /^\/video\//.test(url.pathname),
  // Fox News Latino galleries: /latino/entertainment/slideshow/2014/06/09/slug/ and /slideshow/latino/...
  isGallery: (url) => /^\/(latino\/[a-z-]+\/)?(photos|slideshow)\//.test(url.pathname),
  // Fox News Latino stories never moved to www, so their own host stays in the key.
  canonical: (url) => canonicalize(url, { host: url.hostname === LATINO ? LATINO : 'www.foxnews.com', keep: [] }),
  templates: [
    {
      since: '2018',
      body: '.article-body > p, .article-body > h2, .article-body > ul > li',
      exclude: '.featured, .related, .ad-container, .vendor-unit, .listing-item',
      title: 'h1.headline, h1',
      byline: '.author-byline span a, .author-byline',
    },
    {
      // Fox News Latino's 2014 article page; its body ends with the site's and the author's social-media lines.
      since: '2014',
      body: '#article-section .article-text > p',
      title: 'h1#article-title',
      byline: '.article-info [itemprop="author"] [itemprop="name"]',
      // The sidebar's "Also on the web" lists carry datePublished metadata of their own.
      published: '.article-info time[itemprop="datePublished"]',
      chrome: [/^like us on facebook/i, /^follow .{1,80} on (twitter|instagram)\b/i],
    },
    {
      since: '2012',
      body: '.article-text > p, [itemprop="articleBody"] > p',
      title: 'h1',
      byline: '.author-byline, [itemprop="author"]',
    },
  ],
  testPages: ['pages/written/foxnews-2024-template.html', 'pages/foxnews-2014-oscar-isaac.html'],
});
