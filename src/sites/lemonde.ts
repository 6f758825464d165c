import { canonicalize, defineSite } from '../extract/site.ts';

export default defineSite({
  id: 'lemonde',
  hosts: ['www.lemonde.fr', 'lemonde.fr'],
  // /politique/article/2023/08/30/sophie-binet-met-en-garde-..._6187099_823448.html (and /en/... for the English edition)
  isArticle: (url) => /\/(article|live)\/\d{4}\/\d{2}\/\d{2}\/[^/]+\.html$/.test(url.pathname),
  isLiveBlog: (url) => /\/live\/\d{4}\//.test(url.pathname),
  isVideo: (url) => /^\/(en\/)?videos?\//.test(url.pathname),
  isGallery: (url) => /\/portfolio\/\d{4}\//.test(url.pathname),
  canonical: (url) => canonicalize(url, { host: 'www.lemonde.fr', keep: [] }),
  templates: [
    {
      since: '2023',
      lead: '.article__heading .article__desc',
      body: '.article__content p.article__paragraph, .article__content h2.article__sub-title, .article__content ul > li',
      exclude: '.catcher, .dfp-slot, .article__status',
      title: 'h1.article__title, h1',
      authors: '.meta__author--header .article__author-link, .meta__author--header .article__author',
      published: 'meta[property="og:article:published_time"], meta[property="article:published_time"]',
      modified: 'meta[property="og:article:modified_time"], meta[property="article:modified_time"]',
      truncated: '.article__content--restricted-media, .article__wrapper--premium',
    },
  ],
  testFronts: ['https://www.lemonde.fr/politique/'],
  testPages: [
    {
      file: 'fundus/fr/LeMonde_2023_09_01.html.gz',
      url: 'https://www.lemonde.fr/politique/article/2023/08/30/sophie-binet-met-en-garde-emmanuel-macron-sur-la-gravite-de-la-situation-dans-le-pays_6187099_823448.html',
      era: '2023',
      title: 'Sophie Binet met en garde Emmanuel\u00a0Macron sur la «\u00a0gravité de la situation dans le pays\u00a0»',
      byline: 'Bertrand Bissuel',
      paragraphs: 7,
      first: 'Reçue mardi 29\u00a0août à l’Elysée',
      last: 'Pour la syndicaliste, il n’existe qu’une seule voie',
      absent: ['Sophie Binet, élue à la tête de la CGT', 'Il vous reste 57.09%'],
      expected: 'fundus/fr/LeMonde_2023_09_01.expected.json',
    },
  ],
});
