import { canonicalize, defineSite } from '../extract/site.ts';

/** A story split over pages has one address per page and one for the whole: all are one story. */
const PAGE_SUFFIX = /\/(komplettansicht|seite-\d+)\/?$/;

export default defineSite({
  id: 'zeit',
  hosts: ['www.zeit.de', 'zeit.de'],
  // /news/2023-04/28/nach-massenschlaegerei-...; /politik/ausland/2023-04/ukraine-gegenoffensive
  isArticle: (url) => /\/\d{4}-\d{2}\/(\d{2}\/)?[^/]+/.test(url.pathname),
  isLiveBlog: (url) => /liveblog|-live-?ticker/.test(url.pathname),
  isVideo: (url) => /^\/video\//.test(url.pathname),
  isGallery: (url) => /\/(bildergalerie|fotostrecke)-?/.test(url.pathname),
  canonical: (url) => {
    const out = new URL(url.href);
    out.pathname = out.pathname.replace(PAGE_SUFFIX, '');
    return canonicalize(out, { host: 'www.zeit.de', keep: [] });
  },
  templates: [
    {
      since: '2023',
      lead: '.article-header .summary, .article__item > .summary',
      body: '.article-body p.paragraph, .article-body h2.article__subheading',
      exclude: '.article-notice, .zplus-badge',
      title: 'h1.article-heading, h1',
      byline: '.byline, .metadata__author',
      // The agency's copyright line under every news-desk story.
      chrome: [/^© dpa-infocom\b/],
    },
  ],
  testFronts: ['https://www.zeit.de/politik/index'],
  testPages: [
    {
      file: 'fundus/de/DieZeit_2023_04_28.html.gz',
      url: 'https://www.zeit.de/news/2023-04/28/nach-massenschlaegerei-real-star-llull-entschuldigt-sich',
      era: '2023',
      title: 'Basketball-Euroleague: Nach Massenschlägerei in Madrid: Sanktionen und Reue',
      byline: 'dpa',
      paragraphs: 7,
      first: 'Nach der Massenschlägerei beim Euroleague-Spiel',
      last: 'Die Euroleague verurteilte die Geschehnisse in',
      absent: ['ZEIT ONLINE hat diese Meldung redaktionell nicht bearbeitet', '© dpa-infocom'],
      expected: 'fundus/de/DieZeit_2023_04_28.expected.json',
    },
  ],
});
