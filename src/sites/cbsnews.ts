import { defineSite } from '../extract/site.ts';

export default defineSite({
  id: 'cbsnews',
  hosts: ['www.cbsnews.com', 'cbsnews.com'],
  // /news/impeachment-hearings-key-moments-...-2019-11-19/
  isArticle: (url) => /^\/([a-z-]+\/)?news\/[^/]+\/?$/.test(url.pathname),
  isLiveBlog: (url) => /^\/live-updates\//.test(url.pathname),
  isVideo: (url) => /^\/video\//.test(url.pathname),
  isGallery: (url) => /^\/pictures\//.test(url.pathname),
  templates: [
    {
      since: '2019',
      body: 'section.content__body > p, section.content__body > h2, section.content__body > h3, section.content__body > ul > li, article.content-article > section > p',
      exclude: '.content__footer, .embed, .ad-wrapper, .related-content',
      title: 'h1.content__title, h1',
      byline: '.content__meta--byline, .byline__author',
    },
    {
      since: '2012',
      body: '#article-entry > p, .entry > p',
      title: 'h1',
      byline: '.author-name, .byline',
    },
  ],
  testPages: [
    {
      file: 'extraction/benchmark/7a664e40d256470fdb12d10c3f8d1c6db0581e9b080c71765e55f273a3ac7d03.html.gz',
      url: 'https://www.cbsnews.com/news/impeachment-hearings-key-moments-from-kurt-volkers-and-tim-morrisons-testimony-2019-11-19/',
      era: '2019',
      title: 'Key moments from Kurt Volker\'s and Tim Morrison\'s impeachment hearing testimony',
      byline: 'Stefan Becket',
      paragraphs: 24,
      first: 'Kurt Volker, the former special envoy to Ukraine, and Tim',
      last: '"That\'s correct," Volker said. ',
    },
  ],
});
