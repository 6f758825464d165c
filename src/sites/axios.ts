import { canonicalize, defineSite } from '../extract/site.ts';

export default defineSite({
  id: 'axios',
  hosts: ['www.axios.com', 'axios.com'],
  // /2023/10/05/slug; until 2022 /slug-5b0c3e3f-1d0e-4a8f-9c2b-7d6e5f4a3b2c.html
  isArticle: (url) => /^\/\d{4}\/\d{2}\/\d{2}\/[^/]+/.test(url.pathname) || /-[0-9a-f-]{36}\.html$/.test(url.pathname),
  isVideo: (url) => /^\/video\//.test(url.pathname),
  canonical: (url) => canonicalize(url, { host: 'www.axios.com', keep: [] }),
  templates: [
    {
      since: '2019',
      // Axios writes in bullets: the list items are the story.
      body: '.gtm-story-text p, .gtm-story-text li, .gtm-story-text h2',
      exclude: '[data-cy="go-deeper"], .ad-container, [class*="Newsletter"]',
      title: 'h1',
      byline: '[data-cy="byline-author"], .gtm-story-author',
    },
  ],
  testPages: [
    {
      file: 'pages/written/axios-2024-template.html',
      url: 'https://www.axios.com/2024/05/14/electric-bus-orders-cities-diesel',
      era: '2019',
      title: 'Electric bus orders jump as cities replace diesel fleets',
      byline: 'Ben Carter',
      paragraphs: 7,
      first: 'U.S. transit agencies ordered more electric buses',
      last: 'The bottom line: Diesel buses still make up most fleets, but the gap is closing.',
      absent: ['Go deeper', 'Advertisement', 'Sign up for Axios AM', 'Getty Images'],
    },
  ],
});
