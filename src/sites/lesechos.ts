import { canonicalize, defineSite } from '../extract/site.ts';

export default defineSite({
  id: 'lesechos',
  hosts: ['www.lesechos.fr', 'lesechos.fr'],
  // /monde/enjeux-internationaux/le-fil-info-les-principales-infos-de-ce-jeudi-18-juillet-2108558
  isArticle: (url) => /^\/[a-z0-9-]+\/([a-z0-9-]+\/)?[a-z0-9-]+-\d{6,}$/.test(url.pathname),
  // The running pages of a news day: /politique-societe/politique/direct-legislatives-...-2108550
  isLiveBlog: (url) => /\/direct-[a-z0-9-]+-\d{6,}$/.test(url.pathname),
  canonical: (url) => canonicalize(url, { host: 'www.lesechos.fr', keep: [] }),
  templates: [
    {
      since: '2024',
      lead: 'article header h1 ~ p',
      // The page's classes are generated names that change with each build; only the body's
      // `post-paywall` is a name. Read-also and "principales infos" boxes are divs inside it, so
      // the story is its own children.
      body: '.post-paywall > p, .post-paywall > h2, .post-paywall > h3, .post-paywall > ul > li, .post-paywall > blockquote p',
      title: 'article header h1, h1',
    },
  ],
  testFronts: ['https://www.lesechos.fr/monde/enjeux-internationaux'],
  testPages: [
    {
      file: 'fundus/fr/LesEchos_2024_07_18.html.gz',
      url: 'https://www.lesechos.fr/monde/enjeux-internationaux/le-fil-info-les-principales-infos-de-ce-jeudi-18-juillet-2108558',
      era: '2024',
      title: 'Europe\u00a0: les ventes de voitures neuves ont progressé au premier semestre',
      byline: 'Les Echos',
      paragraphs: 52,
      first: 'Les ventes de voitures neuves dans l\'UE affichent en juin',
      last: 'La Chine a annoncé la fin d\'exercices militaires',
      absent: ['le fil des événements de la journée', 'découvrez nos offres Premium'],
      expected: 'fundus/fr/LesEchos_2024_07_18.expected.json',
    },
  ],
});
