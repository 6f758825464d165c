import { canonicalize, defineSite } from '../extract/site.ts';

export default defineSite({
  id: 'cbc',
  hosts: ['www.cbc.ca', 'cbc.ca'],
  // /news/world/gaza-israel-ceasefire-negotiations-sinwar-1.7287711: the story's id ends the slug.
  isArticle: (url) => /^\/[a-z]+\/([a-z0-9-]+\/)*[a-z0-9-]+-1\.\d+\/?$/.test(url.pathname),
  isVideo: (url) => /^\/player\//.test(url.pathname),
  // ?cmp=rss and the share bar's ?__vfz= say only where the reader came from.
  canonical: (url) => canonicalize(url, { host: 'www.cbc.ca', keep: [] }),
  templates: [
    {
      since: '2024',
      lead: '#detailContent h2.deck',
      body: '#detailContent .story p, #detailContent .story h2, #detailContent .story h3',
      // Video players between paragraphs carry their clip's title as text.
      exclude: '.mediaEmbed, .player-placeholder-ui-container',
      title: '#detailContent h1.detailHeadline, h1',
      authors: '#detailContent .byline .authorText a',
    },
  ],
  testPages: [
    {
      file: 'fundus/ca/CBCNews_2024_08_08.html.gz',
      url: 'https://www.cbc.ca/news/world/gaza-israel-ceasefire-negotiations-sinwar-1.7287711?cmp=rss',
      era: '2024',
      title: 'What\'s next for Gaza, after Yahya Sinwar\'s appointment as Hamas political head?',
      byline: 'Yasmine Hassan',
      paragraphs: 34,
      first: 'The appointment came days after Ismail Haniyeh',
      last: '"There are rules to resistance, rules to',
      absent: ['Ceasefire talks stalled as Hezbollah and Iran vow retaliation', 'Social Sharing', 'ABOUT THE AUTHOR'],
      expected: 'fundus/ca/CBCNews_2024_08_08.expected.json',
    },
  ],
});
