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
    {
      file: 'pages/cnn-2016-11-29.html',
      url: 'https://www.cnn.com/2016/11/29/politics/donald-trump-transition-presidency/index.html',
      era: '2014',
      title: 'Why Donald Trump won\'t change',
      byline: 'Stephen Collinson, CNN',
      paragraphs: 39,
      first: 'Winning the presidency didn\'t change Donald Trump -- and',
      last: '"And," Burke said, "I don\'t think we are seeing a lot of change."',
      absent: ['Chat with us in Facebook Messenger', 'contributed to this story'],
    },
    {
      file: 'pages/cnn-2022.html',
      url: 'https://edition.cnn.com/2016/11/29/politics/donald-trump-transition-presidency/index.html',
      era: '2022',
      title: 'Why Donald Trump won’t change',
      paragraphs: 39,
      first: 'Winning the presidency didn’t change Donald Trump – and',
      last: '“And,” Burke said, “I don’t think we are seeing a lot of change.”',
      absent: ['Cable News Network', 'Ad Feedback'],
    },
    {
      file: 'extraction/benchmark/d605bdef2cde7308a9f2fbd1484d4a9c3da0167177245d346da61e455f42208d.html.gz',
      url: 'https://www.cnn.com/2019/11/18/investing/asian-market-latest/index.html',
      era: '2014',
      title: 'Investors don\'t seem to know what to make of the US-China trade war',
      byline: 'Jill Disis, CNN Business',
      paragraphs: 8,
      first: 'A muddled view of US-China trade talks once again seems to',
      last: 'The US government on Monday did extend a temporary general',
    },
    {
      file: 'extraction/benchmark/ef4e67b66d63b5facef55c06a94d85f2ae01a0a1a4a3a1bcfe2499c8c8a7dacf.html.gz',
      url: 'https://www.cnn.com/2019/11/18/politics/donald-trump-health-walter-reed/index.html',
      era: '2014',
      title: 'Why you just can\'t trust the White House on Donald Trump\'s health',
      byline: 'Analysis by Chris Cillizza, CNN Editor-at-large',
      paragraphs: 18,
      first: 'President Donald Trump, according to the White House, made',
      last: 'This -- right here -- is why a White House that lies as',
    },
    {
      file: 'extraction/readability/cnn/source.html',
      url: 'http://money.cnn.com/2016/02/01/news/economy/poverty-inequality-united-states/index.html',
      era: '2014-money',
      title: 'The \'birth lottery\' and economic mobility',
      paragraphs: 11,
      first: 'The U.S. has long been heralded as a land of opportunity',
      last: 'The report concluded that the American safety net was ineffective',
      absent: ['Most stock quote data', 'Start your day right'],
    },
  ],
});
