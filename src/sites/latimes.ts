import { defineSite } from '../extract/site.ts';

export default defineSite({
  id: 'latimes',
  hosts: ['www.latimes.com', 'latimes.com'],
  // /business/story/2019-11-19/slug; 2014-2018 /local/la-me-slug-20160101-story.html; 2000s /news/local/la-me-x01jan01,0,123.story
  isArticle: (url) => /\/story\/\d{4}-\d{2}-\d{2}\/[^/]+/.test(url.pathname) || /\/la-[a-z]{2}-.+(-story\.html|\.story|\.html)$/.test(url.pathname) || /\/\d{4}\/[a-z]{3}\/\d{2}\//.test(url.pathname),
  isVideo: (url) => /^\/(video|videos)\//.test(url.pathname),
  isGallery: (url) => /\/(photography|la-[a-z]{2}-g-.+-photogallery\.html)/.test(url.pathname),
  templates: [
    // A "story stack": a lead, then titled sections, each its own rich-text block.
    {
      since: '2023-stack',
      body: '[data-element="story-stack-story-body"] p, [data-element="story-body"] .story-stack-story-title',
      exclude: '.enhancement, .ArticlePage-tags, .Subscribe, [data-newsletter]',
      title: '.page-lead h1.headline, h1',
      byline: '.byline .author-name, .author-name',
    },
    {
      since: '2019',
      body: '.RichTextArticleBody-body > p, .RichTextArticleBody-body > h2, .RichTextArticleBody-body > h3, .RichTextArticleBody-body > ul > li',
      exclude: '.enhancement, .ArticlePage-tags, .Subscribe, [data-newsletter]',
      title: 'h1.headline, h1',
      byline: '.author-name, .ArticlePage-authorName',
    },
    {
      since: '2014',
      body: '.trb_ar_page > p, [itemprop="articleBody"] > p',
      exclude: '.trb_ar_cr, .trb_embed',
      title: 'h1.trb_ar_hl_t, h1',
      byline: '.trb_ar_by_nm_au, [itemprop="author"]',
    },
    {
      since: '2005',
      body: '#story-body-text > p, .story-body > p',
      title: 'h1',
      byline: '.byline',
    },
  ],
  testPages: [
    {
      file: 'extraction/benchmark/8634d1211c3f2b73041e6cadd5d59676619838949999a83a23c51a3195b44892.html.gz',
      url: 'https://www.latimes.com/business/story/2019-11-19/gannett-gatehouse-merger-future-local-news',
      era: '2019',
      title: 'Column: The Gannett/GateHouse merger sends a dismal signal about the future of local news',
      byline: 'Michael HiltzikBusiness Columnist ',
      paragraphs: 26,
      first: 'The merger of the big newspaper chains Gannett and GateHouse',
      last: '“After two more years of this,” Doctor asks, “what kind of',
    },
    {
      file: 'fundus/us/LATimes_2023_06_26.html.gz',
      url: 'https://www.latimes.com/sports/story/2023-06-26/100-years-los-angeles-coliseum-historical-events',
      era: '2023-stack',
      title: 'One hundred years at the Coliseum: Much more than a sports venue',
      byline: 'Houston Mitchell',
      paragraphs: 37,
      first: 'Construction for the Los Angeles Coliseum was completed on',
      last: 'July 23, 1988: The “Monsters of Rock” tour was headlined and',
      absent: ['Advertisement', '(Photos by Associated Press; photo illustration by Tim Hubbard'],
      expected: 'fundus/us/LATimes_2023_06_26.expected.json',
    },
  ],
});
