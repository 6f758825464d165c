import { defineSite } from '../extract/site.ts';

export default defineSite({
  id: 'thesun',
  hosts: ['www.thesun.co.uk', 'thesun.co.uk'],
  // /sport/12603994/phil-foden-girlfriend-rebecca-cooke/
  isArticle: (url) => /^\/([a-z-]+\/)+\d{5,}\/[^/]+/.test(url.pathname),
  isVideo: (url) => /^\/video\//.test(url.pathname),
  templates: [
    {
      since: '2024',
      body: '.article__content p, .article__content h2, .article__content h3, .article__content ul:not([class]) > li',
      exclude: '.article__media, .rail-component',
      title: 'h1.article__headline, h1',
      authors: '.article__author a.article__author-link, .article__author-list a',
      published: 'meta[property="article:published_time"]',
    },
  ],
  testFronts: ['https://www.thesun.co.uk/sport/'],
  testPages: [
    {
      file: 'fundus/uk/TheSun_2024_04_22.html.gz',
      url: 'https://www.thesun.co.uk/sport/12603994/phil-foden-girlfriend-rebecca-cooke/',
      era: '2024',
      title: 'Who is Man City star Phil Foden’s girlfriend Rebecca Cooke and how many children do couple have?',
      byline: 'Tanyel Mustafa',
      paragraphs: 20,
      first: 'REBECCA Cooke is the childhood sweetheart of',
      last: '"It’s unfortunate to miss things like that but',
      absent: ['CHILDHOOD SWEETHEART', 'Phil Foden and Rebecca Cooke have been together since their teens'],
      expected: 'fundus/uk/TheSun_2024_04_22.expected.json',
    },
  ],
});
