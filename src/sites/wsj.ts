import { defineSite } from '../extract/site.ts';

export default defineSite({
  id: 'wsj',
  hosts: ['www.wsj.com', 'wsj.com'],
  // /articles/is-football-violence-a-crime-11574121884; since 2023 /world/middle-east/slug-5e1f2a3b
  isArticle: (url) => /^\/articles\/[^/]+/.test(url.pathname) || /^\/[a-z-]+\/([a-z-]+\/)?[a-z0-9-]+-[0-9a-f]{8}$/.test(url.pathname),
  isLiveBlog: (url) => /^\/livecoverage\//.test(url.pathname),
  isVideo: (url) => /^\/video\//.test(url.pathname),
  templates: [
    {
      since: '2022',
      body: 'p[data-type="paragraph"], section h2[data-type="hed"]',
      title: 'h1',
      byline: '[class*="AuthorLink"], .byline',
      truncated: '#cx-snippet-overlay, [data-testid="paywall"]',
    },
    {
      since: '2016',
      body: '.article-content > p, .wsj-snippet-body > p, .article-content > h6',
      exclude: '.wsj-snippet-login, .snippet-promotion',
      title: 'h1.wsj-article-headline, h1',
      byline: '.author-name, .byline',
      // Subscribers get the story; everyone else, and most archived copies, a snippet and a login box.
      truncated: '.wsj-snippet-login, .snippet-promotion',
    },
  ],
  testPages: [
    {
      file: 'extraction/benchmark/042bb7b5fedab6eac7db576522b89b93904c237d344bcbe14a6a5ab7f7335856.html.gz',
      url: 'https://www.wsj.com/articles/google-stadia-microsoft-xcloud-apple-arcade-so-many-ways-to-playand-pay-11574168580',
      era: '2016',
      title: 'Google Stadia, Microsoft xCloud, Apple Arcade: So Many Ways to Play…and Pay',
      byline: 'Sarah E. Needleman Sarah E. Needleman The Wall Street Journal Biography @saraheneedleman Sarah.Needleman@wsj.com',
      paragraphs: 3,
      first: 'Gaming used to be so simple. We’d buy a game, sit down in',
      last: 'All...',
    },
    {
      file: 'extraction/benchmark/7ab16ade32386ece353b8d31fc3bb7e660189efd5bf3c8549aaba101ad3f5ef5.html.gz',
      url: 'https://www.wsj.com/articles/is-football-violence-a-crime-11574121884',
      era: '2016',
      title: 'Is Football Violence a Crime?',
      byline: 'Randy Maniloff',
      paragraphs: 2,
      first: 'It was the shot to the head heard ’round the world. In the',
      last: 'The Pittsburgh quarterback didn’t suffer a concussion.',
    },
  ],
});
