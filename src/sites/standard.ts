import { defineSite } from '../extract/site.ts';

// The Standard's class names are generated per build; these hooks are its ids, its hydration
// markers and the order of the page: the standfirst is the block after the headline.
export default defineSite({
  id: 'standard',
  hosts: ['www.standard.co.uk', 'standard.co.uk'],
  // /news/politics/tony-blair-interview-london-standard-dylan-jones-ukraine-war-labour-keir-starmer-b1189828.html
  isArticle: (url) => /-b\d{6,}\.html$/.test(url.pathname),
  isLiveBlog: (url) => /-live-[^/]*b\d{6,}\.html$/.test(url.pathname),
  isVideo: (url) => /^\/video\//.test(url.pathname),
  templates: [
    {
      since: '2024-10',
      body: 'article:has(#main) h1 ~ div, #main p, #main h2, #main h3, #main li',
      exclude: '[data-island-hydrate-component="NewsletterSignup"], #piano-reg-wall, #article-bottom',
      title: 'article h1, h1',
      authors: '[data-island-hydrate-component="BylineWithSocial"] a[data-testid="link-data-testid"]',
      published: 'meta[property="article:published_time"]',
    },
    {
      since: '2024',
      body: 'article h1 ~ div, [data-island-hydration-component="Byline"] ~ div p, [data-island-hydration-component="Byline"] ~ div h2, [data-island-hydration-component="Byline"] ~ div li',
      exclude: '[data-island-hydration-component="NewsletterSignup"], #piano-reg-wall, #article-bottom',
      title: 'article h1, h1',
      authors: '[data-island-hydration-component="Byline"] a[data-testid="link-data-testid"]',
      published: 'meta[property="article:published_time"]',
    },
  ],
  testFronts: ['https://www.standard.co.uk/news/politics'],
  testPages: [
    {
      file: 'fundus/uk/EveningStandard_2024_05_02.html.gz',
      url: 'https://www.standard.co.uk/sport/football/chelsea-fc-vs-tottenham-analysis-premier-league-2024-b1155186.html',
      era: '2024',
      title: 'Chelsea send clear message of intent on proud day at Cobham in battling win over Tottenham',
      byline: 'Nizaar Kinsella',
      paragraphs: 22,
      first: 'Blues show season is still alive and European',
      last: 'The challenge feels achievable but the Blues',
      absent: ['MORE ABOUT', 'Most Read'],
      expected: 'fundus/uk/EveningStandard_2024_05_02.expected.json',
    },
    {
      file: 'fundus/uk/EveningStandard_2024_10_24.html.gz',
      url: 'https://www.standard.co.uk/news/politics/tony-blair-interview-london-standard-dylan-jones-ukraine-war-labour-keir-starmer-b1189828.html',
      era: '2024-10',
      title: 'Tony Blair: Why there has to be compromise to end the Ukraine war',
      byline: 'Dylan Jones',
      paragraphs: 58,
      first: 'Sir Tony Blair discusses peace-making, Brexit',
      last: 'On Leadership: Lessons for the 21st Century, by',
      absent: ['Get our award-winning daily news email', 'MORE ABOUT'],
      expected: 'fundus/uk/EveningStandard_2024_10_24.expected.json',
    },
  ],
});
