import { canonicalize, defineSite } from '../extract/site.ts';

export default defineSite({
  id: 'independent',
  hosts: ['www.independent.co.uk', 'independent.co.uk'],
  // /news/world/europe/slug-b2423456.html; before 2020 /news/world/slug-a7451234.html
  isArticle: (url) => /-[ab]?\d{6,}\.html$/.test(url.pathname),
  isLiveBlog: (url) => /-live-[ab]?\d{6,}\.html$/.test(url.pathname),
  isVideo: (url) => /^\/tv\//.test(url.pathname),
  canonical: (url) => canonicalize(url, { host: 'www.independent.co.uk', keep: [] }),
  templates: [
    {
      since: '2020',
      body: '#main > p, #main > h2, #main > ul > li, [data-testid="article-body"] > p',
      exclude: '.inline-readmore, [data-mpu], .newsletter-component, [class*="RelatedArticle"]',
      title: 'h1#articleHeader, h1',
      byline: '[data-testid="author-name"] a, .author-name',
      truncated: '[data-testid="premium-paywall"], .premium-paywall',
    },
    {
      since: '2014',
      body: '.body-content > p, .text-wrapper > p, [itemprop="articleBody"] > p',
      exclude: '.inline-related, .ad-wrapper',
      title: 'h1.headline, h1',
      byline: '.author a, .byline',
    },
  ],
  testPages: [
    {
      file: 'pages/written/independent-2024-template.html',
      url: 'https://www.independent.co.uk/travel/news-and-advice/rail-fares-rise-march-b2467890.html',
      era: '2020',
      title: 'Rail fares to rise by 4.9 per cent in March',
      byline: 'Simon Hale',
      paragraphs: 6,
      first: 'Regulated rail fares in England will rise by 4.9 per cent',
      last: 'The Department for Transport said the increase was the lowest',
      absent: ['Read more', 'All the rail strike dates', 'Advertisement', 'Sign up to Simon Calder', '(PA)'],
    },
    {
      file: 'fundus/uk/TheIndependent_2024_11_22.html.gz',
      url: 'https://www.independent.co.uk/news/world/laos-methanol-poisoning-holly-bowles-death-b2651790.html',
      era: '2020',
      title: 'Australian teenager becomes sixth to die in Laos ‘methanol poisoning’ as police detain hostel bosses',
      byline: 'Angus Thompson',
      paragraphs: 6,
      first: 'Australian teenager Holly Bowles has become the sixth person',
      last: 'This is a breaking new story - more to follow',
      expected: 'fundus/uk/TheIndependent_2024_11_22.expected.json',
    },
  ],
});
