import { defineSite } from '../extract/site.ts';

export default defineSite({
  id: 'rp',
  hosts: ['www.rp.pl', 'rp.pl'],
  // /polityka/art41756471-niemcy-stale-zamkniecie-granic-jedynie-kwestia-czasu
  isArticle: (url) => /\/art\d{6,}(-[^/]*)?$/.test(url.pathname),
  templates: [
    {
      // The 2025 and 2026 pages differ in class names around the story, not in these.
      since: '2025',
      body: '.blog--subtitle, .article--lead, .articleBody p.articleBodyBlock, .articleBody h2.articleBodyBlock, .articleBody li',
      exclude: '.intext--video, [class*="block--content--excerpt"], [class*="block--media"]',
      title: 'h1.articleTitle, h1',
      authors: '.article--content .author .name a',
      published: 'meta[property="article:published_time"]',
    },
  ],
  testFronts: ['https://www.rp.pl/polityka'],
  testPages: [
    {
      file: 'fundus/pl/Rzeczpospolita_2025_02_02.html.gz',
      url: 'https://www.rp.pl/polityka/art41756471-niemcy-stale-zamkniecie-granic-jedynie-kwestia-czasu',
      era: '2025',
      title: 'Niemcy. Stałe zamknięcie granic jedynie kwestią czasu',
      byline: 'Piotr Jendroszczyk',
      paragraphs: 13,
      first: 'Friedrich Merz, najpoważniejszy kandydat na',
      last: 'Trudno sobie dzisiaj wyobrazić, że SPD zgodzi',
      absent: ['Czytaj więcej', 'Reklama'],
      expected: 'fundus/pl/Rzeczpospolita_2025_02_02.expected.json',
    },
    {
      file: 'fundus/pl/Rzeczpospolita_2026_04_19.html.gz',
      url: 'https://www.rp.pl/konflikty-zbrojne/art44186001-iran-zrezygnowal-z-drugiej-rundy-rozmow-z-usa-powodem-wygorowane-zadania-waszyngtonu',
      era: '2025',
      title: 'Iran zrezygnował z drugiej rundy rozmów z USA. Powodem „wygórowane żądania Waszyngtonu”',
      byline: 'Ada Michalak',
      paragraphs: 16,
      first: 'Irańska agencja informacyjna IRNA twierdzi, że',
      last: 'USA i Izrael rozpoczęły atak na Iran 28 lutego.',
      absent: ['Czytaj więcej', 'Cieśnina Ormuz'],
      expected: 'fundus/pl/Rzeczpospolita_2026_04_19.expected.json',
    },
  ],
});
