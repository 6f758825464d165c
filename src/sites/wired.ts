import { canonicalize, defineSite } from '../extract/site.ts';

export default defineSite({
  id: 'wired',
  hosts: ['www.wired.com', 'wired.com'],
  // /story/the-best-sleeping-bags-for-every-adventure/, /review/<product>/, live coverage under /live/
  isArticle: (url) => /^\/(story|review|live)\/[^/]+\/?$/.test(url.pathname),
  isLiveBlog: (url) => /^\/live\//.test(url.pathname),
  isVideo: (url) => /^\/video\//.test(url.pathname),
  isGallery: (url) => /^\/gallery\//.test(url.pathname),
  canonical: (url) => canonicalize(url, { host: 'www.wired.com', keep: [] }),
  templates: [
    {
      since: '2024',
      lead: '[data-testid="ContentHeaderAccreditation"] [class*="ContentHeaderDek"]',
      body: '.body__inner-container p, .body__inner-container h2, .body__inner-container h3',
      title: 'h1[data-testid="ContentHeaderHed"], h1',
      authors: '[data-testid="ContentHeaderRubric"] .byline__name',
      // The affiliate note Condé Nast puts at the top of every buying guide and review.
      chrome: [/^If you buy something using links in our stories, we may earn a commission\b/],
    },
  ],
  testFronts: ['https://www.wired.com/category/gear/'],
  testPages: [
    {
      file: 'fundus/us/Wired_2024_04_28.html.gz',
      url: 'https://www.wired.com/story/the-best-sleeping-bags-for-every-adventure/',
      era: '2024',
      // The headline the page prints; fundus has the buying guide's search title (og:title).
      title: 'The Best Sleeping Bags for Every Adventure',
      byline: 'Scott Gilbertson and Gear Team',
      paragraphs: 76,
      first: 'Whether you’re climbing peaks or taking the',
      last: 'We covered what hydrophobic down is above',
      absent: ['If you buy something using links in our stories', 'Photograph: Scott Gilbertson'],
      expected: 'fundus/us/Wired_2024_04_28.expected.json',
    },
  ],
});
