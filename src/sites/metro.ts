import { defineSite } from '../extract/site.ts';

/** Metro's own lines under a story: the newsroom's address, the section pointer, and its "MORE:" links. */
const METRO_LINES = [
  /^(got a story\? )?get in touch with our news team by emailing us at \S+@metro\.co\.uk\b/i,
  /^for more stories like this,? check our [\w ]+ page\.?$/i,
  /^follow metro\.co\.uk on\b/i,
  /^MORE ?: /,
];

export default defineSite({
  id: 'metro',
  hosts: ['metro.co.uk', 'www.metro.co.uk'],
  // /2024/07/17/king-charles-arrives-parliament-first-kings-speech-new-labour-government-21244172/
  isArticle: (url) => /^\/\d{4}\/\d{2}\/\d{2}\/[^/]+-\d+\/?$/.test(url.pathname),
  isVideo: (url) => /^\/video\//.test(url.pathname),
  templates: [
    {
      since: '2024-11',
      body: '.article__content__inner p, .article__content__inner h2, .article__content__inner h3, .article__content__inner li',
      exclude: '.metro-more-link, .trending-now, .newsletter-end-card, .metro-factbox, .ad-slot, .video-player',
      title: 'h1.article__title, h1',
      authors: '.article__meta a.author-name',
      published: 'meta[property="article:published_time"]',
      chrome: METRO_LINES,
    },
    {
      since: '2024',
      body: '.single-article .article-body p, .single-article .article-body h2, .single-article .article-body h3, .single-article .article-body li',
      exclude: '.metro-more-link, .metro-factbox, .metro-email-signup, .ad-slot-container, .metro-video-player',
      title: 'h1.post-title, h1',
      authors: '.byline-container a.author',
      published: 'meta[property="article:published_time"]',
      chrome: METRO_LINES,
    },
  ],
  testFronts: ['https://metro.co.uk/news/'],
  testPages: [
    {
      file: 'fundus/uk/Metro_2024_07_17.html.gz',
      url: 'https://metro.co.uk/2024/07/17/king-charles-arrives-parliament-first-kings-speech-new-labour-government-21244172/?ico=mosaic_politics',
      era: '2024',
      title: 'Five key policies announced in first King’s Speech of Labour government',
      byline: 'Jen Mills',
      paragraphs: 41,
      first: 'Labour has announced sweeping changes in their',
      last: 'On social media the Metropolitan Police said: ‘A',
      absent: ['Follow Metro.co.uk on Twitter', "The King's Speech 2024 full transcript"],
      expected: 'fundus/uk/Metro_2024_07_17.expected.json',
    },
    {
      file: 'fundus/uk/Metro_2024_11_29.html.gz',
      url: 'https://metro.co.uk/2024/11/18/sweden-tells-5-000-000-households-how-survive-wwiii-new-war-pamphlet-22018356/',
      era: '2024-11',
      title: 'Sweden tells 5,000,000 households ‘how to survive WWIII’ in new war pamphlet',
      byline: 'Noora Mykkanen',
      paragraphs: 32,
      first: 'Sweden and Finland have told millions of',
      last: 'Norway and Denmark have recently also published',
      absent: ['Get in touch with our news team', 'MORE: Putin'],
      expected: 'fundus/uk/Metro_2024_11_29.expected.json',
    },
  ],
});
