import { canonicalize, defineSite } from '../extract/site.ts';

export default defineSite({
  id: 'yomiuri',
  hosts: ['www.yomiuri.co.jp', 'yomiuri.co.jp'],
  // /world/20241203-OYT1T50218/
  isArticle: (url) => /\/\d{8}-OYT\w+\/?$/.test(url.pathname),
  canonical: (url) => canonicalize(url, { host: 'www.yomiuri.co.jp', keep: [] }),
  templates: [
    {
      since: '2024',
      body: 'article .p-main-contents p, article .p-main-contents h2, article .p-main-contents h3, article .p-main-contents li',
      title: 'article h1.title-article, h1',
      published: 'meta[property="article:published_time"]',
      modified: 'meta[property="article:modified_time"]',
    },
  ],
  testFronts: ['https://www.yomiuri.co.jp/world/'],
  testPages: [
    {
      file: 'fundus/jp/YomiuriShimbun_2024_12_03.html.gz',
      url: 'https://www.yomiuri.co.jp/world/20241203-OYT1T50218/',
      era: '2024',
      title: '韓国が戒厳令、尹大統領「野党が反国家行為」…「従北勢力を清算」「共産勢力から国守る」',
      byline: '読売新聞オンライン',
      paragraphs: 3,
      first: '\u3000【ソウル＝小池和樹】韓国の',
      last: '◆韓国の戒厳令＝',
      absent: ['尹大統領の発言をテレビで見る国民', '国際ニュースを英語で読む', 'あわせて読みたい', '国境の２離島が消失か'],
      expected: 'fundus/jp/YomiuriShimbun_2024_12_03.expected.json',
    },
  ],
});
