import { defineSite } from '../extract/site.ts';

export default defineSite({
  id: 'bloomberg',
  hosts: ['www.bloomberg.com', 'bloomberg.com'],
  // /news/articles/2019-11-20/slug, /opinion/articles/..., /news/features/...
  isArticle: (url) => /^\/(news|opinion|politics|technology)\/(articles|features|newsletters)\/\d{4}-\d{2}-\d{2}\/[^/]+/.test(url.pathname),
  isVideo: (url) => /\/videos\//.test(url.pathname),
  templates: [
    {
      since: '2022',
      body: '[class*="body-content"] > p, [class*="body-content"] > h2, .body-copy-v2 > p',
      exclude: '[class*="inline-newsletter"], [class*="paywall"], [data-component="recirc"]',
      title: 'h1[class*="headline"], main h1',
      truncated: '#fortress-paywall-container-root, [data-component="paywall"]',
    },
    {
      since: '2015',
      body: '.body-copy > p, .body-copy > h2, .body-copy > ul > li, .article-body__content > p',
      exclude: '.inline-newsletter, .inline-recirc',
      title: 'h1.lede-text-only__hed, h1[class*="headline"]',
      published: '.lede-text-only__times time[datetime]',
    },
  ],
  testPages: [
    {
      file: 'pages/bloomberg-2016-stocks.html',
      url: 'https://www.bloomberg.com/news/articles/2016-12-06/stock-rally-extends-into-asia-as-traders-await-rbi-aussie-gdp',
      era: '2015',
      title: 'U.S. Stocks Rise to Records, Bonds Gain on ECB Stimulus Optimism',
      byline: 'Jeremy Herron',
      paragraphs: 24,
      first: 'The Dow Jones Industrial Average rose 220 points',
      last: 'The Bloomberg Dollar Spot Index, which tracks the greenback',
      absent: ['markets daily newsletter', 'Connecting decision makers'],
    },
  ],
});
