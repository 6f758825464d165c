import { canonicalize, defineSite } from '../extract/site.ts';

export default defineSite({
  id: 'sueddeutsche',
  hosts: ['www.sueddeutsche.de', 'sueddeutsche.de', 'sz.de'],
  // /muenchen/landkreismuenchen/ranking-...-kolumne-1.5827206; since 2024 also /sport/berlin-marathon-hendel-lux.GoPAarjxoHNezv1hVvgdhr
  isArticle: (url) => /[-/]1\.\d{5,}$/.test(url.pathname) || /\.[A-Za-z0-9]{20,}$/.test(url.pathname),
  isLiveBlog: (url) => /liveblog|newsblog|live-?ticker/.test(url.pathname),
  isVideo: (url) => /^\/video\//.test(url.pathname),
  canonical: (url) => canonicalize(url, { host: 'www.sueddeutsche.de', keep: [] }),
  templates: [
    {
      since: '2023',
      lead: 'article [data-manual="teaserText"]',
      body: '[data-testid="article-body"] p, [data-testid="article-body"] h3',
      exclude: '[data-manual-remove="true"]',
      title: 'article [data-manual="title"]',
      authors: 'article [data-manual="author"] a[href*="/autoren/"]',
      byline: 'article [data-manual="author"]',
    },
  ],
  testFronts: ['https://www.sueddeutsche.de/muenchen'],
  testPages: [
    {
      file: 'fundus/de/SZ_2023_04_28.html.gz',
      url: 'https://www.sueddeutsche.de/muenchen/landkreismuenchen/ranking-fahrradfreundlichkeit-fleissige-bundestagsabgeordnete-kolumne-1.5827206',
      era: '2023',
      title: 'Streber und faule Socken',
      byline: 'Lars Brunckhorst',
      paragraphs: 5,
      first: 'Ob Radler oder Politiker - zwei Rankings lassen',
      last: 'CSU-Mann Hahn kommt dagegen nur auf 257, aber der',
      absent: ['Lesezeit', 'Kolumne von Lars Brunckhorst'],
      expected: 'fundus/de/SZ_2023_04_28.expected.json',
    },
    {
      file: 'fundus/de/SZ_2024_09_30.html.gz',
      url: 'https://www.sueddeutsche.de/sport/berlin-marathon-hendel-lux.GoPAarjxoHNezv1hVvgdhr',
      era: '2023',
      title: 'Im harten Läuferalltag weit nach vorne',
      byline: 'Johannes Knuth',
      paragraphs: 9,
      first: 'Beim 50. Berlin-Marathon überrascht die zweite',
      last: 'Es braucht eben nicht immer die Allerschnellsten,',
      absent: ['Lesezeit', 'Von Johannes Knuth'],
      expected: 'fundus/de/SZ_2024_09_30.expected.json',
    },
  ],
});
