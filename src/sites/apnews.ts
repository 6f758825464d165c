import { canonicalize, defineSite } from '../extract/site.ts';

export default defineSite({
  id: 'apnews',
  hosts: ['apnews.com', 'www.apnews.com'],
  // /article/israel-hamas-war-...-5b0c3e3f1d0e4a8f9c2b7d6e5f4a3b2c; until 2021 /5b0c3e3f1d0e4a8f9c2b7d6e5f4a3b2c
  isArticle: (url) => /^\/article\/[^/]+/.test(url.pathname) || /^\/[0-9a-f]{32}\/?$/.test(url.pathname),
  isLiveBlog: (url) => /^\/live\//.test(url.pathname),
  isVideo: (url) => /^\/video\//.test(url.pathname),
  isGallery: (url) => /^\/photo-gallery\//.test(url.pathname),
  canonical: (url) => canonicalize(url, { host: 'apnews.com', keep: [] }),
  templates: [
    {
      since: '2023',
      body: '.RichTextStoryBody > p, .RichTextStoryBody > h2, .RichTextStoryBody > ul > li',
      exclude: '.Enhancement, .Infobox, .PageListEnhancementGeneric',
      title: 'h1.Page-headline, h1',
      byline: '.Page-authors, .Page-byline-info .Link',
    },
    {
      since: '2019',
      body: '.Article > p, .Article > h2, [data-key="article"] > p',
      exclude: '.hub-peek-embed, .ad-placeholder',
      title: '[data-key="card-headline"] h1, h1',
      byline: '[class*="Component-bylines"], .CardHeadline-By',
    },
  ],
  testPages: [
    {
      file: 'pages/written/apnews-2024-template.html',
      url: 'https://apnews.com/article/bridge-repair-city-council-vote-3f6c1d2e8a9b4c5d6e7f8a9b0c1d2e3f',
      era: '2023',
      title: 'City council approves new bridge repair plan',
      byline: 'MARIA ORTEGA',
      paragraphs: 7,
      first: 'SPRINGFIELD, Ill. (AP) — The city council voted 7-2',
      last: 'Associated Press writer Sam Lee contributed to this report.',
      absent: ['Advertisement', 'Related coverage', 'Bridge lanes closed', 'AP Photo'],
    },
    {
      file: 'fundus/us/APNews_2023_04_28.html.gz',
      url: 'https://apnews.com/article/mexico-economy-growth-3cc842471fb9df42315d658d88c8403a',
      era: '2019',
      title: 'Mexico’s economy grew 1.1% in 1st quarter, 3.8% year on year',
      byline: 'Associated Press',
      paragraphs: 4,
      first: 'MEXICO CITY (AP) — Mexico’s economy grew by 1.1%',
      last: 'Mexico’s economy has recovered from the pandemic',
      absent: ['Related topics'],
      expected: 'fundus/us/APNews_2023_04_28.expected.json',
    },
    {
      file: 'fundus/us/APNews_2024_09_03.html.gz',
      url: 'https://apnews.com/article/trump-harris-presidential-election-2024-labor-day-151f82b59473d29a448ef1cea9afe471',
      era: '2023',
      title: 'The presidential campaigns brace for an intense sprint to Election Day',
      byline: 'STEVE PEOPLES, THOMAS BEAUMONT and AMELIA THOMSON-DEVEAUX',
      paragraphs: 46,
      first: 'LA CROSSE, Wis. (AP) — After a summer of historic tumult,',
      last: 'Peoples reported from New York and Thomson-DeVeaux from',
      expected: 'fundus/us/APNews_2024_09_03.expected.json',
    },
  ],
});
