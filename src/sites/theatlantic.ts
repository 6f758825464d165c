import { defineSite } from '../extract/site.ts';

export default defineSite({
  id: 'theatlantic',
  hosts: ['www.theatlantic.com', 'theatlantic.com'],
  // /ideas/archive/2022/09/slug/671446/, /magazine/archive/2016/12/slug/505810/
  isArticle: (url) => /\/\d{4}\/\d{2}\/[^/]+\/\d+\/?$/.test(url.pathname),
  isLiveBlog: (url) => /\/live\//.test(url.pathname),
  isVideo: (url) => /^\/video\//.test(url.pathname),
  isGallery: (url) => /^\/photo\//.test(url.pathname),
  templates: [
    {
      since: '2021',
      body: '[class*="ArticleBody_root"] > p, [class*="ArticleBody_root"] > h2, [class*="ArticleLegacyHtml_root"] > p',
      exclude: '[class*="ArticleRelatedContentModule"], [class*="ArticleNewsletter"]',
      title: 'h1',
      byline: '[class*="ArticleBylines_link"], [data-event-element="author"]',
    },
    {
      since: '2014',
      body: '.article-body > p, .article-body > h2, .l-article__section > p',
      title: 'h1.hed, h1',
      byline: '.byline [itemprop="name"], .byline',
    },
  ],
  testPages: ['pages/theatlantic-2022-alert.html'],
});
