import { canonicalize, defineSite } from '../extract/site.ts';

/**
 * Where a story came from, under its last paragraph: a licensed story's "© The Financial Times
 * Ltd. 2024", a sister title's "Dieser Artikel ist zuerst bei "Capital" erschienen."
 */
const SOURCE_NOTES = [/^© .{2,60}\b\d{4}$/, /^Dieser Artikel ist zuerst (bei|auf|im|in) .{1,40} erschienen\.?$/];

export default defineSite({
  id: 'stern',
  hosts: ['www.stern.de', 'stern.de'],
  // /wirtschaft/geld/epi-zahlungssystem--so-kann-europa-paypal--apple-pay-und-visa-schlagen-33420056.html
  isArticle: (url) => /-\d{7,}\.html$/.test(url.pathname),
  isLiveBlog: (url) => /(liveblog|live-?ticker)/.test(url.pathname),
  isVideo: (url) => /-video-\d+\.html$|^\/video\//.test(url.pathname),
  isGallery: (url) => /\/bilder\/|-bilder-\d+\.html$|-fotostrecke-/.test(url.pathname),
  canonical: (url) => canonicalize(url, { host: 'www.stern.de', keep: [] }),
  templates: [
    {
      since: '2024',
      body: 'article .article__body > .intro, article .article__body .text-element > p, article .article__body h2.typo-headline2',
      exclude: '.group-inline-gallery, ws-gallery',
      chrome: SOURCE_NOTES,
      title: 'article .title .title__headline',
      authors: 'article .authors .authors__list-item .typo-article-info-bold',
    },
    {
      since: '2023',
      body: 'article .article__body .intro__text, article .article__body p.text-element, article .article__body h2.subheadline-element',
      exclude: '.group-inline-gallery, ws-gallery',
      title: 'article .title__headline',
      byline: 'article .authors__text',
      chrome: SOURCE_NOTES,
    },
  ],
  testFronts: ['https://www.stern.de/politik/'],
  testPages: [
    {
      file: 'fundus/de/Stern_2023_04_28.html.gz',
      url: 'https://www.stern.de/wirtschaft/geld/epi-zahlungssystem--so-kann-europa-paypal--apple-pay-und-visa-schlagen-33420056.html?utm_campaign=alle-nachrichten&utm_medium=rss-feed&utm_source=standard',
      era: '2023',
      title: 'Statt Paypal & Co.: So könnte Europas neues Bezahlsystem die US-Konkurrenz schlagen',
      byline: 'Laura Eßlinger',
      paragraphs: 16,
      first: 'Europas Banken wollen beim Zahlungsverkehr',
      last: 'Darüber hinaus müsse es auch Rabattaktionen und',
      absent: ['Dieser Artikel ist zuerst bei', 'Zu Bezahlmethoden wie Apple Pay'],
      expected: 'fundus/de/Stern_2023_04_28.expected.json',
    },
    {
      file: 'fundus/de/Stern_2024_11_05.html.gz',
      url: 'https://www.stern.de/capital/donald-trump--warum-kritik-an-seinem-charakter-so-ineffektiv-ist--35200132.html',
      era: '2024',
      title: 'Warum Kritik an Trumps Charakter so ineffektiv ist und verpufft',
      byline: 'Jemima Kelly',
      paragraphs: 16,
      first: 'Die Demokraten versuchen, Trump als unmoralisch',
      last: 'Schon in Kürze werden wir herausfinden, ob Trumps',
      absent: ['© The Financial Times', 'Diese Milliardäre sponsern Donald Trump'],
      expected: 'fundus/de/Stern_2024_11_05.expected.json',
    },
  ],
});
