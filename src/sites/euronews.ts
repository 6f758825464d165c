import { defineSite } from '../extract/site.ts';

// One file for every language edition: they share one template. A page carries the next
// stories as swiper slides; the story of the URL is the first slide.
const STORY = '.jsArticleFirst';
const BODY = ['.c-article-summary', '.c-article-content p', '.c-article-content h2', '.c-article-content h3', '.c-article-content li']
  .map((part) => `${STORY} ${part}`)
  .join(', ');

export default defineSite({
  id: 'euronews',
  hosts: ['www.euronews.com', 'euronews.com', 'fr.euronews.com', 'de.euronews.com'],
  // /2024/04/30/slug, /green/2024/04/30/slug, /my-europe/2024/04/30/slug
  isArticle: (url) => /^\/([a-z-]+\/)*\d{4}\/\d{2}\/\d{2}\/[^/]+/.test(url.pathname),
  isVideo: (url) => /^\/video\//.test(url.pathname),
  // Each edition is its own site in the archive: keep the language host.
  canonical: (url) => {
    const out = new URL(url.href);
    out.search = '';
    out.hash = '';
    out.protocol = 'https:';
    if (out.hostname === 'euronews.com') out.hostname = 'www.euronews.com';
    return out.href;
  },
  templates: [
    {
      since: '2024',
      body: BODY,
      title: `${STORY} h1, h1`,
      // "By Euronews with Agencies", "Von Diana Resnik mit AP": the agency after "with" is a credit, not an author.
      authors: `${STORY} .c-article-contributors > a, ${STORY} .c-article-contributors > b:first-child`,
      published: 'meta[property="article:published_time"]',
    },
  ],
  testFronts: ['https://www.euronews.com/my-europe'],
  testPages: [
    {
      file: 'fundus/uk/EuronewsEN_2024_04_30.html.gz',
      url: 'https://www.euronews.com/2024/04/30/swedish-police-to-investigate-reports-of-information-leaks-to-violent-gangs',
      era: '2024',
      title: 'Swedish police to investigate reports of information leaks to violent gangs',
      byline: 'Euronews',
      paragraphs: 13,
      first: 'Sweden has struggled with a surge in violence in',
      last: 'Sweden has struggled to contain a surge in',
      absent: ['Share this article', 'ADVERTISEMENT'],
      expected: 'fundus/uk/EuronewsEN_2024_04_30.expected.json',
    },
    {
      file: 'fundus/uk/EuronewsEN_2026_01_06.html.gz',
      url: 'https://www.euronews.com/2026/01/06/as-trump-pitches-venezuelan-oil-dream-for-us-companies-experts-warn-it-wont-be-cheap-or-ea',
      era: '2024',
      title: "As Trump pitches Venezuelan oil dream for US companies, experts warn it won't be cheap or easy",
      byline: 'Stefan Grobe',
      paragraphs: 41,
      first: 'President Trump has set his sights on',
      last: '"Trump now joins the history of US presidents',
      absent: ['Rubio: US to enforce oil blockade', 'ADVERTISEMENT'],
      expected: 'fundus/uk/EuronewsEN_2026_01_06.expected.json',
    },
    {
      file: 'fundus/fr/EuronewsFR_2024_04_30.html.gz',
      url: 'https://fr.euronews.com/green/2024/04/30/comment-les-efforts-europeens-ont-permis-de-sauver-le-merlu-de-lextinction',
      era: '2024',
      title: "Comment les efforts européens ont permis de sauver le merlu de l'extinction",
      byline: 'Denis Loctier',
      paragraphs: 25,
      first: 'Au début du siècle, les populations de merlus',
      last: '"La mer est généreuse. Avec les mesures',
      absent: ['Partager cet article', 'En partenariat avec'],
      expected: 'fundus/fr/EuronewsFR_2024_04_30.expected.json',
    },
    {
      file: 'fundus/fr/EuronewsFR_2026_01_06.html.gz',
      url: 'https://fr.euronews.com/culture/2026/01/06/just-coup-it-le-survetement-nike-de-nicolas-maduro-devient-une-sensation-virale-inattendue',
      era: '2024',
      title: '"Just Coup It" : le survêtement Nike de Nicolás Maduro devient une sensation virale inattendue',
      byline: 'David Mouriquand',
      paragraphs: 11,
      first: 'Quand une crise géopolitique lance une nouvelle',
      last: "Nike n'a pas commenté la situation à l'heure où",
      absent: ['PUBLICITÉ'],
      expected: 'fundus/fr/EuronewsFR_2026_01_06.expected.json',
    },
    {
      file: 'fundus/de/EuronewsDE_2024_04_30.html.gz',
      url: 'https://de.euronews.com/my-europe/2024/04/30/georgien-tausende-unterstutzen-das-russische-agentengesetz',
      era: '2024',
      title: 'Georgien: Tausende unterstützen das "russische Agentengesetz"',
      byline: 'Diana Resnik',
      paragraphs: 11,
      first: 'Tausende sind am Montag in Tiflis auf die Straße',
      last: 'Die georgische Präsidentin Salome Surabitschwili',
      absent: ['Diesen Artikel teilen', 'WERBUNG'],
      expected: 'fundus/de/EuronewsDE_2024_04_30.expected.json',
    },
    {
      file: 'fundus/de/EuronewsDE_2026_01_06.html.gz',
      url: 'https://de.euronews.com/2026/01/06/russland-china-militareinsatz-venezuela',
      era: '2024',
      title: 'UN: Russland und China kritisieren US-Militäreinsatz in Venezuela',
      byline: 'Malek Fouda',
      paragraphs: 21,
      first: 'Mehrere Länder verurteilten im UN-Sicherheitsrat',
      last: 'Beiden wird vorgeworfen, Teil einer Verschwörung',
      absent: ['Weitere Quellen'],
      expected: 'fundus/de/EuronewsDE_2026_01_06.expected.json',
    },
  ],
});
