import { canonicalize, defineSite } from '../extract/site.ts';

/** The standing note under every Postmedia story. */
const POSTMEDIA_LINES = [/^Our website is the place for the latest breaking news, exclusive scoops, longreads and provocative commentary\b/];

export default defineSite({
  id: 'nationalpost',
  hosts: ['nationalpost.com', 'www.nationalpost.com'],
  // /news/canada/kamala-harris-childhood-montreal-canada: sections, then a slug of three words or more.
  // Section fronts live under /category/ (/category/news/canada/).
  isArticle: (url) => /^\/(?!category\/)([a-z0-9-]+\/)+[a-z0-9]+(-[a-z0-9]+){2,}\/?$/.test(url.pathname),
  isVideo: (url) => /^\/video\//.test(url.pathname),
  canonical: (url) => canonicalize(url, { host: 'nationalpost.com', keep: [] }),
  templates: [
    {
      // The "story-v2" layout of 2025.
      since: '2025',
      lead: 'article header.story-v2-article-header p.article-subtitle',
      body: 'article .story-v2-content-element p, article .story-v2-content-element h2, article .story-v2-content-element h3',
      exclude: '.article-content__widget-group, .visually-hidden',
      title: 'article header h1, h1',
      byline: '.story-v2-article-header .article-meta .published-by__author, .story-v2-article-header .wire-published-by__company',
      chrome: POSTMEDIA_LINES,
    },
    {
      since: '2024',
      lead: 'article header.article-header p.article-subtitle',
      body: 'article .article-content__content-group p, article .article-content__content-group h2, article .article-content__content-group h3',
      // Widget slots between paragraphs (newsletter sign-up, related stories) and the
      // screen-reader label "Article content" at the top of each part of the story.
      exclude: '.article-content__widget-group, .visually-hidden',
      title: 'article header h1#articleTitle, h1',
      byline: 'article header .published-by__author',
      chrome: POSTMEDIA_LINES,
    },
  ],
  testFronts: ['https://nationalpost.com/category/news/canada/'],
  testPages: [
    {
      file: 'fundus/ca/NationalPost_2025_05_08.html.gz',
      url: 'https://nationalpost.com/news/world/latest-india-pakistan-missiles',
      era: '2025',
      title: 'India fires missiles into Pakistani-controlled territory, killing at least 26',
      byline: 'The Associated Press',
      paragraphs: 159,
      first: 'India said it struck infrastructure used',
      last: 'With reporting by Associated Press writer',
      absent: ['Get a dash of perspective', 'By signing up you consent', 'Our website is the place for the latest breaking news'],
      expected: 'fundus/ca/NationalPost_2025_05_08.expected.json',
    },
    {
      file: 'fundus/ca/NationalPost_2024_08_28.html.gz',
      url: 'https://nationalpost.com/news/canada/kamala-harris-childhood-montreal-canada',
      era: '2024',
      title: 'Kamala Harris\' Canadian connections: What we know about her childhood in Montreal',
      byline: 'Joseph Brean',
      paragraphs: 16,
      first: 'The Harrises settled into the top floor of',
      last: 'She was 15 and not eligible to vote. But',
      absent: ['Article content', 'Our website is the place for the latest breaking news'],
      expected: 'fundus/ca/NationalPost_2024_08_28.expected.json',
    },
  ],
});
