import { canonicalize, defineSite } from '../extract/site.ts';

/**
 * Notes that close a story and are not part of it: the reporter's ("Korrespondent Ulrich Exner
 * ist bei WELT für landespolitische Themen zuständig. ..."), the business desk's podcast promo
 * ("„Alles auf Aktien“ ist der tägliche Börsen-Shot ... Abonnieren Sie den Podcast bei Spotify ...").
 */
const CLOSING_NOTES = [/^[^.]{0,120} ist bei WELT (für|als)\b/, /\bAbonnieren Sie den Podcast (bei|auf)\b/];

export default defineSite({
  id: 'welt',
  hosts: ['www.welt.de', 'welt.de'],
  // /wirtschaft/article245055596/BIP-Diese-Grafiken-zeigen-....html; live tickers are /live245055596/
  isArticle: (url) => /\/(article|live)\d+\//.test(url.pathname),
  isLiveBlog: (url) => /\/live\d+\//.test(url.pathname),
  isVideo: (url) => /^\/(videos|mediathek)\//.test(url.pathname),
  isGallery: (url) => /\/bildergalerien?\//.test(url.pathname),
  canonical: (url) => canonicalize(url, { host: 'www.welt.de', keep: [] }),
  templates: [
    {
      since: '2024',
      lead: '.c-article-page__intro p',
      body: '.c-article-page__text .c-rich-text-renderer p, .c-article-page__text .c-rich-text-renderer h3',
      title: '.c-article-header__headline',
      authors: '.c-article-header__author-by a[href*="/autor/"]',
      byline: '.c-article-header__author-by',
      chrome: CLOSING_NOTES,
    },
    {
      since: '2023',
      chrome: CLOSING_NOTES,
      lead: '[data-qa="Article.Header"] [data-qa="Article.Intro"]',
      body: '.c-article-text p, .c-article-text h3',
      title: '[data-qa="Article.Header"] [data-qa="Headline"], h2.c-headline',
      authors: '[data-qa="Article.Header"] .c-author__by-line a[href*="/autor/"]',
      byline: '[data-qa="Article.Header"] .c-author__by-line',
    },
  ],
  testFronts: ['https://www.welt.de/wirtschaft/'],
  testPages: [
    {
      file: 'fundus/de/DieWelt_2023_04_28.html.gz',
      url: 'https://www.welt.de/wirtschaft/article245055596/BIP-Diese-Grafiken-zeigen-wie-schlecht-es-um-Deutschlands-Wirtschaft-steht.html',
      era: '2023',
      title: 'Diese zwei Grafiken zeigen, wie schlecht es um Deutschlands Wirtschaft steht',
      byline: 'Holger Zschäpitz',
      paragraphs: 13,
      first: 'Die deutsche Wirtschaft stagniert, während andere',
      last: 'Es gibt einen kleinen Trost für die schwachen',
      absent: ['Lesedauer', 'Quelle: fhm/Getty Images', 'Abonnieren Sie den Podcast'],
      expected: 'fundus/de/DieWelt_2023_04_28.expected.json',
    },
    {
      file: 'fundus/de/DieWelt_2024_08_27.html.gz',
      url: 'https://www.welt.de/politik/deutschland/article253202060/Landtagswahl-in-Thueringen-Voigt-Hoecke-und-der-Vorwurf-einer-Luege-vor-laufender-Kamera.html?source=puerto-reco-2_ABC-V41.3.C_FCM_p35_extra_row',
      era: '2024',
      title: 'Voigt, Höcke und der Vorwurf einer Lüge vor laufender Kamera',
      byline: 'Ulrich Exner',
      paragraphs: 16,
      first: 'In der letzten großen TV-Debatte vor der',
      last: 'Für die Landtagswahl in Thüringen am kommenden',
      absent: ['Korrespondent Ulrich Exner ist bei WELT', 'Mario Voigt (CDU) und Björn Höcke (AfD)'],
      expected: 'fundus/de/DieWelt_2024_08_27.expected.json',
    },
  ],
});
