import { canonicalize, defineSite } from '../extract/site.ts';

export default defineSite({
  id: 'theguardian',
  hosts: ['www.theguardian.com', 'theguardian.com', 'amp.theguardian.com', 'www.guardian.co.uk'],
  // /us-news/2016/nov/29/standing-rock-protest-north-dakota-shutdown-evacuation
  isArticle: (url) => /\/\d{4}\/[a-z]{3}\/\d{2}\/[^/]+/.test(url.pathname),
  isLiveBlog: (url) => /\/live\/\d{4}\//.test(url.pathname),
  isVideo: (url) => /\/video\/\d{4}\//.test(url.pathname),
  isGallery: (url) => /\/(gallery|picture)\/\d{4}\//.test(url.pathname),
  // guardian.co.uk pages of the 2000s keep their own host: that is where the archive has them.
  canonical: (url) => canonicalize(url, { host: url.hostname === 'www.guardian.co.uk' ? 'www.guardian.co.uk' : 'www.theguardian.com', keep: [] }),
  templates: [
    {
      since: '2019',
      body: '.article-body-commercial-selector > p, .article-body-commercial-selector > h2, .article-body-commercial-selector > ul > li, .article-body-commercial-selector > blockquote p',
      exclude: '[data-spacefinder-role="inline"], #sign-in-gate, [data-print-layout="hide"]',
      title: 'h1',
      byline: '[data-link-name="byline"] > div, [data-link-name="byline"]',
    },
    {
      since: '2014',
      body: '.content__article-body > p, .content__article-body > h2, .content__article-body > ul > li, .content__article-body > blockquote p',
      exclude: '.element-rich-link, .submeta',
      title: 'h1.content__headline, h1',
      byline: 'p.byline[data-link-name="byline"], .byline',
    },
    {
      since: '2008',
      body: '#article-body-blocks p, #article-wrapper p',
      title: 'h1',
      byline: '.contributor-name, .byline',
    },
  ],
  testPages: [
    {
      file: 'pages/guardian-2016-11-29.html',
      url: 'https://www.theguardian.com/us-news/2016/nov/29/standing-rock-protest-north-dakota-shutdown-evacuation',
      era: '2014',
      title: 'Standing Rock protesters hold out against extraordinary police violence',
      byline: 'Julia Carrie Wong and Sam Levin',
      paragraphs: 39,
      first: 'Police violence against Standing Rock protesters in North Dakota has risen',
      last: '“The thing is, racism is nothing new here.',
    },
    {
      file: 'pages/guardian-2022.html',
      url: 'https://www.theguardian.com/us-news/2016/nov/29/standing-rock-protest-north-dakota-shutdown-evacuation',
      era: '2019',
      title: 'Standing Rock protesters hold out against extraordinary police violence',
      byline: 'Julia Carrie Wong and Sam Levin',
      paragraphs: 39,
      first: 'Police violence against Standing Rock protesters in North Dakota has risen',
      last: '“The thing is, racism is nothing new here.',
    },
    {
      file: 'fundus/uk/TheGuardian_2024_02_24.html.gz',
      url: 'https://www.theguardian.com/world/2024/feb/24/death-toll-in-valencia-fire-rises-to-10-as-remains-of-last-missing-person-found',
      era: '2019',
      title: 'Death toll in Valencia fire rises to 10 as remains of last missing person found',
      byline: 'Associated Press in Valencia',
      paragraphs: 7,
      first: 'The death toll from a fire that left two residential',
      last: 'Experts suggested that a type of cladding might have made',
      expected: 'fundus/uk/TheGuardian_2024_02_24.expected.json',
    },
  ],
});
