import { canonicalize, defineSite } from '../extract/site.ts';

export default defineSite({
  id: 'techcrunch',
  hosts: ['techcrunch.com', 'www.techcrunch.com'],
  // /2024/04/28/how-rpa-vendors-aim-to-remain-relevant-in-a-world-of-ai-agents/
  isArticle: (url) => /^\/\d{4}\/\d{2}\/\d{2}\/[^/]+\/?$/.test(url.pathname),
  isVideo: (url) => /^\/video\//.test(url.pathname),
  canonical: (url) => canonicalize(url, { host: 'techcrunch.com', keep: [] }),
  templates: [
    {
      // The WordPress block theme of May 2024.
      since: '2024-05',
      body: '.single-post__content .entry-content p, .single-post__content .entry-content h2, .single-post__content .entry-content h3',
      exclude: '.wp-block-tc23-newsletter-signup-compact',
      title: '.single-post-hero h1.wp-block-post-title, h1',
      authors: '.single-post-hero__byline .wp-block-tc23-author-card-name a',
    },
    {
      since: '2024',
      body: 'article .article-content p, article .article-content h2, article .article-content h3',
      exclude: '.wp-caption',
      title: 'article h1.article__title, h1',
      authors: 'article .article__byline > a',
    },
  ],
  testFronts: ['https://techcrunch.com/category/apps/'],
  testPages: [
    {
      file: 'fundus/us/TechCrunch_2024_05_17.html.gz',
      url: 'https://techcrunch.com/2024/05/16/strava-taps-ai-to-weed-out-leaderboard-cheats-unveils-family-plan-dark-mode-and-more/',
      era: '2024-05',
      title: 'Strava taps AI to weed out leaderboard cheats, unveils ‘family’ plan, dark mode and more',
      byline: 'Paul Sawers',
      paragraphs: 33,
      first: 'Strava on Thursday announced a slew of new',
      last: '“Whilst we don’t provide exact details on',
      absent: ['More TechCrunch', 'OpenAI inks deal to train AI on Reddit data'],
      expected: 'fundus/us/TechCrunch_2024_05_17.expected.json',
    },
    {
      file: 'fundus/us/TechCrunch_2024_04_28.html.gz',
      url: 'https://techcrunch.com/2024/04/28/how-rpa-vendors-aim-to-remain-relevant-in-a-world-of-ai-agents/',
      era: '2024',
      title: 'How RPA vendors aim to remain relevant in a world of AI agents',
      byline: 'Kyle Wiggers',
      paragraphs: 32,
      first: 'What’s the next big thing in enterprise automation?',
      last: '“What we hear from every customer, across',
      absent: ['Image Credits: UiPath'],
      expected: 'fundus/us/TechCrunch_2024_04_28.expected.json',
    },
  ],
});
