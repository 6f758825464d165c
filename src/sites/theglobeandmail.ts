import { canonicalize, defineSite } from '../extract/site.ts';

export default defineSite({
  id: 'theglobeandmail',
  hosts: ['www.theglobeandmail.com', 'theglobeandmail.com'],
  // /business/article-business-brief-nvidias-into-nation-building-we-cool-with-that/: story slugs start with "article-".
  isArticle: (url) => /\/article-[^/]+\/?$/.test(url.pathname),
  isVideo: (url) => /^\/video\//.test(url.pathname),
  canonical: (url) => canonicalize(url, { host: 'www.theglobeandmail.com', keep: [] }),
  templates: [
    {
      since: '2024',
      // Subheads are h4 ("Morning markets").
      body: 'article.l-article p, article.l-article h2, article.l-article h3, article.l-article h4',
      title: 'header h1.article-title, h1',
      authors: '.c-article-meta__bylines > a',
    },
  ],
  testFronts: ['https://www.theglobeandmail.com/business/'],
  testPages: [
    {
      file: 'fundus/ca/TheGlobeAndMail_2024_08_28.html.gz',
      url: 'https://www.theglobeandmail.com/business/article-business-brief-nvidias-into-nation-building-we-cool-with-that/',
      era: '2024',
      title: 'Business Brief: Nvidia’s into nation building. We cool with that?',
      byline: 'Chris Wilson-Smith',
      paragraphs: 33,
      first: 'If one analyst catches Nvidia chief executive',
      last: 'The Canadian dollar traded at 74.27 U.S.',
      absent: ['Report an editorial error', 'Follow related authors and topics', 'Nvidia and Meta chief executives Jensen Huang and Mark Zuckerberg sport leather jackets'],
      expected: 'fundus/ca/TheGlobeAndMail_2024_08_28.expected.json',
    },
  ],
});
