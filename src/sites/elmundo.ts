import { canonicalize, defineSite } from '../extract/site.ts';

export default defineSite({
  id: 'elmundo',
  // amp.elmundo.es is the page's own amphtml link.
  hosts: ['www.elmundo.es', 'elmundo.es', 'amp.elmundo.es'],
  // /deportes/formula-1/2024/12/02/674cdc8a21efa004028b45a8.html
  isArticle: (url) => /\/\d{4}\/\d{2}\/\d{2}\/[0-9a-f]{24}\.html$/.test(url.pathname),
  canonical: (url) => canonicalize(url, { host: 'www.elmundo.es', keep: [] }),
  templates: [
    {
      since: '2024',
      lead: '.ue-c-article__standfirst p',
      body: 'article .ue-c-article__body p.ue-c-article__paragraph, article .ue-c-article__body .ue-c-article__subheadline, article .ue-c-article__body li',
      exclude: '.ue-c-cover-content',
      title: 'h1.ue-c-article__headline, h1',
      authors: '.ue-c-article__author-name-item',
      published: 'meta[property="article:published_time"]',
      modified: '.ue-c-article__publishdate time, meta[property="article:modified_time"]',
    },
  ],
  testFronts: ['https://www.elmundo.es/deportes/formula-1.html'],
  testPages: [
    {
      file: 'fundus/es/ElMundo_2024_12_02.html.gz',
      url: 'https://www.elmundo.es/deportes/formula-1/2024/12/02/674cdc8a21efa004028b45a8.html',
      // Stored by fundus as UTF-8; the page still declares iso-8859-15.
      contentType: 'text/html; charset=utf-8',
      era: '2024',
      title: 'La revancha de Verstappen frente a Russell tras su sanción: "No le soporto. Que se vaya a la mierda"',
      byline: 'Miguel A. Herguedas',
      paragraphs: 14,
      first: '"Ayer perdí completamente el respeto por él"',
      last: 'Ahora queda por resolver la delicadísima situación',
      absent: ['Verstappen y Russell, durante la primera vuelta', 'Artículos Miguel A. Herguedas'],
      expected: 'fundus/es/ElMundo_2024_12_02.expected.json',
    },
  ],
});
