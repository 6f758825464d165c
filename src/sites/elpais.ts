import { canonicalize, defineSite } from '../extract/site.ts';

export default defineSite({
  id: 'elpais',
  hosts: ['elpais.com', 'www.elpais.com', 'english.elpais.com'],
  // /internacional/2024-10-15/bruselas-sondea-la-apertura-de-centros-de-deportacion-fuera-de-la-union-europea.html
  isArticle: (url) => /\/\d{4}-\d{2}-\d{2}\/[^/]+\.html$/.test(url.pathname),
  isLiveBlog: (url) => /\/\d{4}-\d{2}-\d{2}\/[^/]*directo[^/]*\.html$/.test(url.pathname),
  // The English edition keeps its own host: its stories are other texts, not copies.
  canonical: (url) => canonicalize(url, { host: url.hostname === 'english.elpais.com' ? 'english.elpais.com' : 'elpais.com', keep: [] }),
  templates: [
    {
      since: '2024',
      lead: 'article header .a_st',
      body: 'article .a_c p, article .a_c h2, article .a_c h3, article .a_c li',
      title: 'article h1.a_t, h1',
      authors: '.a_md_a .a_md_a_n, .a_md_a a',
      published: '#article_date_p, meta[property="article:published_time"]',
      modified: '#article_date_u, meta[property="article:modified_time"]',
    },
  ],
  testFronts: ['https://elpais.com/internacional/'],
  testPages: [
    {
      file: 'fundus/es/ElPais_2024_10_15.html.gz',
      url: 'https://elpais.com/internacional/2024-10-15/bruselas-sondea-la-apertura-de-centros-de-deportacion-fuera-de-la-union-europea.html',
      era: '2024',
      title: 'Bruselas sondea la apertura de centros de deportación fuera de la Unión Europea',
      byline: 'María R. Sahuquillo',
      paragraphs: 14,
      first: 'La Comisión endurecerá la regulación sobre deportaciones',
      last: 'Cada vez más gobiernos han endurecido su política',
      absent: ['Tu suscripción se está usando en otro dispositivo', 'Quince países piden a Bruselas'],
      expected: 'fundus/es/ElPais_2024_10_15.expected.json',
    },
  ],
});
