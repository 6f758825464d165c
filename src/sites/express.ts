import { defineSite } from '../extract/site.ts';

const BODY = '[data-type="article-body"]';

export default defineSite({
  id: 'express',
  hosts: ['www.express.co.uk', 'express.co.uk'],
  // /news/royal/1924698/prince-harry-meghan-markle-live-grifters
  isArticle: (url) => /^\/([a-z-]+\/)+\d{5,}\/[^/]+/.test(url.pathname),
  isVideo: (url) => /^\/videos?\//.test(url.pathname),
  templates: [
    {
      since: '2024',
      lead: '#singleArticle header h3',
      // A live blog's entries follow the opening text.
      body: [
        `${BODY} .text-description p`, `${BODY} .text-description h2`, `${BODY} .text-description li`,
        `${BODY} .live-events__entry-head`, `${BODY} .live-events__entry-text p`, `${BODY} .live-events__entry-text li`,
      ].join(', '),
      exclude: '.dont-miss, .whatsapp-group, .related-articles, .newsletter-pure, .photo, #ovp-primis',
      title: '#singleArticle h1, h1',
      authors: '#singleArticle .publish-info .author a',
      published: 'meta[property="article:published_time"]',
      chrome: [/^this is a live blog\. scroll down for the latest updates\.?$/i],
    },
  ],
  testFronts: ['https://www.express.co.uk/news/royal'],
  testPages: [
    {
      file: 'fundus/uk/Express_2024_07_18.html.gz',
      url: 'https://www.express.co.uk/news/royal/1924698/prince-harry-meghan-markle-live-grifters',
      era: '2024',
      title: "Prince Harry and Meghan Markle LIVE: 'Whining' couple 'won't recover' from 'terrible' snub",
      byline: 'Jon King',
      paragraphs: 34,
      first: 'A snub from a Hollywood executive has left',
      last: 'One post from her blog, which was published for',
      absent: ['THIS IS A LIVE BLOG', 'Join us on WhatsApp', 'Related articles'],
      expected: 'fundus/uk/Express_2024_07_18.expected.json',
    },
  ],
});
