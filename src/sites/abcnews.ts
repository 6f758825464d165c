import { canonicalize, defineSite } from '../extract/site.ts';

export default defineSite({
  id: 'abcnews',
  hosts: ['abcnews.go.com', 'abcnews.com', 'www.abcnews.com'],
  // /Politics/senate-votes-.../story?id=104512345 — the id in the query is the story.
  isArticle: (url) => /\/story$/.test(url.pathname) && /^\d+$/.test(url.searchParams.get('id') ?? ''),
  isLiveBlog: (url) => /\/live-updates\//.test(url.pathname),
  isVideo: (url) => /\/video\//.test(url.pathname),
  isGallery: (url) => /\/photos?\//.test(url.pathname),
  canonical: (url) => canonicalize(url, { host: 'abcnews.go.com', keep: ['id'] }),
  templates: [
    {
      since: '2021',
      body: '[data-testid="prism-article-body"] p, [data-testid="prism-article-body"] h2',
      exclude: '[data-testid="prism-inline-image"], [data-testid="prism-figure"], .InlineElementsContainer',
      title: '[data-testid="prism-headline"] h1, h1',
      byline: '[data-testid="prism-byline"] a, [data-testid="prism-byline"]',
    },
    {
      // Obfuscated class names; only the layout's FITT_ and ShareByline names are stable.
      since: '2022',
      body: '.FITT_Article_main__body article > p, .FITT_Article_main__body article > h3',
      title: '.FITT_Article_main__body h1, h1',
      byline: '.ShareByline > div:first-child > div > div:first-child > span:last-child',
      published: '.ShareByline > div:first-child > div > div:last-child',
    },
    {
      since: '2017',
      body: '.Article__Content > p, .Article__Content > h2',
      exclude: '.InlineImage, .inline-media',
      title: '.Article__Headline__Title, h1',
      byline: '.Byline__Author, .author',
    },
    {
      since: '2014',
      body: '.article-copy > p, .article-copy > h3',
      // The navigation menus above the story have h1s of their own.
      title: '.article-header h1',
      authors: '.article-meta .author',
      published: 'meta[name="DC.date.issued"]',
      modified: 'meta[name="Last-Modified"]',
    },
  ],
  testPages: [
    {
      file: 'pages/abcnews-2016-clinton-putin.html',
      url: 'http://abcnews.go.com/US/hillary-clinton-putins-alleged-involvement-democratic-hack-stems/story?id=44233864&cid=clicksource_4380645_2_three_posts_vert_hed',
      era: '2014',
      title: 'Hillary Clinton: Putin\'s Alleged Involvement in Democratic Hack Stems From Longtime Grudge',
      byline: 'Josh Haskell, David Caplan and PATRICK REEVELL',
      paragraphs: 19,
      first: 'Hillary Clinton has an explanation for Vladimir Putin\'s alleged involvement',
      last: 'Of course, publicly it’s not known how much of this speculation',
      absent: ['Sections', 'Shares', 'Email', 'Star', 'WATCH', 'Evan Vucci', 'Follow on Twitter', 'More from Josh', 'Pizzagate', 'Comments'],
    },
    {
      file: 'pages/abcnews-2022-clinton-putin.html',
      url: 'https://abcnews.go.com/US/hillary-clinton-putins-alleged-involvement-democratic-hack-stems/story?id=44233864',
      era: '2022',
      title: 'Hillary Clinton: Putin\'s Alleged Involvement in Democratic Hack Stems From \'Personal Beef\'',
      byline: 'JOSH HASKELL, DAVID CAPLAN and PATRICK REEVELL',
      paragraphs: 21,
      first: '&#151; -- Hillary Clinton has an explanation for Vladimir Putin\'s',
      last: 'Of course, publicly it’s not known how much of this speculation',
      absent: ['Related Topics', 'Top Stories', 'ABC News Live', 'Evan Vucci', 'Mom of missing teen', 'Copyright'],
    },
  ],
});
