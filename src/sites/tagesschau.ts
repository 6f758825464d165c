import { canonicalize, defineSite } from '../extract/site.ts';

export default defineSite({
  id: 'tagesschau',
  hosts: ['www.tagesschau.de', 'tagesschau.de'],
  // /inland/innenpolitik/ahrtal-flut-bilanz-100.html: a story ends in -NNN.html, a section front in /index.html
  isArticle: (url) => /\/[^/]+-\d+\.html$/.test(url.pathname) && !/^\/(multimedia|video|investigativ\/video)\//.test(url.pathname),
  isLiveBlog: (url) => /liveblog/.test(url.pathname),
  isVideo: (url) => /^\/multimedia\/(video|sendung)\//.test(url.pathname) || /\/video-\d+\.html$/.test(url.pathname),
  isGallery: (url) => /^\/multimedia\/bilder\//.test(url.pathname) || /\/bilder\/|bildergalerie/.test(url.pathname),
  canonical: (url) => canonicalize(url, { host: 'www.tagesschau.de', keep: [] }),
  templates: [
    {
      since: '2023',
      body: 'article p.textabsatz, article h2.meldung__subhead',
      title: '.seitenkopf__headline--text, h1.seitenkopf__headline',
      authors: '.authorline__author a',
      byline: '.authorline__author',
    },
  ],
  testFronts: ['https://www.tagesschau.de/inland/index.html'],
  testPages: [
    {
      file: 'fundus/de/Tagesschau_2023_04_28.html.gz',
      url: 'https://www.tagesschau.de/inland/innenpolitik/ahrtal-flut-bilanz-100.html',
      era: '2023',
      title: 'Zwei Rücktritte - und viele offene Fragen',
      byline: 'Christin Jordan',
      paragraphs: 16,
      first: 'Nach 42 Sitzungen hat der Untersuchungsausschuss',
      last: 'Mit dem Ende der Beweisaufnahme ist die Arbeit',
      absent: ['Mehr zum Thema', 'Stand: 28.04.2023'],
      expected: 'fundus/de/Tagesschau_2023_04_28.expected.json',
    },
  ],
});
