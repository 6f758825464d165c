import { defineSite } from '../extract/site.ts';

export default defineSite({
  id: 'newyorker',
  hosts: ['www.newyorker.com', 'newyorker.com'],
  // /magazine/2016/12/05/lessons-from-my-mother, /tech/elements/hacking-cryptography-and-the-countdown...
  isArticle: (url) => /^\/magazine\/\d{4}\/\d{2}\/\d{2}\/[^/]+/.test(url.pathname) || /^\/(?!magazine\/|video\/|cartoons\/)[a-z-]+\/[a-z-]+\/[^/]+/.test(url.pathname),
  isVideo: (url) => /^\/video\//.test(url.pathname),
  isGallery: (url) => /^\/cartoons\//.test(url.pathname),
  templates: [
    {
      since: '2020',
      body: '.body__inner-container > p, .body__inner-container > h2, .body__inner-container > blockquote p',
      exclude: '.callout--has-top-border, [data-testid="CalloutEmbed"]',
      title: 'h1[data-testid="ContentHeaderHed"], h1',
      byline: '[data-testid="BylineName"], .byline__name',
    },
    {
      since: '2016',
      body: '#articleBody > p, .articleBody > p, #articleBody > h2',
      title: 'h1',
      byline: '.contributors [itemprop="author"], .byline [itemprop="name"]',
    },
  ],
  testPages: [
    {
      file: 'pages/newyorker-2016-12-02.html',
      url: 'https://www.newyorker.com/magazine/2016/12/05/lessons-from-my-mother',
      era: '2016',
      title: 'Lessons from My Mother',
      byline: 'James Wood',
      paragraphs: 18,
      first: 'At my mother’s funeral, I was calmer than I had ever imagined being.',
      last: 'Sometimes, in anger or rebellion, I had felt',
      absent: ['Sign up for the daily newsletter', 'This article appears in other versions'],
    },
    {
      file: 'pages/newyorker-2022.html',
      url: 'https://www.newyorker.com/magazine/2016/12/05/lessons-from-my-mother',
      era: '2020',
      title: 'Lessons from My Mother',
      byline: 'James Wood',
      paragraphs: 18,
      first: 'At my mother’s funeral, I was calmer than I had ever imagined being.',
      last: 'Sometimes, in anger or rebellion, I had felt',
      absent: ['Condé Nast', 'To revisit this article'],
    },
    {
      file: 'pages/newyorker-2022-quantum.html',
      url: 'https://www.newyorker.com/tech/annals-of-technology/hacking-cryptography-and-the-countdown-to-quantum-computing',
      era: '2020',
      title: 'Hacking, Cryptography, and the Countdown to Quantum Computing',
      byline: 'Alex Hutchinson',
      paragraphs: 9,
      first: 'Given the recent ubiquity of cyber-scandals',
      last: 'In a sense, then, the fundamental question isn’t whether',
    },
  ],
});
