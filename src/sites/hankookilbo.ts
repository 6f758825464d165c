import { canonicalize, defineSite } from '../extract/site.ts';

export default defineSite({
  id: 'hankookilbo',
  hosts: ['www.hankookilbo.com', 'hankookilbo.com', 'm.hankookilbo.com'],
  // /News/Read/A2025051516330004328 until 2025, /news/article/A2026071220290000630 since,
  // its AMP copy /news/article/amp/A2026071220290000630
  isArticle: (url) => /^\/(News\/Read|news\/article)\/(amp\/)?A\d{10,}/i.test(url.pathname),
  canonical: (url) => canonicalize(new URL(url.href.replace(/\/news\/article\/amp\//i, '/news/article/')), { host: 'www.hankookilbo.com', keep: [] }),
  templates: [
    {
      since: '2026',
      body: '#article-view-content h2.sub-tit-ll, #article-view-content p.editor-p, #article-view-content h3.editor-tit, #article-view-content li',
      exclude: '.editor-img-box, .more-news, .writer',
      // The headline is the line after the section links, in utility classes only.
      title: 'div:has(a[data-ga4="article_section_1"]) + p, h1',
      byline: 'meta[property="article:author"]',
      published: 'meta[property="article:published_time"]',
    },
    {
      since: '2025',
      body: '[itemprop="articleBody"] h2.sub-tit-ll, [itemprop="articleBody"] p.editor-p, [itemprop="articleBody"] h3.editor-tit',
      exclude: '.editor-img-box, .more-news, .writer, .edit-subscribe, .newspaper-subscribe, .more-articles',
      title: 'h2.title, h1',
      authors: '[itemprop="articleBody"] .writer .name strong',
      published: 'meta[property="article:published_time"]',
    },
  ],
  testFronts: ['https://www.hankookilbo.com/News/Politics'],
  testPages: [
    {
      file: 'fundus/kr/HankookIlbo_2025_05_15.html.gz',
      url: 'https://www.hankookilbo.com/News/Read/A2025051516330004328',
      era: '2025',
      title: '"왜 경상도, 전라도 나눠서 싸우나"... DJ 고향에서 \'국민 통합\' 외친 이재명',
      byline: '구현모',
      paragraphs: 11,
      first: '李 여수, 순천, 목포 찾아 빗속 유세',
      last: '그러면서 "호남에 있어서 민주당은 잘되기를 바라는 큰아들 같은 존재 아니냐"며 "조금',
      absent: ['기사 URL이 복사되었습니다', '세상을 보는 균형'],
      expected: 'fundus/kr/HankookIlbo_2025_05_15.expected.json',
    },
    {
      file: 'fundus/kr/HankookIlbo_2026_07_12.html.gz',
      url: 'https://www.hankookilbo.com/news/article/A2026071220290000630',
      era: '2026',
      title: '민주당 \'선호투표제\' 도입 또다시 불발··· 친청계 "당규 개정 왜 밀어붙이나"',
      byline: '박준석 기자 외 1명',
      paragraphs: 10,
      first: "2시간 반 만에 끝난 '빈손' 최고위",
      last: '당권 주자들은 공방전을 이어갔다. 송영길 의원은 이날 페이스북에 글을 올려',
      absent: ['이미지 확대보기'],
      expected: 'fundus/kr/HankookIlbo_2026_07_12.expected.json',
    },
  ],
});
