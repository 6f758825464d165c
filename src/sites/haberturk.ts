import { defineSite } from '../extract/site.ts';

// The page appends the next stories as you scroll; the story of the URL is the first article.
const STORY = 'article.it-main';

export default defineSite({
  id: 'haberturk',
  hosts: ['www.haberturk.com', 'haberturk.com'],
  // /turkiye-de-orman-yanginlari-yanginlarda-son-durum-guncel-haberler-3700095
  isArticle: (url) => /^\/[a-z0-9-]+-\d{6,}\/?$/.test(url.pathname),
  isVideo: (url) => /^\/video\//.test(url.pathname),
  isGallery: (url) => /^\/galeri\//.test(url.pathname),
  templates: [
    {
      since: '2024',
      body: [`${STORY} .featured h2`, `${STORY} .cms-container p`, `${STORY} .cms-container h2`, `${STORY} .cms-container h3`, `${STORY} .cms-container li`].join(', '),
      title: `${STORY} h1, h1`,
      published: 'meta[property="article:published_time"]',
    },
  ],
  testFronts: ['https://www.haberturk.com/gundem'],
  testPages: [
    {
      file: 'fundus/tr/Haberturk_2024_07_03.html.gz',
      url: 'https://www.haberturk.com/turkiye-de-orman-yanginlari-yanginlarda-son-durum-guncel-haberler-3700095',
      era: '2024',
      title: "Türkiye'de orman yangınları! Yangınlarda son durum!",
      byline: 'Habertürk',
      paragraphs: 54,
      first: "İzmir'in Bornova, Balıkesir'in Kepsut, Samsun'un",
      last: 'Fotoğraf, AA tarafından servis edilmiştir.',
      absent: ['ABONE OL', 'Anadolu Ajansı'],
      expected: 'fundus/tr/Haberturk_2024_07_03.expected.json',
    },
  ],
});
