import { canonicalize, defineSite } from '../extract/site.ts';

export default defineSite({
  id: 'abc',
  hosts: ['www.abc.es', 'abc.es'],
  // /sociedad/detenido-policia-...-20241202105634-nt.html; "-nts" for subscribers' stories, "-ntrd" for live pages
  isArticle: (url) => /-\d{14}-(nt|nts|ntrd)\.html$/.test(url.pathname),
  isLiveBlog: (url) => /-\d{14}-ntrd\.html$/.test(url.pathname),
  isVideo: (url) => /-\d{14}-vi\.html$/.test(url.pathname),
  canonical: (url) => canonicalize(url, { host: 'www.abc.es', keep: [] }),
  templates: [
    {
      since: '2026',
      lead: 'article .v-a-s-t',
      body: 'article .v-d p.v-d-p, article .v-d .v-cmp-suh, article .v-d li',
      // "Noticia relacionada" cards sit between the paragraphs.
      exclude: '.v-cmp-rld',
      gated: '.paywall[hidden]',
      title: 'article h1.v-a-t, h1',
      published: 'meta[property="article:published_time"]',
      modified: 'meta[property="article:modified_time"]',
    },
    {
      since: '2025',
      lead: '.voc-article--detail .voc-subtitle',
      body: 'article .voc-d p.voc-p, article .voc-d .voc-d-c__s-title',
      exclude: '.voc-d-c-related-news, .voc-author',
      title: 'article h1.voc-title, h1',
      byline: '.voc-author__name',
      published: 'meta[property="article:published_time"]',
      modified: 'meta[property="article:modified_time"]',
    },
  ],
  testFronts: ['https://www.abc.es/sociedad/'],
  testPages: [
    {
      file: 'fundus/es/ABC_2026_04_25.html.gz',
      url: 'https://www.abc.es/espana/andalucia/cordoba/cordoba-patrimonio-logra-punto-vital-ante-noia-20260425145127-nts.html',
      era: '2026',
      title: 'El Córdoba Patrimonio logra un punto vital ante Noia en la lucha por la salvación (3-3)',
      byline: 'Daniel Aragón',
      paragraphs: 14,
      first: 'El conjunto blanquiverde se puso por delante',
      last: 'Con el objetivo de retomar las tablas, Noia',
      absent: ['Noticia relacionada', 'El Coto Córdoba encara en Vista Alegre'],
      expected: 'fundus/es/ABC_2026_04_25.expected.json',
    },
    {
      file: 'fundus/es/ABC_2025_01_13.html.gz',
      url: 'https://www.abc.es/sociedad/detenido-policia-abusar-torturar-sexualmente-cuatro-hijos-20241202105634-nt.html',
      era: '2025',
      title: 'Detenido un policía por abusar y torturar sexualmente a sus cuatro hijos durante casi una década',
      byline: 'Marta Cañete',
      paragraphs: 11,
      first: 'El agente de 45 años trabajaba en la seguridad',
      last: 'La policía ha afirmado que al detenido',
      absent: ['Los hechos habrían ocurrido entre 2004 y 2019', 'Detenida una madre por dejar encerrada', 'Corresponsal en Atenas'],
      expected: 'fundus/es/ABC_2025_01_13.expected.json',
    },
  ],
});
