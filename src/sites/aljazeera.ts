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
    {
      file: 'extraction/benchmark/42aad16bde9288623543642a9ce1a396be83e2db44aa2ff8cbbfe46e14abd7cc.html.gz',
      url: 'https://www.aljazeera.com/ajimpact/nasas-commercial-moon-shot-musk-bezos-firms-bid-191119041538885.html',
      era: '2016',
      title: 'NASA’s commercial moon shot: Musk\'s and Bezos\'s firms to bid',
      byline: 'Laura Winter 19 Nov 2019 05:44 GMT',
      paragraphs: 14,
      first: 'Washington, DC, United States: Getting to the Moon, while',
      last: '“There are the big established players, as for example',
    },
    {
      file: 'extraction/benchmark/7916ecca969ffdd8f6fc32d171fbe0dd63db40fe4c1d2ade02b1dec5929a162f.html.gz',
      url: 'https://www.aljazeera.com/news/2019/11/service-members-killed-afghanistan-helicopter-crash-191120070028895.html',
      era: '2016',
      title: 'US service members killed in Afghanistan helicopter crash',
      byline: '20 Nov 2019 08:00 GMT',
      paragraphs: 13,
      first: 'Two United States service members have been killed in a',
      last: 'More than 2,500 Afghan civilians have been killed in the',
    },
  ],
});
