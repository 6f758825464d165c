import { canonicalize, defineSite } from '../extract/site.ts';

export default defineSite({
  id: 'ntv',
  hosts: ['www.n-tv.de', 'n-tv.de', 'amp.n-tv.de'],
  // /leben/Judy-Lybke-ganz-und-gar-nicht-eigenartig-article24075843.html; since 2025 /politik/Trump-...-id30134161.html
  isArticle: (url) => /-(article|id)\d{6,}\.html$/.test(url.pathname) && !/^\/mediathek\//.test(url.pathname),
  isLiveBlog: (url) => /liveblog|liveticker/i.test(url.pathname),
  isVideo: (url) => /^\/mediathek\/(videos|livestream|audio)\//.test(url.pathname),
  isGallery: (url) => /^\/mediathek\/bilderserien\//.test(url.pathname),
  canonical: (url) => canonicalize(url, { host: 'www.n-tv.de', keep: [] }),
  templates: [
    {
      since: '2025',
      // The lead, the paragraphs and the subheads of the story line; teasers between them are sections of their own.
      body: '.wrapper-article p[class*="storyline_lead_text"], .wrapper-article p[class*="storyline_paragraph"], .wrapper-article h2[class*="storyline_subheadline"]',
      title: 'h2[class*="article-detail-head_headlines"] [class*="article-detail-head_headline_"]',
    },
    {
      since: '2023',
      body: 'article .article__text p, article .article__text h2',
      exclude: '.article__media, .article__caption',
      title: 'article .article__header .article__headline',
      byline: 'article .article__header .article__author',
    },
  ],
  testFronts: ['https://www.n-tv.de/politik/'],
  testPages: [
    {
      file: 'fundus/de/NTV_2023_04_28.html.gz',
      url: 'https://www.n-tv.de/leben/Judy-Lybke-ganz-und-gar-nicht-eigenartig-article24075843.html',
      era: '2023',
      title: 'Judy Lybke, ganz und gar nicht eigenartig',
      byline: 'Juliane Rohr',
      paragraphs: 14,
      first: 'Leipzig: Hier wurde vor 40 Jahren die Galerie',
      last: 'Mehr Information zu den Standorten und aktuellen',
      absent: ['Gerd Harry Lybke, bekannt als Judy, in den 80er', 'Diese Audioversion wurde künstlich generiert'],
      expected: 'fundus/de/NTV_2023_04_28.expected.json',
    },
    {
      file: 'fundus/de/NTV_2024_08_05.html.gz',
      url: 'https://www.n-tv.de/sport/olympia/Olympische-Spiele-Deutscher-Basketball-Aggressor-beeindruckt-Frankreich-zerfetzt-sich-article25136526.html',
      era: '2023',
      title: 'Deutscher Aggressor beeindruckt, Frankreich hadert',
      byline: 'Seb Dumitru, Lille',
      paragraphs: 26,
      first: 'Nach 18 spannenden Vorrundenpartien vor',
      last: 'Serbien verteilte als Team 31 Vorlagen - der',
      absent: ['Einer der emotionalen Leader im deutschen Team', 'Artikel teilen'],
      expected: 'fundus/de/NTV_2024_08_05.expected.json',
    },
    {
      file: 'fundus/de/NTV_2025_12_12.html.gz',
      url: 'https://www.n-tv.de/politik/Trump-spricht-nach-Tanker-Stuermung-ueber-Bodeneinsaetze-id30134161.html',
      era: '2025',
      title: 'Trump spricht nach Tanker-Stürmung über Bodeneinsätze',
      byline: 'n-tv NACHRICHTEN',
      paragraphs: 10,
      first: 'Die Beschlagnahmung eines Tankers ist die jüngste',
      last: 'Venezuela hat riesige Ölvorkommen, ist stark von',
      absent: ['Quelle: ntv.de, ino/dpa', 'Trump droht Venezuela'],
      expected: 'fundus/de/NTV_2025_12_12.expected.json',
    },
  ],
});
