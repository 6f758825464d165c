import { defineSite } from '../extract/site.ts';

export default defineSite({
  id: 'aljazeera',
  hosts: ['www.aljazeera.com', 'aljazeera.com'],
  // /news/2023/10/5/slug; 2019: /news/2019/11/slug-191120070028895.html, /ajimpact/slug-191119041538885.html
  isArticle: (url) => /\/\d{4}\/\d{1,2}\/\d{1,2}\/[^/]+/.test(url.pathname) || /-\d{12,}\.html$/.test(url.pathname),
  isLiveBlog: (url) => /\/liveblog\//.test(url.pathname),
  isVideo: (url) => /\/(video|program)\//.test(url.pathname),
  isGallery: (url) => /\/gallery\//.test(url.pathname),
  templates: [
    {
      since: '2020',
      body: '.wysiwyg > p, .wysiwyg > h2, .wysiwyg > ul > li',
      exclude: '.more-on, .article-related, .sib-newsletter-form',
      title: 'h1',
      byline: '.article-author-name, .author-link',
    },
    {
      since: '2016',
      body: '.article-p-wrapper > p, .article-p-wrapper > h2, .article-p-wrapper > ul > li',
      exclude: '.article-body-artSource, .more-on, .article-related',
      title: 'h1.post-title, h1',
      byline: '.article-heading-author-name, .author-name',
    },
  ],
  testPages: [
    'extraction/benchmark/42aad16bde9288623543642a9ce1a396be83e2db44aa2ff8cbbfe46e14abd7cc.html.gz',
    'extraction/benchmark/7916ecca969ffdd8f6fc32d171fbe0dd63db40fe4c1d2ade02b1dec5929a162f.html.gz',
  ],
});
