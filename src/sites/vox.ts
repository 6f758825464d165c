import { defineSite } from '../extract/site.ts';

export default defineSite({
  id: 'vox',
  hosts: ['www.vox.com', 'vox.com'],
  // /science-and-health/2019/11/8/20948348/delhi-air-pollution, /politics/371234/slug (2024)
  isArticle: (url) => /\/\d{4}\/\d{1,2}\/\d{1,2}\/\d+\//.test(url.pathname) || /^\/[a-z-]+\/\d{5,}\/[^/]+/.test(url.pathname),
  isVideo: (url) => /^\/videos?\//.test(url.pathname),
  templates: [
    {
      since: '2024',
      body: '.duet--article--article-body-component > p, .duet--article--article-body-component > h2, .duet--article--article-body-component p',
      exclude: '.duet--article--article-pullquote, [class*="newsletter"]',
      title: 'h1',
      byline: '.duet--article--byline a',
    },
    {
      since: '2014',
      body: '.c-entry-content > p, .c-entry-content > h2, .c-entry-content > h3, .c-entry-content > blockquote p, .c-entry-content > ul > li, .c-entry-content > ol > li',
      exclude: '.c-article-footer, .c-newsletter_signup_box, .c-float-right, .c-float-left, .c-read-more, .c-related-list',
      title: 'h1.c-page-title, h1',
      byline: '.c-byline__author-name',
    },
  ],
  testPages: [
    {
      file: 'pages/vox-2016-twitter.html',
      url: 'https://www.vox.com/culture/2016/12/10/13898352/trump-twitter-harassment-policy-bannable',
      era: '2014',
      title: 'Donald Trump’s tweets fit a pattern of harassment Twitter has banned before',
      byline: 'Aja Romano',
      paragraphs: 34,
      first: 'After the election, Twitter issued a statement to Slate',
      last: 'And as Trump’s first anti-Batchelder Twitter user was quick to point out',
      absent: ['Will you support Vox’s explanatory journalism', 'Correction:'],
    },
    {
      file: 'extraction/benchmark/16c30add7e96315e9cc957d85aa876ccb6b70055f0ddab51547a586117cc1f56.html.gz',
      url: 'https://www.vox.com/science-and-health/2019/11/8/20948348/delhi-india-air-pollution-quality-cause',
      era: '2014',
      title: 'The law that’s helping fuel Delhi’s deadly air pollution',
      byline: 'Umair Irfan',
      paragraphs: 48,
      first: 'Another cloud of choking smoke and dust is set to descend',
      last: 'While some of the solutions like wind and solar power are',
    },
  ],
});
