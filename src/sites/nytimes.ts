import { canonicalize, defineSite } from '../extract/site.ts';

export default defineSite({
  id: 'nytimes',
  hosts: ['www.nytimes.com', 'nytimes.com', 'mobile.nytimes.com', 'amp.nytimes.com'],
  // Dated story paths (/2016/09/20/nyregion/...html, /aponline/2016/...), interactives, live blogs.
  isArticle: (url) => /\/\d{4}\/\d{2}\/\d{2}\/[^/]+/.test(url.pathname) || /^\/(interactive|live)\/\d{4}\//.test(url.pathname),
  isLiveBlog: (url) => /^\/live\//.test(url.pathname),
  isVideo: (url) => /^\/video\//.test(url.pathname),
  isGallery: (url) => /^\/slideshow\//.test(url.pathname),
  // Nothing in the query identifies a story; the mobile and AMP hosts serve the same story.
  canonical: (url) => canonicalize(url, { host: 'www.nytimes.com', keep: [] }),
  templates: [
    {
      since: '2018-04',
      body: 'section[name="articleBody"] p, .StoryBodyCompanionColumn p, .StoryBodyCompanionColumn h2, .StoryBodyCompanionColumn h3',
      // Interactive embeds in the body column that are promos, not story: a newsletter sign-up
      // (`#g-worldcup-promo`, 2019) and the anonymous-sources explainer (`#trust-inline-module-*`, 2022).
      exclude: '[class*="InlineMessage"], [data-testid="inline-message"], [data-testid="photoviewer-wrapper"], #gateway-content, .interactive-content [id$="-promo"], [id^="trust-inline-module"]',
      title: 'h1[data-testid="headline"], h1[itemprop="headline"], #story header h1',
      byline: 'meta[name="byl"], [itemprop="author"]',
      // Each note is a block of "Correction:" (a strong), a date, and a paragraph.
      corrections: '.bottom-of-article div:has(> strong):has(> p)',
      truncated: '#gateway-content',
      chrome: [/^The Times is committed to publishing a diversity of letters/, /^Follow The New York Times Opinion section/],
    },
    {
      since: '2014',
      body: '.story-body p.story-body-text, .story-body p.story-content',
      title: 'h1#headline, h1[itemprop="headline"]',
      byline: 'meta[name="byl"], .byline-dateline .byline',
      corrections: '#addenda .story-addendum, .story-body .correction',
    },
    {
      since: '2006',
      body: '#articleBody p, .articleBody p',
      title: 'h1.articleHeadline, #article h1, meta[name="hdl"]',
      byline: 'meta[name="byl"], .byline',
      corrections: '.articleCorrection',
    },
  ],
  testPages: [
    'pages/nytimes-rahami-2016-09-19.html',
    'pages/nytimes-rahami-2019-10-16.html',
    'pages/nytimes-rahami-2022.html',
    'pages/nytimes-2018-old-format.html',
    'pages/nytimes-2018-new-format.html',
    'pages/nytimes-2018-with-correction.html',
    'pages/nytimes-1.html',
    'pages/nytimes-2.html',
    'pages/nytimes-3.html',
    'pages/nytimes-5-section-front.html',
  ],
});
