import { canonicalize, defineSite } from '../extract/site.ts';

export default defineSite({
  id: 'dw',
  hosts: ['www.dw.com', 'dw.com', 'amp.dw.com'],
  // /de/ukrainische-gegenoffensive-ziele-chancen-risiken/a-65464327 (a- story, live- ticker, video-, g- gallery)
  isArticle: (url) => /\/(a|live)-\d+$/.test(url.pathname),
  isLiveBlog: (url) => /\/live-\d+$/.test(url.pathname),
  isVideo: (url) => /\/(video|av)-\d+$/.test(url.pathname),
  isGallery: (url) => /\/g-\d+$/.test(url.pathname),
  // `maca` only says which feed a reader came from.
  canonical: (url) => canonicalize(url, { host: 'www.dw.com', keep: [] }),
  templates: [
    {
      since: '2023-06',
      lead: 'article header p.teaser-text',
      body: 'article .rich-text p, article .rich-text h2',
      title: 'article header h1',
      authors: 'article header .author-details .author',
      // An embedded video's title is an h2 inside the text.
      exclude: '.vjs-wrapper',
    },
    {
      since: '2023',
      body: '#bodyContent .col3 > p.intro, #bodyContent .col3 .longText p, #bodyContent .col3 .longText h2',
      exclude: '.picBox',
      title: '#bodyContent .col3 h1',
      // No byline element: the name follows a label inside one list item ("Autorin/Autor Roman
      // Goncharenko"), so the page's meta author ("Deutsche Welle") stands in.
    },
  ],
  testFronts: ['https://www.dw.com/de/themen/s-9077'],
  testPages: [
    {
      file: 'fundus/de/DW_2023_04_28.html.gz',
      url: 'https://www.dw.com/de/ukrainische-gegenoffensive-ziele-chancen-risiken/a-65464327?maca=de-rss-de-all-1119-xml-mrss',
      era: '2023',
      title: 'Ukrainische Gegenoffensive: Ziele, Chancen, Risiken',
      paragraphs: 18,
      first: 'Die Ukraine bereitet sich auf eine womöglich',
      last: 'Auch die Frage, was nach der Gegenoffensive',
      absent: ['Seit Monaten umkämpft: die ostukrainische Stadt Bachmut', 'Autorin/Autor'],
      expected: 'fundus/de/DW_2023_04_28.expected.json',
    },
    {
      file: 'fundus/de/DW_2023_06_13.html.gz',
      url: 'https://www.dw.com/de/post-vac-syndrom-nach-covid-19-impfung-was-wissen-wir/a-65897191?maca=de-rss-de-all-1119-xml-mrss',
      era: '2023-06',
      title: 'Post-Vac-Syndrom nach COVID-19-Impfung: Was wissen wir?',
      byline: 'Julia Vergin and Clare Roth',
      paragraphs: 30,
      first: 'Müdigkeit und Muskelschmerzen: Jede Impfung kann',
      last: 'Um die vielfältigen Symptome der Betroffenen',
      absent: ['Wie häufig sind Impfschäden?', 'Die Geschichte des Impfens'],
      expected: 'fundus/de/DW_2023_06_13.expected.json',
    },
    {
      file: 'fundus/de/DW_2024_01_30.html.gz',
      url: 'https://www.dw.com/de/russland-wahl-nadeschdin-setzt-auf-ein-ende-der-putin-%C3%A4ra/a-68117411?maca=de-rss-de-all-1119-xml-mrss',
      era: '2023-06',
      title: 'Russland-Wahl: Nadeschdin setzt auf ein Ende der Putin-Ära',
      byline: 'Jennifer Pahlke',
      paragraphs: 18,
      first: 'Tausende standen für ihn stundenlang in der',
      last: 'Sollte Nadeschdin mehr als fünf Prozent der',
      absent: ['Gilt als einziger Antikriegskandidat'],
      expected: 'fundus/de/DW_2024_01_30.expected.json',
    },
  ],
});
