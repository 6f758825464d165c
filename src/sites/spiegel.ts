import { canonicalize, defineSite } from '../extract/site.ts';

export default defineSite({
  id: 'spiegel',
  hosts: ['www.spiegel.de', 'spiegel.de'],
  // /wirtschaft/unternehmen/silicon-valley-bank-...-a-60a0111a-c2d2-46c8-9e93-b16a374e6ba8; before 2019 ...-a-1234567.html
  isArticle: (url) => /-a-(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\d+)(?:\.html)?$/.test(url.pathname),
  isVideo: (url) => /^\/video\//.test(url.pathname),
  isGallery: (url) => /^\/fotostrecke\//.test(url.pathname),
  canonical: (url) => canonicalize(url, { host: 'www.spiegel.de', keep: [] }),
  templates: [
    {
      since: '2023',
      lead: 'header[data-area="intro"] .RichText',
      body: '[data-article-el="body"] .RichText p, [data-article-el="body"] .RichText h3',
      title: 'header[data-area="intro"] h2 .align-middle, article h2',
      byline: 'meta[name="author"]',
    },
  ],
  testFronts: ['https://www.spiegel.de/wirtschaft/'],
  testPages: [
    {
      file: 'fundus/de/SpiegelOnline_2023_04_28.html.gz',
      url: 'https://www.spiegel.de/wirtschaft/unternehmen/silicon-valley-bank-federal-reserve-raeumt-versaeumnisse-bei-aufsicht-ein-a-60a0111a-c2d2-46c8-9e93-b16a374e6ba8#ref=rss',
      era: '2023',
      title: 'US-Notenbank räumt Versäumnisse bei Aufsicht ein',
      byline: 'DER SPIEGEL',
      paragraphs: 7,
      first: 'Auf über 100 Seiten hat die Federal Reserve den',
      last: 'Barr bezeichnete den Untersuchungsbericht als',
      absent: ['Artikel zum Hören', 'Mehr zum Thema'],
      expected: 'fundus/de/SpiegelOnline_2023_04_28.expected.json',
    },
  ],
});
