import { canonicalize, defineSite } from '../extract/site.ts';

export default defineSite({
  id: 'japannews',
  hosts: ['japannews.yomiuri.co.jp'],
  // /politics/politics-government/20241013-216478/
  isArticle: (url) => /\/\d{8}-\d+\/?$/.test(url.pathname),
  canonical: (url) => canonicalize(url, { host: 'japannews.yomiuri.co.jp', keep: [] }),
  templates: [
    {
      since: '2024',
      body: '#p-article-block p, #p-article-block h2, #p-article-block h3, #p-article-block li',
      exclude: '.byline, .postdate',
      title: '.bloc_1 h1, h1',
      byline: '#p-article-block .byline',
      published: 'meta[property="article:published_time"]',
      modified: 'meta[property="article:modified_time"]',
    },
  ],
  testFronts: ['https://japannews.yomiuri.co.jp/politics/politics-government/'],
  testPages: [
    {
      file: 'fundus/jp/TheJapanNews_2024_10_13.html.gz',
      url: 'https://japannews.yomiuri.co.jp/politics/politics-government/20241013-216478/',
      era: '2024',
      title: 'Japan Prime Minister Dodges Criticism During Leaders Debate; Takes Cautious Stance on Revising Japan-U.S. Pact',
      byline: 'Takeo Maeda and Tatsuya Tanoue / Yomiuri Shimbun Staff Writers',
      paragraphs: 16,
      first: 'Prime Minister Shigeru Ishiba demonstrated his committment',
      last: 'However, the prime minister also said',
      absent: ['The leaders of seven political parties, including Liberal Democratic Party President', '17:41 JST'],
      expected: 'fundus/jp/TheJapanNews_2024_10_13.expected.json',
    },
  ],
});
