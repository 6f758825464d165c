import { canonicalize, defineSite } from '../extract/site.ts';

export default defineSite({
  id: 'corriere',
  hosts: ['www.corriere.it', 'corriere.it'],
  // /esteri/25_gennaio_05/trump-accoglie-meloni-...-3c53a5b8-27fc-4886-a0bf-a10908331xlk.shtml
  isArticle: (url) => /\/\d{2}_[a-z]+_\d{2}\/[^/]+\.shtml$/.test(url.pathname),
  canonical: (url) => canonicalize(url, { host: 'www.corriere.it', keep: [] }),
  templates: [
    {
      since: '2025',
      lead: '.body-article p.summary-art',
      body: '.body-article .chapter-paragraph, .body-article .paragraph-summary',
      title: 'h1.title-art-hp, h1',
      authors: '.author-art .writer',
      published: 'meta[property="article:published_time"]',
      modified: 'meta[property="article:modified_time"]',
    },
  ],
  testFronts: ['https://www.corriere.it/esteri/'],
  testPages: [
    {
      file: 'fundus/it/CorriereDellaSera_2025_02_04.html.gz',
      url: 'https://www.corriere.it/esteri/25_gennaio_05/trump-accoglie-meloni-a-mar-a-lago-ha-davvero-preso-d-assalto-l-europa-rubio-giorgia-leader-forte-incontro-anche-sul-caso-3c53a5b8-27fc-4886-a0bf-a10908331xlk.shtml',
      era: '2025',
      title: 'Giorgia Meloni da Donald Trump a Mar-a-Lago: «Bella serata, pronti a lavorare insieme». Il Nyt: «Su Cecilia Sala la premier ha premuto aggressivamente»',
      byline: 'Viviana Mazza',
      paragraphs: 20,
      first: 'La premier italiana Giorgia Meloni è partita',
      last: 'Soddisfatto per l\'iniziativa della premier',
      absent: ['© RIPRODUZIONE RISERVATA', 'Il video pubblicato sui social da un\'alunna'],
      expected: 'fundus/it/CorriereDellaSera_2025_02_04.expected.json',
    },
  ],
});
