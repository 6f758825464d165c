import { canonicalize, defineSite } from '../extract/site.ts';

export default defineSite({
  id: 'lavanguardia',
  hosts: ['www.lavanguardia.com', 'lavanguardia.com'],
  // /politica/20250113/10277301/juez-cita-investigado-fiscal-general-....html
  isArticle: (url) => /\/\d{8}\/\d+\/[^/]+\.html$/.test(url.pathname),
  // /local/andalucia/20260710/11588830/incendio-forestal-los-gallardos-almeria-en-directo-ultima-hora.html
  isLiveBlog: (url) => /\/\d{8}\/\d+\/[^/]*-en-directo[^/]*\.html$/.test(url.pathname),
  canonical: (url) => canonicalize(url, { host: 'www.lavanguardia.com', keep: [] }),
  templates: [
    {
      since: '2026',
      lead: 'article header .subtitles .subtitle',
      // A subhead box fills either its epigraph or its title line; a quote box and an explainer box are not the story's text.
      body: 'article .article_story p.paragraph, article .article_story .highlight .epigraph, article .article_story .highlight .title, article .article_story li',
      exclude: '.highlight--quote, .content_component.information, .content_component.tags',
      title: 'article h1, h1',
      byline: '.article_info .author_name',
      published: '.article_info time.published, meta[property="article:published_time"]',
      modified: '.article_info time.modified, meta[property="article:modified_time"]',
    },
    {
      since: '2025',
      lead: '.article-top .epigraph',
      body: '.article-modules p.paragraph, .article-modules .content-subtitle .subtitle, .article-modules li',
      exclude: '.content-related',
      title: '.article-top h1.title, h1',
      byline: '.author-name',
      published: '.date-time time.created, meta[property="og:article:published_time"]',
      modified: '.date-time time.modified, meta[property="article:modified_time"]',
    },
  ],
  testFronts: ['https://www.lavanguardia.com/politica'],
  testPages: [
    {
      file: 'fundus/es/LaVanguardia_2026_07_11.html.gz',
      url: 'https://www.lavanguardia.com/local/andalucia/20260710/11588570/mueren-seis-personas-incendio-forestal-gallardos.html',
      era: '2026',
      title: 'Al menos 12 fallecidos en el incendio de Almería y otras 23 personas permanecen sin localizar',
      byline: 'Chus del Pino, Martí Abad (Enviado especial)',
      paragraphs: 37,
      first: 'La Junta de Andalucía eleva a 4.000 el número',
      last: 'Las muestras de apoyo se sucedieron durante',
      absent: ['Última hora del incendio en Los Gallardos', 'Barrancos, pinar y viviendas diseminadas', 'Trabajamos todas las administraciones coordinadas', 'Córdoba, 1984. Periodista.'],
      expected: 'fundus/es/LaVanguardia_2026_07_11.expected.json',
    },
    {
      file: 'fundus/es/LaVanguardia_2025_01_13.html.gz',
      url: 'https://www.lavanguardia.com/politica/20250113/10277301/juez-cita-investigado-fiscal-general-revelar-datos-pareja-diaz-ayuso.html',
      era: '2025',
      title: 'El juez cita como investigado al fiscal general por revelar datos de la pareja de Díaz Ayuso',
      byline: 'Carlota Guindal',
      paragraphs: 23,
      first: 'El magistrado Ángel Hurtado ve “apuntalados”',
      last: 'Ante estas circunstancias, añade el auto',
      absent: ['El fiscal general, en una bola de nieve', 'revelar datos de Alberto González Amador'],
      expected: 'fundus/es/LaVanguardia_2025_01_13.expected.json',
    },
  ],
});
