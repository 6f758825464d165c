import { canonicalize, defineSite } from '../extract/site.ts';

export default defineSite({
  id: 'businessinsider',
  hosts: ['www.businessinsider.com', 'businessinsider.com'],
  // /every-dune-outfit-zendaya-wore-ranked-2024-2: the slug ends with the year and month.
  isArticle: (url) => /^\/([a-z0-9-]+\/)?[a-z0-9-]+-\d{4}-\d{1,2}\/?$/.test(url.pathname),
  canonical: (url) => canonicalize(url, { host: 'www.businessinsider.com', keep: [] }),
  templates: [
    {
      since: '2025',
      body: '#post-body .post-summary-bullets li, #post-body .post-story-body-content p, #post-body .post-story-body-content h2',
      exclude: '.related-posts',
      title: 'section.post-headline h1, h1',
      byline: '.byline-author-name',
    },
    {
      since: '2024',
      // Lists and slideshows alike: summary bullets, then each slide's title and its text.
      body: '#piano-inline-content-wrapper .summary-list li, #piano-inline-content-wrapper p, .slide-title-text, .slide-layout p',
      exclude: '.content-recommendations-component, .inline-newsletter-signup',
      title: 'h1.post-headline, h1',
      byline: '.byline-author-name',
    },
  ],
  testFronts: ['https://www.businessinsider.com/sai'],
  testPages: [
    {
      file: 'fundus/us/BusinessInsider_2025_04_01.html.gz',
      url: 'https://www.businessinsider.com/bariatric-surgery-weight-loss-changes-unexpected-2025-3',
      era: '2025',
      title: 'A woman who lost 130 pounds shares 7 changes she wasn\'t expecting — from people being nicer to her to food tasting different',
      byline: 'Serafina Kenny',
      paragraphs: 39,
      first: 'Emma Roma Jayne struggled with her weight',
      last: 'She said surrounding herself with the right',
      absent: ['Related stories', 'Business Insider tells the innovative stories', 'Roma Jayne underwent bariatric weight loss surgery in 2023.'],
      expected: 'fundus/us/BusinessInsider_2025_04_01.expected.json',
    },
    {
      file: 'fundus/us/BusinessInsider_2024_02_14.html.gz',
      url: 'https://www.businessinsider.com/every-dune-outfit-zendaya-wore-ranked-2024-2',
      era: '2024',
      title: 'Every outfit Zendaya has worn to promote the \'Dune\' franchise, ranked from least to most daring',
      byline: 'Amanda Krause',
      paragraphs: 52,
      first: 'Zendaya is widely recognized as a fashion',
      last: 'The latter piece wasn\'t as traditional as',
      absent: ['Read next', 'Sign up to get the inside scoop', 'Future Publishing/Getty Images'],
      expected: 'fundus/us/BusinessInsider_2024_02_14.expected.json',
    },
  ],
});
