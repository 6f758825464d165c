import { canonicalize, defineSite } from '../extract/site.ts';

export default defineSite({
  id: 'bbc',
  hosts: ['www.bbc.com', 'www.bbc.co.uk', 'bbc.com', 'bbc.co.uk', 'm.bbc.com', 'm.bbc.co.uk'],
  // /news/world-europe-50473792, /news/articles/c4gvm2y8z3xo, /sport/football/67012345
  isArticle: (url) => /^\/(news|sport|future|worklife|travel|culture|innovation|business)\/(.+[-/]\d{6,}|articles\/[a-z0-9]+|live\/.+)$/.test(url.pathname),
  isLiveBlog: (url) => /\/live\//.test(url.pathname),
  isVideo: (url) => /\/(av|videos)\//.test(url.pathname),
  isGallery: (url) => /\/in-pictures-\d+$/.test(url.pathname),
  // bbc.com (international) and bbc.co.uk (UK) are both canonical for their readers; only mobile hosts fold.
  canonical: (url) => canonicalize(url, { host: url.hostname.replace(/^(m\.)?(www\.)?/, 'www.'), keep: [] }),
  templates: [
    {
      since: '2021',
      body: 'article [data-component="text-block"] p, article [data-component="subheadline-block"] h2, main [data-component="text-block"] p',
      exclude: '[data-component="links-block"], [data-component="caption-block"], [data-component="image-block"]',
      title: 'h1#main-heading, article h1',
      byline: '[data-testid="byline-new-contributors"] span, [data-component="byline-block"] strong',
    },
    {
      since: '2015',
      body: '.story-body__inner > p, .story-body__inner > h2, .story-body__inner > ul > li',
      exclude: '.media-caption, .off-screen',
      title: 'h1.story-body__h1, .story-body h1',
      byline: '.byline__name',
    },
    {
      since: '2020-live',
      body: '.lx-stream-post-body p',
      title: 'h1',
    },
    {
      since: '2008',
      body: '.story-body > p, .storybody > p, td.storybody p',
      title: 'h1.story-header, .story-body h1, .sh',
      byline: '.byline-name',
    },
  ],
  testPages: [
    'extraction/readability/bbc-1/source.html',
    'pages/bbc-2020-fauci.html',
    'pages/bbc-2020-live.html',
    'extraction/benchmark/c7e39ac49fa1235f5d50f83bf2444248bd3aa4e6df044377916c812dd109ba23.html.gz',
  ],
});
