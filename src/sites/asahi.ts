import { canonicalize, defineSite } from '../extract/site.ts';

export default defineSite({
  id: 'asahi',
  hosts: ['www.asahi.com', 'asahi.com', 'digital.asahi.com'],
  // /articles/AST1F4445T1FUTIL02SM.html; the phone layout at /sp/articles/...
  isArticle: (url) => /^\/(sp\/)?articles\/[A-Z0-9]+\.html$/.test(url.pathname),
  canonical: (url) => {
    const desktop = new URL(url.href);
    desktop.pathname = desktop.pathname.replace(/^\/sp\//, '/');
    return canonicalize(desktop, { host: 'www.asahi.com', keep: [] });
  },
  templates: [
    {
      // Class names are generated per build; the page's own landmarks and a few named classes are not.
      since: '2025',
      body: 'main#main p, main#main h2, main#main li',
      exclude: '.notPrint, .hideFromApp',
      // The membership pitch under a free story.
      chrome: [/^有料会員になると会員限定の有料記事もお読みいただけます。$/],
      title: 'main#main h1',
      byline: 'main#main h1 + div > span:first-child',
      published: 'main#main h1 + div time, meta[property="article:published_time"]',
      modified: 'meta[property="article:modified_time"]',
    },
  ],
  testFronts: ['https://www.asahi.com/'],
  testPages: [
    {
      file: 'fundus/jp/AsahiShimbun_2025_01_13.html.gz',
      url: 'https://www.asahi.com/articles/AST1F4445T1FUTIL02SM.html',
      era: '2025',
      title: '宮崎県で震度5弱、高知と宮崎に1メートルの津波注意報\u3000気象庁',
      byline: '渡辺洋介',
      paragraphs: 11,
      first: '\u3000気象庁は13日、午後9時19分ごろ',
      last: '鹿児島県：鹿児島市、霧島市',
      absent: ['有料会員になると', '初トクキャンペーン', '停電・断水・避難'],
      expected: 'fundus/jp/AsahiShimbun_2025_01_13.expected.json',
    },
  ],
});
