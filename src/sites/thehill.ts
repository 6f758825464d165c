import { canonicalize, defineSite } from '../extract/site.ts';

export default defineSite({
  id: 'thehill',
  hosts: ['thehill.com', 'www.thehill.com'],
  // /homenews/news/471033-south-dakota-governor-..., /policy/energy-environment/4123456-slug/
  isArticle: (url) => /\/\d{5,}-[^/]+\/?$/.test(url.pathname),
  isVideo: (url) => /^\/(video|hilltv)\//.test(url.pathname),
  canonical: (url) => canonicalize(url, { host: 'thehill.com', keep: [] }),
  templates: [
    {
      since: '2022',
      body: '.article__text > p, .article__text > h2, .article__text > ul > li',
      exclude: '.rollover-people-block, .hardwall, .article__text .ad-unit',
      title: 'h1.page-title, h1',
      byline: '.submitted-by a, .author-card__name',
    },
    {
      since: '2014',
      body: '.field-name-body .field-item > p, .field-name-body .field-item > div > p, .field-name-body .field-item > h2',
      // Names in the text carry a hidden pop-up card repeating the full name and title.
      exclude: '.rollover-people-block, .rollover-block, .dfp-tag-wrapper',
      title: 'h1#page-title, h1',
      byline: '.submitted-by a, .submitted-by',
    },
  ],
  testPages: [
    {
      file: 'extraction/benchmark/156770d676ce79905198e1c8407f81e5ecfb617d9aa44712718707eb7e3b8e38.html.gz',
      url: 'https://thehill.com/homenews/news/471033-south-dakota-governor-doubles-down-on-meth-were-on-it-anti-drug-campaign',
      era: '2014',
      title: 'South Dakota governor doubles down on \'meth, we\'re on it\' anti-drug campaign',
      byline: 'Tess Bonn',
      paragraphs: 12,
      first: 'South Dakota Gov. Kristi Noem (R) is defending the state’s',
      last: 'The governor\'s office didn\'t immediately respond to The',
    },
    {
      file: 'extraction/benchmark/6ebac05f637ece8aa57c298a2a5e3a8047f546f855d0f29cc683cea60ce85c85.html.gz',
      url: 'https://thehill.com/blogs/blog-briefing-room/news/471031-new-york-man-pleads-guilty-to-threatening-to-kill-omar',
      era: '2014',
      title: 'New York man pleads guilty to threatening to kill Omar',
      byline: 'Justine Coleman - 11/18/19 11:04 PM EST',
      paragraphs: 10,
      first: 'A New York man pleaded guilty to charges he threatened to',
      last: '"But we must ask: who are we as a nation if we respond to',
    },
  ],
});
