import { defineSite } from '../extract/site.ts';

export default defineSite({
  id: 'reuters',
  hosts: ['www.reuters.com', 'reuters.com', 'uk.reuters.com', 'in.reuters.com', 'ca.reuters.com', 'mobile.reuters.com'],
  // /article/us-global-markets/asian-shares-...-idUSKBN1XT00W; since 2021 /world/europe/slug-2023-10-05/
  isArticle: (url) => /^\/article\/.+/.test(url.pathname) || /-\d{4}-\d{2}-\d{2}\/?$/.test(url.pathname),
  isLiveBlog: (url) => /\/live\//.test(url.pathname),
  isVideo: (url) => /^\/video\//.test(url.pathname),
  isGallery: (url) => /^\/(news\/picture|pictures)\//.test(url.pathname),
  templates: [
    {
      since: '2021',
      // Subheads sit between the paragraphs; the page footer's link-group headings are h2s too.
      body: '[data-testid^="paragraph-"], [data-testid^="paragraph-"] ~ h2, [data-testid="Heading"] ~ div h2:not([class*="site-footer"] h2)',
      exclude: '[data-testid="SignOff"], [class*="read-next"]',
      title: 'h1[data-testid="Heading"], h1',
      byline: '[rel="author"], [data-testid="AuthorByline"] a',
    },
    {
      since: '2018',
      body: '.StandardArticleBody_body > p, .StandardArticleBody_body > h3',
      exclude: '.Attribution_container, .RelatedCoverage_related-coverage-module, .Image_container',
      title: 'h1.ArticleHeader_headline, h1',
      byline: '.BylineBar_byline a, .BylineBar_byline',
    },
    {
      since: '2010',
      body: '#articleText > p, #article-text > p, .article-text > p, #resizeableText > p',
      title: 'h1',
      byline: '.byline',
    },
  ],
  testPages: [
    {
      file: 'extraction/benchmark/57d46c9d751e3fd3ffaf3ede7ac20cebd30eacb5ea78e1a6aa0a72059244e7ca.html.gz',
      url: 'https://www.reuters.com/article/us-global-markets/asian-shares-soft-as-trade-doubts-creep-back-in-idUSKBN1XT00W',
      era: '2018',
      title: 'Oversupply angst drags oil lower, stocks drift near highs',
      byline: 'Rodrigo Campos',
      paragraphs: 25,
      first: 'NEW YORK (Reuters) - Oil prices fell sharply on Tuesday on',
      last: '(Graphic: Emerging markets in 2019 - here)',
    },
    {
      file: 'fundus/us/Reuters_2024_03_07.html.gz',
      url: 'https://www.reuters.com/world/middle-east/israeli-tank-likely-scenario-fired-machine-gun-reporters-after-deadly-shelling-2024-03-07/',
      era: '2021',
      title: 'Israeli tank \'likely\' fired machine gun at reporters after deadly shelling, report finds',
      byline: 'Maya Gebeily',
      paragraphs: 32,
      first: 'BEIRUT/THE HAGUE, March 7 (Reuters) - An Israeli tank crew',
      last: 'The day after the attack, Israel\'s military said it had',
      absent: ['Stay Informed', 'About Reuters', 'Reporting by'],
      expected: 'fundus/us/Reuters_2024_03_07.expected.json',
    },
  ],
});
