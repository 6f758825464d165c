import { canonicalize, defineSite } from '../extract/site.ts';

/** The city editions publish their own stories under their own host. */
const EDITIONS = ['roma', 'milano', 'napoli', 'torino', 'bologna', 'firenze', 'genova', 'palermo', 'bari'].map((city) => `${city}.repubblica.it`);

export default defineSite({
  id: 'repubblica',
  hosts: ['www.repubblica.it', 'repubblica.it', ...EDITIONS],
  // /cronaca/2025/01/05/news/laziale_ebreo_striscione_antisemita_tangenziale-423921494/
  isArticle: (url) => /\/\d{4}\/\d{2}\/\d{2}\/news\/[^/]+-\d+\/?$/.test(url.pathname),
  isGallery: (url) => /\/\d{4}\/\d{2}\/\d{2}\/foto\//.test(url.pathname),
  canonical: (url) => canonicalize(url, { host: EDITIONS.includes(url.hostname) ? url.hostname : 'www.repubblica.it', keep: [] }),
  templates: [
    {
      since: '2025',
      lead: '.story__summary p',
      body: '#article-body .story__text p, #article-body .story__text h2, #article-body .story__text h3, #article-body .story__text li',
      // A card of another story sits between the paragraphs.
      exclude: '.inline-article',
      title: 'h1.story__title',
      authors: '.story__author a',
      published: '.story__toolbar time.story__date, meta[property="article:published_time"]',
      modified: '.story__date__update time, meta[property="article:modified_time"]',
    },
  ],
  testFronts: ['https://roma.repubblica.it/cronaca/'],
  testPages: [
    {
      file: 'fundus/it/LaRepubblica_2025_01_05.html.gz',
      url: 'https://roma.repubblica.it/cronaca/2025/01/05/news/laziale_ebreo_striscione_antisemita_tangenziale-423921494/',
      era: '2025',
      title: '"Laziale ebreo" e due svastiche: striscione antisemita sulla tangenziale alla vigilia del derby',
      byline: 'Luca Monaco',
      paragraphs: 4,
      first: 'Il messaggio apparso su un cavalcavia',
      last: 'Intanto l\'area dello stadio Olimpico',
      absent: ['Cori antisemiti durante il derby, sette ultras della Lazio a processo', 'Raccomandati per te'],
      expected: 'fundus/it/LaRepubblica_2025_01_05.expected.json',
    },
  ],
});
