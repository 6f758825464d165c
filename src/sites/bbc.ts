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
    {
      file: 'extraction/readability/bbc-1/source.html',
      url: 'http://www.bbc.com/news/world-us-canada-33646704',
      era: '2015',
      title: 'Obama admits US gun laws are his \'biggest frustration\'',
      paragraphs: 37,
      first: 'President Barack Obama has admitted that his failure to pass "common sense gun',
      last: 'Mr Obama will become the first US president to address the African Union',
      absent: ['Medigap', 'How black Americans are reacting'],
    },
    {
      file: 'pages/bbc-2020-fauci.html',
      url: 'https://www.bbc.com/news/world-us-canada-52629681',
      era: '2015',
      title: 'Coronavirus: Fauci to warn Senate of \'needless suffering and death\'',
      paragraphs: 20,
      first: 'The US\'s top infectious diseases doctor is to tell senators',
      last: 'Mr Trump said he did not need to follow the directive',
      absent: ['Share this with', 'RECOVERY: How long', 'A SIMPLE GUIDE', 'Image caption', 'Media caption'],
    },
    {
      file: 'pages/bbc-2020-live.html',
      url: 'https://www.bbc.co.uk/news/live/world-52627824',
      era: '2020-live',
      title: 'Reopening US too early risks \'serious consequences\'',
      paragraphs: 106,
      first: 'US Senator Patty Murray, the top Democrat on the Senate',
      last: 'They quote Peskov himself as saying he has been taken to',
    },
    {
      file: 'extraction/benchmark/c7e39ac49fa1235f5d50f83bf2444248bd3aa4e6df044377916c812dd109ba23.html.gz',
      url: 'https://www.bbc.com/news/world-europe-50473792',
      era: '2015',
      title: 'Julian Assange: Sweden drops rape investigation',
      byline: 'BBC News',
      paragraphs: 31,
      first: 'Prosecutors in Sweden have dropped an investigation into a',
      last: 'Last month, a judge rejected Assange\'s attempt to delay the',
    },
  ],
});
