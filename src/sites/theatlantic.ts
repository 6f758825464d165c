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
  testPages: [
    {
      file: 'pages/theatlantic-2022-alert.html',
      url: 'https://www.theatlantic.com/technology/archive/2016/09/why-new-yorkers-got-a-push-alert-about-a-manhunt/500591/',
      era: '2021',
      title: 'Why New Yorkers Received a Push Alert About a Manhunt',
      byline: 'Kaveh Waddell',
      paragraphs: 16,
      first: 'Just before 8 in the morning on Monday, cellphones chimed in unison',
      last: 'Peter Donald, the NYPD assistant commissioner for public information',
      absent: ['Updated on September 19', 'pic.twitter.com'],
    },
  ],
});
