import { canonicalize, defineSite } from '../extract/site.ts';

/** A story split over pages has one address per page (`-p2.html`): all are one story. */
const PAGE_SUFFIX = /-p\d+(\.html)$/;

export default defineSite({
  id: 'faz',
  hosts: ['www.faz.net', 'faz.net', 'm.faz.net'],
  // /aktuell/rhein-main/frankfurt/49-euro-ticket-pendler-zahlen-60-prozent-weniger-18857107.html (ids grew to nine digits in 2025)
  isArticle: (url) => /^\/(aktuell|pro)\/.+-\d{6,}(-p\d+)?\.html$/.test(url.pathname) && !/\/(live|video|bilder)\//.test(url.pathname),
  isLiveBlog: (url) => /-liveblog-|\/liveblog\//.test(url.pathname),
  isVideo: (url) => /\/video\//.test(url.pathname),
  isGallery: (url) => /\/bilder\/|-bilder-/.test(url.pathname),
  canonical: (url) => {
    const out = new URL(url.href);
    out.pathname = out.pathname.replace(PAGE_SUFFIX, '$1');
    return canonicalize(out, { host: 'www.faz.net', keep: [] });
  },
  templates: [
    {
      since: '2025',
      lead: '[data-external-selector="header-teaser"]',
      body: '[data-external-selector="body-elements"] p, [data-external-selector="body-elements"] h3',
      title: '[data-external-selector="header-title"]',
      authors: '[data-external-selector="header-detail"] a[href*="/redaktion/"]',
    },
    {
      since: '2024',
      lead: 'article header .header-teaser',
      body: 'article .body-elements p, article .body-elements h3',
      title: 'article header .header-title',
      authors: 'article header .header-detail a[href*="/redaktion/"]',
    },
    {
      since: '2023',
      body: '.atc-Intro p.atc-IntroText, .atc-Text p.atc-TextParagraph, .atc-Text h3.atc-SubHeadline',
      title: '.atc-HeadlineText, h2.atc-Headline',
      authors: '.atc-MetaAuthor',
    },
  ],
  testFronts: ['https://www.faz.net/aktuell/wirtschaft/'],
  testPages: [
    {
      file: 'fundus/de/FAZ_2023_04_28.html.gz',
      url: 'https://www.faz.net/aktuell/rhein-main/frankfurt/49-euro-ticket-pendler-zahlen-60-prozent-weniger-18857107.html',
      era: '2023',
      title: 'Pendler sparen 60 Prozent bei Bus und Bahn',
      byline: 'Ralf Euler',
      paragraphs: 14,
      first: 'Alles wird teurer, nur nicht der ÖPNV. Allein der',
      last: 'Die Verkehrsminister der Länder haben sich',
      absent: ['Los geht’s: Von Montag an', 'Bildbeschreibung einblenden'],
      expected: 'fundus/de/FAZ_2023_04_28.expected.json',
    },
    {
      file: 'fundus/de/FAZ_2024_04_17.html.gz',
      url: 'https://www.faz.net/aktuell/politik/ausland/die-schweiz-ist-ein-grosser-tummelplatz-fuer-russische-spione-19655247.html',
      era: '2024',
      title: 'Ein großer Tummelplatz für russische Spione',
      byline: 'Johannes Ritter',
      paragraphs: 18,
      first: 'Russlands Geheimdienste nutzen Genf als',
      last: 'Nach den jüngsten Enthüllungen über das',
      absent: ['Streng abgeschirmter Komplex', 'Lesezeit'],
      expected: 'fundus/de/FAZ_2024_04_17.expected.json',
    },
    {
      file: 'fundus/de/FAZ_2025_04_15.html.gz',
      url: 'https://www.faz.net/aktuell/wirtschaft/unternehmen/wie-gefaehrlich-billigware-aus-china-wirklich-ist-110419175.html',
      era: '2025',
      title: 'Wie gefährlich Billigware aus China wirklich ist',
      byline: 'Felix Schwarz',
      paragraphs: 20,
      first: 'Produkte von chinesischen Händlern über Shops wie',
      last: 'Damit eine mögliche Retoure reibungslos verläuft,',
      absent: ['Paketflut aus China: Versandlieferungen', 'Zusammenfassung'],
      expected: 'fundus/de/FAZ_2025_04_15.expected.json',
    },
  ],
});
