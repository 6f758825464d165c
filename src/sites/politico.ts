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
  testPages: [
    {
      file: 'pages/politico-2016-vp-debate.html',
      url: 'https://www.politico.com/story/2016/10/who-will-win-the-vp-debate-229079',
      era: '2023',
      title: 'Insiders: Trump will sink Pence in VP debate',
      byline: 'Steven Shepard',
      paragraphs: 42,
      first: 'Tim Kaine isn’t Mike Pence’s only opponent Tuesday night',
      last: 'Kristen Hayford contributed to this report.',
    },
    {
      file: 'pages/politico-2022-debt-relief.html',
      url: 'https://www.politico.com/news/2022/10/17/student-debt-relief-applications-00062145',
      era: '2023',
      title: 'Biden’s student debt relief draws 8M+ applications in first two days',
      byline: 'Michael Stratford',
      paragraphs: 8,
      first: 'More than 8 million Americans have applied for federal student debt relief',
      last: '“Our legal judgment is that it won’t” be struck down by a court',
      absent: ['President Joe Biden speaks about the student debt relief portal'],
    },
  ],
});
