import { defineSite } from '../extract/site.ts';

export default defineSite({
  id: 'politicoeu',
  hosts: ['www.politico.eu', 'politico.eu'],
  // /article/catherine-connolly-socialist-critic-nato-eu-poised-win-ireland-presidency/
  isArticle: (url) => /^\/article\/[^/]+\/?$/.test(url.pathname),
  isLiveBlog: (url) => /^\/live\//.test(url.pathname),
  templates: [
    {
      since: '2025',
      lead: 'article .article__hero .hero__excerpt',
      body: 'article .article__content p, article .article__content h2, article .article__content h3, article .article__content li',
      title: 'article h1.hero__title, h1',
      authors: 'article .article-meta__authors a',
      published: 'meta[property="article:published_time"]',
    },
  ],
  testFronts: ['https://www.politico.eu/section/politics/'],
  testPages: [
    {
      file: 'fundus/be/PoliticoEu_2025_10_23.html.gz',
      url: 'https://www.politico.eu/article/catherine-connolly-socialist-critic-nato-eu-poised-win-ireland-presidency/?utm_source=RSS_Feed&utm_medium=RSS&utm_campaign=RSS_Syndication',
      era: '2025',
      title: 'Socialist critic of NATO and EU poised to win Ireland’s presidency',
      byline: 'Shawn Pogatchnik',
      paragraphs: 25,
      first: 'Independent socialist Catherine Connolly’s',
      last: 'McDonagh said that, while “the pro-European',
      absent: ['Our readers read next', 'Share on WhatsApp'],
      expected: 'fundus/be/PoliticoEu_2025_10_23.expected.json',
    },
  ],
});
