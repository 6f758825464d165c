import { canonicalize, defineSite } from '../extract/site.ts';

export default defineSite({
  id: 'globalnews',
  hosts: ['globalnews.ca', 'www.globalnews.ca'],
  // /news/11862251/russia-missile-attack-kyiv-ukraine/
  isArticle: (url) => /^\/news\/\d+\/[^/]+\/?$/.test(url.pathname),
  isVideo: (url) => /^\/video\//.test(url.pathname),
  canonical: (url) => canonicalize(url, { host: 'globalnews.ca', keep: [] }),
  templates: [
    {
      since: '2026',
      body: '.l-article__story article.l-article__text p, .l-article__story article.l-article__text h2, .l-article__story article.l-article__text h3',
      // The newsletter sign-up and the "preferred source" call-out inside the story column.
      exclude: '.c-inlineSignup, .c-googlePreferredSourceCta, .c-infoBox',
      title: 'h1.l-article__title, h1',
      byline: '#article-byline .c-byline__attribution > span:not(.c-byline__source)',
    },
  ],
  testFronts: ['https://globalnews.ca/world/'],
  testPages: [
    {
      file: 'fundus/ca/GlobalNews_2026_05_24.html.gz',
      url: 'https://globalnews.ca/news/11862251/russia-missile-attack-kyiv-ukraine/',
      era: '2026',
      title: 'Russia hits Kyiv with ballistic missile, damages buildings and schools',
      byline: 'Samya Kullab and Vasilisa Stepanenko',
      paragraphs: 29,
      first: 'Russia used the powerful hypersonic Oreshnik',
      last: '—Associated Press writer John Leicester in',
      absent: ['Get daily National news', 'Add Global News as a Preferred Source', 'Trump says deal imminent to reopen Strait of Hormuz'],
      expected: 'fundus/ca/GlobalNews_2026_05_24.expected.json',
    },
  ],
});
