import { defineSite } from '../extract/site.ts';

export default defineSite({
  id: 'nrk',
  hosts: ['www.nrk.no', 'nrk.no'],
  // /ol/ol-i-paris-2024_-tarene-rant-for-stavhopper-lene-retzius-_-sa-kom-sjokkvendingen-1.16990729
  isArticle: (url) => /-1\.\d{6,}\/?$/.test(url.pathname),
  templates: [
    {
      since: '2024',
      lead: 'article .article-lead p',
      body: '.article-body p, .article-body h2, .article-body h3, .article-body li',
      exclude: '.image, .widget.reference, .fact, .article-body .video',
      title: 'article h1, h1',
      // Each name carries its role as screen-reader text ("– Journalist"), read with it.
      authors: '.authors a.author__name',
      published: 'meta[property="article:published_time"]',
    },
  ],
  testFronts: ['https://www.nrk.no/ol/'],
  testPages: [
    {
      file: 'fundus/no/NRK_2024_08_05.html.gz',
      url: 'https://www.nrk.no/ol/ol-i-paris-2024_-tarene-rant-for-stavhopper-lene-retzius-_-sa-kom-sjokkvendingen-1.16990729',
      era: '2024',
      title: 'Tårene rant for norsk OL-håp – så kom sjokkvendingen',
      byline: 'Mathias Hagen – Journalist and Anders Skjerdingstad – Journalist i Paris',
      paragraphs: 19,
      first: 'Kvalifiseringen i stavsprang ble av det',
      last: '– Jeg skal sove godt, spise godt og slappe av',
      absent: ['Les også', 'FINALEKLAR: Lene Retzius skal hoppe'],
      expected: 'fundus/no/NRK_2024_08_05.expected.json',
    },
  ],
});
