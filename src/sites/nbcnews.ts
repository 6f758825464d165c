import { defineSite } from '../extract/site.ts';

export default defineSite({
  id: 'nbcnews',
  hosts: ['www.nbcnews.com', 'nbcnews.com'],
  // /tech/tech-news/what-s-hold-spacex-n695001, /politics/congress/slug-rcna123456
  isArticle: (url) => /-(n|rcna|ncna)\d{4,}\/?$/.test(url.pathname),
  isLiveBlog: (url) => /\/live-blog\//.test(url.pathname),
  isVideo: (url) => /\/video\//.test(url.pathname),
  isGallery: (url) => /\/slideshow\//.test(url.pathname),
  templates: [
    {
      since: '2018',
      body: '.article-body__content > p, .article-body__content > h2, .article-body__content > ul > li',
      exclude: '.embed-widget, .recommended-intersection-ref, .ad-container',
      title: 'h1.article-hero-headline__htag, h1',
      byline: '.byline-name, .article-inline-byline a',
    },
    {
      since: '2016',
      body: '.article-body > p, .article-body > h2',
      exclude: '.widget, .embed',
      title: '.article-hed h1, h1',
      byline: '.byline_author',
    },
  ],
  testPages: [
    {
      file: 'pages/nbcnews-2016-12-13.html',
      url: 'https://www.nbcnews.com/tech/tech-news/what-s-hold-spacex-n695001',
      era: '2016',
      title: 'What\'s the Hold-Up at SpaceX?',
      byline: 'Alyssa Newcomb',
      paragraphs: 14,
      first: 'If it\'s any small comfort, 2016 probably wasn\'t the most enjoyable year',
      last: 'On Twitter, Musk appealed for the public\'s help',
      absent: ['Still working on the Falcon fireball'],
    },
    {
      file: 'pages/nbcnews-2022.html',
      url: 'https://www.nbcnews.com/tech/tech-news/what-s-hold-spacex-n695001',
      era: '2018',
      title: 'What\'s the Hold-Up at SpaceX?',
      paragraphs: 14,
      first: 'If it\'s any small comfort, 2016 probably wasn\'t the most enjoyable year',
      last: 'On Twitter, Musk appealed for the public\'s help',
      absent: ['Still working on the Falcon fireball', 'NBC UNIVERSAL'],
    },
    {
      file: 'extraction/benchmark/5a822960e9a2cb1e664d334b6c936c5cb6e41fb5331877538c2c8339cb59d57e.html.gz',
      url: 'https://www.nbcnews.com/news/world/house-hitler-was-born-will-become-police-station-austria-says-n1086531',
      era: '2018',
      title: 'House Hitler was born in will become a police station, Austria says',
      byline: 'Reuters',
      paragraphs: 6,
      first: 'VIENNA — The house where Adolf Hitler was born will be',
      last: 'Recent governments have, however, recognized that Austrians',
    },
  ],
});
