import { canonicalize, defineSite } from '../extract/site.ts';

export default defineSite({
  id: 'cnbc',
  hosts: ['www.cnbc.com', 'cnbc.com'],
  // /2023/04/28/many-new-bitcoin-crypto-buyers-influenced-by-friends.html (also under /amp/)
  isArticle: (url) => /^(\/amp)?\/\d{4}\/\d{2}\/\d{2}\/[^/]+\.html$/.test(url.pathname),
  isLiveBlog: (url) => /-live-updates[^/]*\.html$/.test(url.pathname),
  isVideo: (url) => /^\/video\//.test(url.pathname),
  canonical: (url) => canonicalize(url, { host: 'www.cnbc.com', keep: [] }),
  templates: [
    {
      since: '2023',
      // The "Key Points" list above the story is not in fundus's body, and it repeats the story.
      body: '.ArticleBody-articleBody p, .ArticleBody-articleBody h2',
      exclude: '.RelatedContent-relatedContent, .InlineVideo-videoEmbed, .PlaceHolder-wrapper',
      title: 'h1.ArticleHeader-headline, h1',
      byline: '.ArticleHeader-author .Author-authorName, .Author-authorName',
      published: '.ArticleHeader-time time, time[itemprop="datePublished"]',
    },
  ],
  testPages: [
    {
      file: 'fundus/us/CNBC_2023_04_28.html.gz',
      url: 'https://www.cnbc.com/2023/04/28/many-new-bitcoin-crypto-buyers-influenced-by-friends-why-to-be-cautious.html',
      era: '2023',
      title: '31% of new crypto buyers influenced by friends. Here’s why that can be \'a horrible idea,\' advisor says',
      byline: 'Greg Iacurci',
      paragraphs: 22,
      first: 'When it comes to cryptocurrency like bitcoin',
      last: '"If you\'re doing some investigation [about crypto]',
      absent: ['More from Ask an Advisor', 'Here are more FA Council perspectives', 'SEC & Crypto'],
      expected: 'fundus/us/CNBC_2023_04_28.expected.json',
    },
  ],
});
