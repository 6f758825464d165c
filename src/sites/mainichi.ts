import { defineSite } from '../extract/site.ts';

export default defineSite({
  id: 'mainichi',
  hosts: ['mainichi.jp'],
  // /articles/20250114/k00/00m/030/335000c (and /english/articles/... for the English edition)
  isArticle: (url) => /\/articles\/\d{8}\/[a-z0-9]+\/[a-z0-9]+\/\d+\/[0-9a-z]+$/.test(url.pathname),
  templates: [
    {
      since: '2025',
      body: '#articledetail-body p, #articledetail-body h2, #articledetail-body h3, #articledetail-body li',
      title: '.articledetail-head h1.title-page, h1',
      authors: '.articledetail-head .articletag-author',
      modified: 'meta[property="article:modified_time"]',
    },
  ],
  testFronts: ['https://mainichi.jp/world/'],
  testPages: [
    {
      file: 'fundus/jp/MainichiShimbun_2025_01_14.html.gz',
      url: 'https://mainichi.jp/articles/20250114/k00/00m/030/335000c',
      era: '2025',
      title: 'イスラエルとハマスの停戦「最も合意に近い」\u3000最終案に双方同意か',
      byline: '松岡大地',
      paragraphs: 7,
      first: '\u3000パレスチナ自治区ガザ地区のイスラム組織ハマスと',
      last: '\u3000一方で、イスラエル軍は13日、ガザ北部の戦闘で',
      absent: ['イスラエルの国旗＝同国で2019年5月', 'Advertisement', '時系列で見る'],
      expected: 'fundus/jp/MainichiShimbun_2025_01_14.expected.json',
    },
  ],
});
