import { canonicalize, defineSite } from '../extract/site.ts';

export default defineSite({
  id: 'rollingstone',
  hosts: ['www.rollingstone.com', 'rollingstone.com'],
  // /music/music-news/donna-kelce-taylor-swift-the-tortured-poets-department-best-work-1235010328/
  isArticle: (url) => /^\/[a-z0-9-]+\/[a-z0-9-]+\/[^/]+-\d{6,}\/?$/.test(url.pathname),
  isVideo: (url) => /^\/video\//.test(url.pathname),
  canonical: (url) => canonicalize(url, { host: 'www.rollingstone.com', keep: [] }),
  templates: [
    {
      since: '2024',
      lead: 'article header .article-excerpt',
      body: 'article .a-content p, article .a-content h2, article .a-content h3',
      // "Trending", "Editor's picks" and "Related" boxes sit between the paragraphs.
      exclude: '.brands-most-popular, .recirculation-modules, .trending-in-article',
      title: 'article h1.article-title, h1',
      authors: 'article .author-name a',
      // The yellow call-out box in every Culture Council (contributor) piece.
      chrome: [/^The Rolling Stone Culture Council is an invitation-only community\b/],
    },
  ],
  testFronts: ['https://www.rollingstone.com/music/music-news/'],
  testPages: [
    {
      file: 'fundus/us/RollingStone_2024_04_25.html.gz',
      url: 'https://www.rollingstone.com/music/music-news/donna-kelce-taylor-swift-the-tortured-poets-department-best-work-1235010328/',
      era: '2024',
      title: 'Donna Kelce Calls Taylor Swift’s ‘The Tortured Poets Department’ Her ‘Best Work’',
      byline: 'Emily Zemler',
      paragraphs: 9,
      first: '"She is a very talented woman," she said',
      last: '“I like to see it from the fans’ perspective,”',
      absent: ['Trending', 'Billie Eilish Would Like to Reintroduce Herself'],
      expected: 'fundus/us/RollingStone_2024_04_25.expected.json',
    },
    {
      file: 'fundus/us/RollingStone_2024_08_27.html.gz',
      url: 'https://www.rollingstone.com/culture-council/articles/what-american-crime-film-teach-doing-whats-right-whats-easy-1235086762/',
      era: '2024',
      title: 'What an American Crime Film Can Teach About Doing What’s Right, Not What’s Easy',
      byline: 'Paul Fitzgerald',
      paragraphs: 21,
      first: 'Unity and conflict navigation are foundational',
      last: 'Coalescing around a long-term vision of what',
      absent: ['Editor’s picks', 'Do I qualify?', 'The 250 Greatest Guitarists of All Time'],
      expected: 'fundus/us/RollingStone_2024_08_27.expected.json',
    },
  ],
});
