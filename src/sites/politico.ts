import { defineSite } from '../extract/site.ts';

export default defineSite({
  id: 'politico',
  hosts: ['www.politico.com', 'politico.com'],
  // /story/2016/10/vp-debate-..., /news/2022/10/05/slug
  isArticle: (url) => /^\/(news|story)\/\d{4}\/\d{2}\/(\d{2}\/)?[^/]+/.test(url.pathname),
  isLiveBlog: (url) => /\/live-updates\//.test(url.pathname),
  isVideo: (url) => /^\/video\//.test(url.pathname),
  isGallery: (url) => /^\/gallery\//.test(url.pathname),
  templates: [
    {
      since: '2023',
      body: 'p.story-text__paragraph, .story-text__heading',
      title: 'h1',
      byline: '.story-meta__authors .vcard, .story-meta__authors',
    },
    {
      since: '2016',
      body: '.story-text > p, .story-text > h2',
      exclude: '.story-meta, .story-intro, .byline, .timestamp, .story-continued',
      title: 'h2.headline, h1',
      byline: '.story-meta__authors .vcard, .story-meta__authors, .byline',
    },
  ],
  testPages: ['pages/politico-2016-vp-debate.html', 'pages/politico-2022-debt-relief.html'],
});
