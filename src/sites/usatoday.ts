import { canonicalize, defineSite } from '../extract/site.ts';

export default defineSite({
  id: 'usatoday',
  hosts: ['www.usatoday.com', 'usatoday.com', 'eu.usatoday.com'],
  // /story/news/nation/2019/11/19/meth-were-it-south-dakota-.../4236383002/
  isArticle: (url) => /^\/story\/.+\/\d{4}\/\d{2}\/\d{2}\/[^/]+/.test(url.pathname),
  isVideo: (url) => /^\/videos\//.test(url.pathname),
  isGallery: (url) => /^\/picture-gallery\//.test(url.pathname),
  isLiveBlog: (url) => /\/live-updates?\//.test(url.pathname),
  // The EU edition is the same story behind a consent wall.
  canonical: (url) => canonicalize(url, { host: 'www.usatoday.com', keep: [] }),
  templates: [
    {
      since: '2020',
      body: '.gnt_ar_b > p.gnt_ar_b_p, .gnt_ar_b > h2, .gnt_ar_b > ul > li',
      exclude: '.gnt_ar_b_al, .gnt_em, .gnt_ar_b_ads',
      title: 'h1.gnt_ar_hl, h1',
      byline: '.gnt_ar_by_a, .gnt_ar_by',
    },
    {
      since: '2018',
      body: '.article-wrapper > p, .article-wrapper > h2, .article-wrapper > ul > li',
      exclude: '.exclude-from-newsgate, .inline-share-tools, .article-print-url',
      title: 'h1.title, h1',
      byline: '.asset-metabar-author',
    },
  ],
  testPages: [
    {
      file: 'extraction/benchmark/776a1c046798b474e410f6edf3225d6a27fecd0de6aac22aef7b7f64fe87caaf.html.gz',
      url: 'https://www.usatoday.com/story/news/nation/2019/11/19/meth-were-it-south-dakota-campaign-working-kristi-noem-says/4236383002/',
      era: '2018',
      title: 'South Dakota says, \'Meth. We\'re On It,\' and Twitter asks, Are you guys OK?',
      paragraphs: 13,
      first: 'SIOUX FALLS, S.D. – People across the nation are talking',
      last: 'Twitter seemed a bit confused by the campaign:',
    },
  ],
});
