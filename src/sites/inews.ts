import { defineSite } from '../extract/site.ts';

export default defineSite({
  id: 'inews',
  hosts: ['inews.co.uk', 'www.inews.co.uk'],
  // /news/environment/just-stop-oil-activists-disrupt-west-end-play-as-sigourney-weaver-performs-3504901
  isArticle: (url) => /^\/([a-z0-9-]+\/)+[a-z0-9-]+-\d{6,}\/?$/.test(url.pathname),
  isVideo: (url) => /^\/video\//.test(url.pathname),
  templates: [
    {
      since: '2025',
      body: 'article .inews__post-excerpt, .inews__post-content p, .inews__post-content h2, .inews__post-content h3, .inews__post-content li',
      exclude: '.inews__shortcode-relatedarticleinline, .inews__post-teaser',
      title: 'h1.inews__post-title, h1',
      authors: '.inews__post-byline__author-name a',
      published: 'meta[property="article:published_time"]',
    },
    {
      since: '2023',
      body: 'article h2.excerpt, article .article-content p, article .article-content h2, article .article-content h3, article .article-content li',
      exclude: '.inews__shortcode-relatedarticleinline, .inews__post-teaser',
      title: 'article h1.headline, h1',
      authors: '.inews__post-byline__author-link a',
      published: 'meta[property="article:published_time"]',
    },
  ],
  testFronts: ['https://inews.co.uk/news'],
  testPages: [
    {
      file: 'fundus/uk/iNews_2023_08_30.html.gz',
      url: 'https://inews.co.uk/sport/tennis/us-open-2023-british-players-results-andy-murray-katie-boulter-cam-norrie-evans-burrage-draper-2580837',
      era: '2023',
      title: 'US Open 2023 results: Andy Murray among six British players to record first-round wins without dropping a set',
      byline: 'Michael Hincks',
      paragraphs: 27,
      first: 'Boulter, Burrage, Draper, Evans, Murray and',
      last: 'Additional reporting from PA',
      absent: ['Freelance sports writer', 'All six British players won their matches on Tuesday'],
      expected: 'fundus/uk/iNews_2023_08_30.expected.json',
    },
    {
      file: 'fundus/uk/iNews_2025_01_28.html.gz',
      url: 'https://inews.co.uk/news/environment/just-stop-oil-activists-disrupt-west-end-play-as-sigourney-weaver-performs-3504901',
      era: '2025',
      title: 'Two arrested after Just Stop Oil protest at Sigourney Weaver West End play',
      byline: 'Jacqui Housden',
      paragraphs: 16,
      first: 'Hollywood legend escorted off stage after',
      last: 'The production opened in December and will run',
      absent: ['Read Next'],
      expected: 'fundus/uk/iNews_2025_01_28.expected.json',
    },
  ],
});
