import { canonicalize, defineSite } from '../extract/site.ts';

export default defineSite({
  id: 'cnn',
  hosts: ['www.cnn.com', 'cnn.com', 'edition.cnn.com', 'us.cnn.com', 'amp.cnn.com', 'money.cnn.com'],
  // /2016/11/29/politics/donald-trump-transition-presidency/index.html; money.cnn.com/2016/02/01/news/economy/...
  isArticle: (url) => /\/\d{4}\/\d{2}\/\d{2}\/[^/]+/.test(url.pathname),
  isLiveBlog: (url) => /\/live-news\//.test(url.pathname),
  isVideo: (url) => /\/videos?\//.test(url.pathname),
  isGallery: (url) => /\/gallery\//.test(url.pathname),
  // The editions serve the same story; CNN Money kept its own host.
  canonical: (url) => canonicalize(url, { host: url.hostname === 'money.cnn.com' ? 'money.cnn.com' : 'www.cnn.com', keep: [] }),
  templates: [
    {
      since: '2022',
      body: '.article__content p.paragraph, .article__content > p, .article__content h2.subheader, .article__content > h2',
      exclude: '.image__caption, .related-content, .footnote, [data-editable="disclaimer"]',
      title: 'h1#maincontent, h1.headline__text, h1',
      byline: '.byline__names, .byline__name',
      corrections: '.correction, .editor-note',
    },
    {
      since: '2014',
      // Paragraphs were divs; the first sat in a "sourced paragraph" block with the (CNN) dateline.
      body: '.zn-body__paragraph, .el__leafmedia--sourced-paragraph p',
      // The "(CNN)" dateline cite was dropped from the text in 2022; leaving it out keeps eras comparable.
      exclude: '.zn-body__footer, .el__embedded, .el__video, .el-editorial-source',
      title: 'h1.pg-headline, h1',
      byline: '.metadata__byline__author',
    },
    {
      since: '2014-money',
      body: '#storytext > p, #storytext > h2',
      title: 'h1.article-title, h1',
      byline: '.byline',
    },
    {
      since: '2008',
      body: 'p.cnn_storypgraphtxt, .cnn_strycntntlft > p',
      title: 'h1',
      byline: '.cnnByline',
    },
  ],
  testPages: [
    'pages/cnn-2016-11-29.html',
    'pages/cnn-2022.html',
    'extraction/benchmark/d605bdef2cde7308a9f2fbd1484d4a9c3da0167177245d346da61e455f42208d.html.gz',
    'extraction/benchmark/ef4e67b66d63b5facef55c06a94d85f2ae01a0a1a4a3a1bcfe2499c8c8a7dacf.html.gz',
    'extraction/readability/cnn/source.html',
  ],
});
