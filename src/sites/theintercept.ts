import { canonicalize, defineSite } from '../extract/site.ts';

export default defineSite({
  id: 'theintercept',
  hosts: ['theintercept.com', 'www.theintercept.com'],
  // /2023/04/28/montana-trans-zooey-zephyr/
  isArticle: (url) => /^\/\d{4}\/\d{2}\/\d{2}\/[^/]+\/?$/.test(url.pathname),
  isVideo: (url) => /^\/video\//.test(url.pathname),
  canonical: (url) => canonicalize(url, { host: 'theintercept.com', keep: [] }),
  templates: [
    {
      since: '2024',
      lead: 'article header.post__header .post__excerpt',
      body: 'article .entry-content__content p, article .entry-content__content h2, article .entry-content__content h3',
      // Boxes in the body column: "Most Read", the newsletter sign-up, a related story, the pull quote.
      exclude: '.most-read, .newsletter-embed, .promote-related-post, blockquote.pull-right',
      title: 'article header h1.post__title, h1',
      authors: 'header.post__header .article-byline__authors a',
    },
    {
      since: '2023',
      lead: '.Post-title-block .Post-excerpt',
      body: '.PostContent p, .PostContent h2, .PostContent h3',
      exclude: '.Newsletter-shortcode, .PromoteRelatedPost-promo',
      title: 'h1.Post-title, h1',
      authors: '.Post-title-block .PostByline-names .PostByline-link',
    },
  ],
  testFronts: ['https://theintercept.com/'],
  testPages: [
    {
      file: 'fundus/us/TheIntercept_2024_02_28.html.gz',
      url: 'https://theintercept.com/2024/02/28/aaron-bushnell-reddit-fire-protest-israel-palestine/',
      era: '2024',
      title: 'Aaron Bushnell, Who Self-Immolated for Palestine, Had Grown Deeply Disillusioned With the Military',
      byline: 'Nikita Mazurov',
      paragraphs: 22,
      first: '“I have been complicit in the violent domination',
      last: 'Acebush1’s last Reddit post was on February',
      absent: ['Most Read', 'Join Our Newsletter', 'Contact the author'],
      expected: 'fundus/us/TheIntercept_2024_02_28.expected.json',
    },
    {
      file: 'fundus/us/TheIntercept_2023_04_28.html.gz',
      url: 'https://theintercept.com/2023/04/28/montana-trans-zooey-zephyr/',
      era: '2023',
      title: 'An Insider’s View of the Montana Legislature’s Attacks on Trans Rep. Zooey Zephyr',
      byline: 'Ryan Devereaux',
      paragraphs: 24,
      first: 'The ACLU’s Keegan Medrano, a queer, Native',
      last: '“I think this is the moment. I’ve never seen',
      absent: ['Join Our Newsletter', 'Original reporting. Fearless journalism.'],
      expected: 'fundus/us/TheIntercept_2023_04_28.expected.json',
    },
  ],
});
