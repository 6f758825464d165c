import { canonicalize, defineSite } from '../extract/site.ts';

export default defineSite({
  id: 'lefigaro',
  hosts: ['www.lefigaro.fr', 'lefigaro.fr'],
  // /international/guerre-en-ukraine-deux-morts-...-20241122; before 2019 /international/2014/05/12/01003-20140512ARTFIG00123-slug.php
  isArticle: (url) => /^\/[a-z0-9-]+(\/[a-z0-9-]+)?\/[a-z0-9-]+-\d{8}$/.test(url.pathname) || /\/\d{5}-\d{8}ARTFIG\d+-[^/]+\.php$/.test(url.pathname),
  // Live pages keep the article form with an "en-direct" slug.
  isLiveBlog: (url) => /\/en-direct-[^/]+$/.test(url.pathname),
  canonical: (url) => canonicalize(url, { host: 'www.lefigaro.fr', keep: [] }),
  templates: [
    {
      since: '2024',
      lead: 'article p.fig-standfirst',
      body: '.fig-content-body p.fig-paragraph, .fig-content-body .fig-body-heading, .fig-content-body li',
      exclude: '.fig-crosslinking, .fig-body-link, .fig-table-contents, .fig-ad-content',
      title: 'h1.fig-headline, h1',
      // The page prints "Par Le Figaro et AFP"; its JSON-LD author holds the names alone, and the template falls back to it.
      published: '.fig-content-metas__pub-date time, meta[property="article:published_time"]',
      modified: '.fig-content-metas__pub-maj-date time, meta[property="article:modified_time"]',
    },
  ],
  testFronts: ['https://www.lefigaro.fr/international'],
  testPages: [
    {
      file: 'fundus/fr/LeFigaro_2024_11_22.html.gz',
      url: 'https://www.lefigaro.fr/international/guerre-en-ukraine-deux-morts-dans-des-frappes-russes-dans-le-nord-est-du-pays-20241122',
      era: '2024',
      title: 'Guerre en Ukraine\u00a0: la Russie affirme avoir fait échouer la campagne militaire ukrainienne pour 2025',
      byline: 'Le Figaro et AFP',
      paragraphs: 28,
      first: 'LE POINT SUR LA SITUATION - «Nous avons pratiquement',
      last: 'Le dirigeant russe Vladimir Poutine a affirmé jeudi',
      absent: ['PODCAST - Écoutez le club Le Figaro International', 'À lire aussi La natalité russe'],
      expected: 'fundus/fr/LeFigaro_2024_11_22.expected.json',
    },
  ],
});
