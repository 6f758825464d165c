import { canonicalize, defineSite } from '../extract/site.ts';

export default defineSite({
  id: 'dailymail',
  hosts: ['www.dailymail.co.uk', 'dailymail.co.uk'],
  // /yourmoney/article-13357113/dollar-bill-worth-THOUSANDS-check.html
  isArticle: (url) => /\/article-\d+\/[^/]+\.html$/.test(url.pathname),
  isVideo: (url) => /^\/video\//.test(url.pathname),
  // The AMP copy keeps the path with /amp/ after the id: /news/article-13357113/amp/slug.html
  canonical: (url) => canonicalize(new URL(url.href.replace(/(\/article-\d+)\/amp\//, '$1/')), { host: 'www.dailymail.co.uk', keep: [] }),
  templates: [
    {
      since: '2024',
      body: '[itemprop="articleBody"] p, [itemprop="articleBody"] ul.mol-bullets-with-font > li',
      exclude: '.artSplitter, .imageCaption, .mol-video, .art-ins',
      title: '#js-article-text h1, h1',
      // The name alone; the byline line adds "For Dailymail.Com".
      byline: 'meta[name="author"], .author-section',
    },
  ],
  testFronts: ['https://www.dailymail.co.uk/news/index.html'],
  testPages: [
    {
      file: 'fundus/uk/DailyMail_2024_04_27.html.gz',
      url: 'https://www.dailymail.co.uk/yourmoney/article-13357113/dollar-bill-worth-THOUSANDS-check.html',
      era: '2024',
      title: "Your $1 bill could be worth up THOUSANDS - here's how to check if you have the rare buck",
      byline: 'Dolores Chang',
      paragraphs: 21,
      first: 'Think twice before you spend any $1 bill in your',
      last: "'If someone's already reported this number, you",
      absent: ['Share or comment on this article', 'Check Your Wallet for These'],
      expected: 'fundus/uk/DailyMail_2024_04_27.expected.json',
    },
  ],
});
