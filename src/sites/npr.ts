import { defineSite } from '../extract/site.ts';

export default defineSite({
  id: 'npr',
  hosts: ['www.npr.org', 'npr.org'],
  // /sections/thetwo-way/2016/12/15/505723552/jury-finds-dylann-roof-guilty..., /2024/01/02/1222345678/slug
  isArticle: (url) => /\/\d{4}\/\d{2}\/\d{2}\/\d+\//.test(url.pathname),
  isLiveBlog: (url) => /\/live-updates\//.test(url.pathname),
  templates: [
    {
      since: '2011',
      body: '#storytext > p, #storytext > h3, #storytext > blockquote p, #storytext > ul > li',
      exclude: '.bucketwrap, .credit-caption, .caption, .enlarge_html, .image_data, .teaser, .pullquote',
      title: '.storytitle h1, h1',
      byline: '.byline__name, #storybyline .byline a, .byline a',
      corrections: '.correction',
    },
  ],
  testPages: ['pages/npr-2016-12-15.html', 'pages/npr-2022.html'],
});
