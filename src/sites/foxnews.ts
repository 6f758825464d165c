import { canonicalize, defineSite } from '../extract/site.ts';

const LATINO = 'latino.foxnews.com';

export default defineSite({
  id: 'foxnews',
  hosts: ['www.foxnews.com', 'foxnews.com', 'latino.foxnews.com'],
  // /politics/senate-passes-spending-bill; until 2018 /politics/2016/11/29/slug.html;
  // Fox News Latino (closed 2018) /latino/entertainment/2014/12/29/slug/
  isArticle: (url) =>
    url.hostname === LATINO
      ? /^\/latino\/[a-z-]+\/\d{4}\/\d{2}\/\d{2}\/[^/]+\/?$/.test(url.pathname)
      : /^\/(?!category\/|video\/|shows\/|person\/)[a-z-]+\/[^/]+$/.test(url.pathname.replace(/\/$/, '')) || /\/\d{4}\/\d{2}\/\d{2}\/[^/]+\.html$/.test(url.pathname),
  isLiveBlog: (url) => /^\/live-news\//.test(url.pathname),
  isVideo: (url) => /^\/video\//.test(url.pathname),
  // Fox News Latino galleries: /latino/entertainment/slideshow/2014/06/09/slug/ and /slideshow/latino/...
  isGallery: (url) => /^\/(latino\/[a-z-]+\/)?(photos|slideshow)\//.test(url.pathname),
  // Fox News Latino stories never moved to www, so their own host stays in the key.
  canonical: (url) => canonicalize(url, { host: url.hostname === LATINO ? LATINO : 'www.foxnews.com', keep: [] }),
  templates: [
    {
      since: '2018',
      body: '.article-body > p, .article-body > h2, .article-body > ul > li',
      exclude: '.featured, .related, .ad-container, .vendor-unit, .listing-item',
      title: 'h1.headline, h1',
      byline: '.author-byline span a, .author-byline',
    },
    {
      // Fox News Latino's 2014 article page; its body ends with the site's and the author's social-media lines.
      since: '2014',
      body: '#article-section .article-text > p',
      title: 'h1#article-title',
      byline: '.article-info [itemprop="author"] [itemprop="name"]',
      // The sidebar's "Also on the web" lists carry datePublished metadata of their own.
      published: '.article-info time[itemprop="datePublished"]',
      chrome: [/^like us on facebook/i, /^follow .{1,80} on (twitter|instagram)\b/i],
    },
    {
      since: '2012',
      body: '.article-text > p, [itemprop="articleBody"] > p',
      title: 'h1',
      byline: '.author-byline, [itemprop="author"]',
    },
  ],
  testPages: [
    {
      file: 'pages/written/foxnews-2024-template.html',
      url: 'https://www.foxnews.com/politics/state-lawmakers-pass-budget-after-overnight-session',
      era: '2018',
      title: 'State lawmakers pass budget after overnight session',
      byline: 'Jordan Miles',
      paragraphs: 6,
      first: 'Lawmakers approved a $12 billion state budget early Tuesday',
      last: 'Jordan Miles is a politics reporter for Fox News Digital.',
      absent: ['CLICK HERE', 'LAWMAKERS SPLIT OVER', 'Advertisement', 'Governor speaks on budget talks'],
    },
    {
      file: 'pages/foxnews-2014-oscar-isaac.html',
      url: 'http://latino.foxnews.com/latino/entertainment/2014/12/29/how-oscar-isaac-and-jessica-chastain-went-about-bringing-to-life-most-violent/',
      era: '2014',
      title: 'How Oscar Isaac and Jessica Chastain went about bringing to life \'A Most Violent Year\'',
      byline: 'Lucia I. Suarez',
      paragraphs: 20,
      first: 'Oscar Isaac has had a pretty stellar year.',
      last: '“I’ve signed away my organs,” he joked',
      absent: ['Like us on', 'Follow us on', 'Follow Lucia', 'AP Photo', 'Related Slideshow', 'Miss Nevada', 'Share This Article', 'Newsletter', 'Advertisement', 'More Stories', 'View Article'],
    },
    {
      file: 'fundus/us/FoxNews_2023_04_28.html.gz',
      url: 'https://www.foxnews.com/politics/house-china-committee-demands-answers-fbi-chinese-police-stations-us',
      era: '2018',
      title: 'House China Committee demands answers from FBI on Chinese police stations in US',
      byline: 'Aaron Kliegman',
      paragraphs: 17,
      first: 'The new House committee on China sent a letter Wednesday to',
      last: 'That timing raises "concerns that the FBI was unaware of the',
      expected: 'fundus/us/FoxNews_2023_04_28.expected.json',
    },
  ],
});
