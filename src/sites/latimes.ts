import { defineSite } from '../extract/site.ts';

export default defineSite({
  id: 'latimes',
  hosts: ['www.latimes.com', 'latimes.com'],
  // /business/story/2019-11-19/slug; 2014-2018 /local/la-me-slug-20160101-story.html; 2000s /news/local/la-me-x01jan01,0,123.story
  isArticle: (url) => /\/story\/\d{4}-\d{2}-\d{2}\/[^/]+/.test(url.pathname) || /\/la-[a-z]{2}-.+(-story\.html|\.story|\.html)$/.test(url.pathname) || /\/\d{4}\/[a-z]{3}\/\d{2}\//.test(url.pathname),
  isVideo: (url) => /^\/(video|videos)\//.test(url.pathname),
  isGallery: (url) => /\/(photography|la-[a-z]{2}-g-.+-photogallery\.html)/.test(url.pathname),
  templates: [
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
  testPages: ['extraction/benchmark/8634d1211c3f2b73041e6cadd5d59676619838949999a83a23c51a3195b44892.html.gz'],
});
