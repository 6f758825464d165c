import { defineSite } from '../extract/site.ts';

export default defineSite({
  id: 'nieuwsblad',
  hosts: ['www.nieuwsblad.be', 'nieuwsblad.be'],
  // /cnt/dmf20250202_96887132 (Mediahuis keeps the story id in the path, the slug nowhere)
  isArticle: (url) => /^\/cnt\/[a-z]+\d{8}_\d+/i.test(url.pathname),
  templates: [
    {
      since: '2025',
      body: '[data-testid="article-intro"] p, [data-testid="article-body"] p, [data-testid="article-body"] [data-testid="subhead"], [data-testid="article-body"] li',
      exclude: '[data-testid="article-image-wrapper"]',
      title: '[data-testid="article-title"], h1',
      published: 'meta[property="article:published_time"]',
    },
  ],
  testFronts: ['https://www.nieuwsblad.be/'],
  testPages: [
    {
      file: 'fundus/be/Nieuwsblad_2025_02_02.html.gz',
      url: 'https://www.nieuwsblad.be/cnt/dmf20250202_96887132',
      era: '2025',
      title: 'BIO. Annelies Verlinden ruilt Binnenlandse Zaken in voor Justitie',
      byline: 'nieuwsblad.be',
      paragraphs: 14,
      first: 'Annelies Verlinden (46) maakt voor CD&V opnieuw',
      last: 'Die houding levert haar electoraal geen',
      absent: ['Bron: BELGA', 'Verlinden tijdens de coronacrisis'],
      expected: 'fundus/be/Nieuwsblad_2025_02_02.expected.json',
    },
  ],
});
