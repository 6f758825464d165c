import { canonicalize, defineSite } from '../extract/site.ts';

export default defineSite({
  id: 'washingtonpost',
  hosts: ['www.washingtonpost.com', 'washingtonpost.com'],
  // Every story path carries its date: /politics/slug/2016/11/22/<id>_story.html,
  // /news/opinions/wp/2018/10/29/slug/, /politics/2024/01/02/slug/, /wp-dyn/content/article/2008/01/02/AR....html.
  isArticle: (url) => /\/\d{4}\/\d{2}\/\d{2}\//.test(url.pathname),
  isLiveBlog: (url) => /\/live-updates\//.test(url.pathname),
  isVideo: (url) => /^\/video\//.test(url.pathname),
  isGallery: (url) => /\/(photography|gallery)\//.test(url.pathname),
  canonical: (url) => canonicalize(url, { host: 'www.washingtonpost.com', keep: [] }),
  templates: [
    {
      since: '2019',
      body: '[data-qa="article-body"] p, .article-body p[data-el="text"]',
      exclude: '.interstitial-link, [data-qa="interstitial-link"], [data-qa="subscribe-promo"]',
      title: 'h1[data-qa="headline"], h1#main-content, h1',
      byline: '[data-qa="author-byline"], [data-qa="author-name"]',
      published: '[data-qa="display-date"], [data-testid="display-date"]',
      corrections: '[data-qa="correction"], .correction',
      truncated: '[data-qa="paywall"], #paywall',
    },
    {
      since: '2014',
      body: '#article-body article p, .article-body article p',
      exclude: '.interstitial-link, .pb-caption, .inline-content',
      title: 'h1[itemprop="headline"], #top-content h1, h1',
      byline: '.pb-byline, .author-byline',
      published: '.pb-timestamp[itemprop="datePublished"], [itemprop="datePublished"]',
      corrections: '.correction, .pb-correction',
    },
    {
      since: '2005',
      body: '#article_body p, .article_body p, #body p',
      title: 'h1, #headline',
      byline: '.byline',
    },
  ],
  testPages: [
    'pages/washingtonpost-2015-tunisia.html',
    'pages/washingtonpost-2016-trump-foundation.html',
    'pages/washingtonpost-2018-opinion.html',
  ],
});
