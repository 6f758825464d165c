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
    'extraction/benchmark/156770d676ce79905198e1c8407f81e5ecfb617d9aa44712718707eb7e3b8e38.html.gz',
    'extraction/benchmark/6ebac05f637ece8aa57c298a2a5e3a8047f546f855d0f29cc683cea60ce85c85.html.gz',
  ],
});
