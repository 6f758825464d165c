import { canonicalize, defineSite } from '../extract/site.ts';

export default defineSite({
  id: 'nzz',
  hosts: ['www.nzz.ch', 'nzz.ch'],
  // /international/israel-und-gaza-news-und-entwicklungen-im-nahostkonflikt-ld.1759794
  isArticle: (url) => /-ld\.\d+$/.test(url.pathname),
  isVideo: (url) => /^\/video\//.test(url.pathname),
  canonical: (url) => canonicalize(url, { host: 'www.nzz.ch', keep: [] }),
  templates: [
    {
      since: '2024',
      // The story is a run of typed components: subtitles, lists, a ticker entry's time and title, paragraphs.
      body: [
        '.article .headline__lead',
        '.article h2.subtitle',
        '.article .enumeration__item',
        '.article h5.time',
        '.article p.text',
      ].join(', '),
      title: '.article h1.headline__title',
      byline: '.article .headline__meta .metainfo__item--author',
    },
  ],
  testFronts: ['https://www.nzz.ch/international'],
  testPages: [
    {
      file: 'fundus/ch/NZZ_2024_07_18.html.gz',
      url: 'https://www.nzz.ch/international/israel-und-gaza-news-und-entwicklungen-im-nahostkonflikt-ld.1759794',
      era: '2024',
      title: 'Krieg in Nahost: USA schliessen provisorischen Hafen vor Gaza-Küste +++ Israel schickt Panzer in Norden von Rafah',
      byline: 'NZZ-Redaktion',
      paragraphs: 47,
      first: 'Die wichtigsten Neuigkeiten zum Gaza-Krieg im',
      last: 'Das israelische Militär hat im Norden des Landes',
      absent: ['Der Hafen vor der Küste des Gazastreifens war seit Mai', 'Drucken'],
      expected: 'fundus/ch/NZZ_2024_07_18.expected.json',
    },
  ],
});
