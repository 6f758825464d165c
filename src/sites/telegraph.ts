import { canonicalize, defineSite } from '../extract/site.ts';

export default defineSite({
  id: 'telegraph',
  hosts: ['www.telegraph.co.uk', 'telegraph.co.uk'],
  // /news/2023/10/05/slug/; before 2016 /news/worldnews/europe/12345678/Slug.html
  isArticle: (url) => /\/\d{4}\/\d{2}\/\d{2}\/[^/]+/.test(url.pathname) || /\/\d{7,}\/[^/]+\.html$/.test(url.pathname),
  isLiveBlog: (url) => /-live(-updates)?\/?$/.test(url.pathname),
  isVideo: (url) => /\/videos?\//.test(url.pathname),
  isGallery: (url) => /\/pictures\//.test(url.pathname),
  canonical: (url) => canonicalize(url, { host: 'www.telegraph.co.uk', keep: [] }),
  templates: [
    {
      since: '2019',
      body: '.articleBodyText > p, .articleBodyText > h2, [data-js="article-body"] p',
      exclude: '.tpl-article__inline-link, .related-article, .advert',
      title: 'h1[itemprop="headline name"], h1',
      byline: '[itemprop="author"] [itemprop="name"], .e-byline__link',
      // Premium stories end after a few paragraphs with a subscription prompt.
      truncated: '.premium-paywall, [data-test="paywall"], .martech-modal-component',
    },
    {
      // The 2016-18 layout: each run of paragraphs is its own .article-body-text block between images and adverts.
      since: '2016',
      body: 'article[itemprop="articleBody"] .article-body-text p',
      title: 'h1[itemprop="headline name"], h1',
      byline: '[itemprop="author"] [itemprop="name"]',
    },
    {
      since: '2012',
      body: '#mainBodyArea > p, [itemprop="articleBody"] > p, .firstPar, .secondPar, .thirdPar, .fourthPar',
      title: 'h1[itemprop="headline name"], h1',
      byline: '.bylineBody, [itemprop="author"]',
    },
  ],
  testPages: [
    {
      file: 'pages/written/telegraph-2024-template.html',
      url: 'https://www.telegraph.co.uk/news/2024/02/08/museum-return-bronze-statues-dispute/',
      era: '2019',
      title: 'Museum to return bronze statues after ten-year dispute',
      byline: 'Helen Ward',
      paragraphs: 3,
      first: 'A museum will return six bronze statues',
      last: 'The director said the museum would lend replicas',
      absent: ['Advertisement', 'Related: New rules', 'subscribers only', 'Tom Pilston'],
    },
    {
      file: 'pages/telegraph-2017-mugabe.html',
      url: 'http://www.telegraph.co.uk/news/2017/11/16/zimbabwes-robert-mugabe-wife-grace-insisting-finishes-term-priest/',
      era: '2016',
      title: 'Zimbabwe coup: Robert Mugabe and wife Grace \'insisting he finishes his term\', as priest steps in to mediate',
      byline: 'Our Foreign Staff',
      paragraphs: 13,
      first: 'Zimbabwe President Robert Mugabe, his wife Grace and two key figures',
      last: 'Whatever the final outcome, the events could signal a once-in-a-generation change',
      absent: ['Credit:', 'HARARE HERALD', 'DESMOND KWANDE', 'armoured personnel carrier parked', 'Profile | Grace Mugabe', 'Related Topics', 'Follow on', 'Show comments', 'commenting policy'],
    },
    {
      file: 'fundus/uk/TheTelegraph_2024_09_17.html.gz',
      url: 'https://www.telegraph.co.uk/politics/2024/09/16/keir-victoria-starmer-clothes-row-lord-alli/',
      era: '2019',
      title: 'Starmer defiant over taking gifts from Lord Alli',
      byline: 'Amy Gibbons',
      paragraphs: 30,
      first: 'Sir Keir Starmer has defended accepting gifts from a',
      last: 'On Monday night, Number 10 said the parliamentary',
      expected: 'fundus/uk/TheTelegraph_2024_09_17.expected.json',
    },
  ],
});
