import { canonicalize, defineSite } from '../extract/site.ts';

export default defineSite({
  id: 'voanews',
  hosts: ['www.voanews.com', 'voanews.com'],
  // /a/america-s-child-care-crisis-is-holding-back-moms-without-college-degrees-/7585813.html, or /a/7585813.html
  isArticle: (url) => /^\/a\/([^/]+\/)?\d+\.html$/.test(url.pathname),
  canonical: (url) => canonicalize(url, { host: 'www.voanews.com', keep: [] }),
  templates: [
    {
      since: '2024',
      body: '#article-content .wsw p, #article-content .wsw h2, #article-content .wsw h3',
      title: 'h1.pg-title, h1',
      byline: '.publishing-details .links__item-link',
      published: '.publishing-details time',
    },
  ],
  testFronts: ['https://www.voanews.com/usa'],
  testPages: [
    {
      file: 'fundus/us/VoiceOfAmerica_2024_04_28.html.gz',
      url: 'https://www.voanews.com/a/america-s-child-care-crisis-is-holding-back-moms-without-college-degrees-/7585813.html',
      era: '2024',
      title: 'America\'s child care crisis is holding back moms without college degrees',
      byline: 'Associated Press',
      paragraphs: 26,
      first: 'After a series of lower-paying jobs, Nicole',
      last: '"Our country is doing nothing to try to help',
      absent: ['More US Stories', 'Wild horses to remain in North Dakota national park'],
      expected: 'fundus/us/VoiceOfAmerica_2024_04_28.expected.json',
    },
  ],
});
