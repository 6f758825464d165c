/**
 * The German-language site files' URL rules: which addresses are stories, which are live
 * tickers, and the one address a story is kept under whatever feed or page it was reached by.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/extract/node.ts';
import { detectArticle } from '../../src/sites/index.ts';

const blank = parseDocument('<!doctype html><html><head></head><body><p>Text</p></body></html>');
const detect = (url: string) => detectArticle(new URL(url), blank);

describe('German-language sites: URL rules', () => {
  it.each([
    ['https://www.spiegel.de/wirtschaft/unternehmen/silicon-valley-bank-federal-reserve-raeumt-versaeumnisse-bei-aufsicht-ein-a-60a0111a-c2d2-46c8-9e93-b16a374e6ba8#ref=rss', 'https://www.spiegel.de/wirtschaft/unternehmen/silicon-valley-bank-federal-reserve-raeumt-versaeumnisse-bei-aufsicht-ein-a-60a0111a-c2d2-46c8-9e93-b16a374e6ba8'],
    ['https://www.zeit.de/politik/ausland/2023-04/ukraine-gegenoffensive-russland/komplettansicht', 'https://www.zeit.de/politik/ausland/2023-04/ukraine-gegenoffensive-russland'],
    ['https://www.zeit.de/politik/ausland/2023-04/ukraine-gegenoffensive-russland/seite-2', 'https://www.zeit.de/politik/ausland/2023-04/ukraine-gegenoffensive-russland'],
    ['https://www.faz.net/aktuell/politik/ausland/die-schweiz-ist-ein-grosser-tummelplatz-fuer-russische-spione-19655247-p2.html', 'https://www.faz.net/aktuell/politik/ausland/die-schweiz-ist-ein-grosser-tummelplatz-fuer-russische-spione-19655247.html'],
    ['https://www.welt.de/politik/deutschland/article253202060/Landtagswahl-in-Thueringen.html?source=puerto-reco-2_ABC-V41.3.C_FCM_p35_extra_row', 'https://www.welt.de/politik/deutschland/article253202060/Landtagswahl-in-Thueringen.html'],
    ['https://www.dw.com/de/ukrainische-gegenoffensive-ziele-chancen-risiken/a-65464327?maca=de-rss-de-all-1119-xml-mrss', 'https://www.dw.com/de/ukrainische-gegenoffensive-ziele-chancen-risiken/a-65464327'],
    ['https://www.stern.de/capital/donald-trump--warum-kritik-an-seinem-charakter-so-ineffektiv-ist--35200132.html?utm_campaign=alle-nachrichten&utm_medium=rss-feed', 'https://www.stern.de/capital/donald-trump--warum-kritik-an-seinem-charakter-so-ineffektiv-ist--35200132.html'],
    ['https://www.derstandard.at/story/3000000218734/nach-kalifat-rufen-in-hamburg-sind-wir-zu-sanft-zu-islamisten?ref=rss', 'https://www.derstandard.at/story/3000000218734/nach-kalifat-rufen-in-hamburg-sind-wir-zu-sanft-zu-islamisten'],
    ['http://www.orf.at/stories/3376705/', 'https://orf.at/stories/3376705/'],
  ])('%s is a story kept under one address', (url, canonical) => {
    expect(detect(url)).toMatchObject({ kind: 'article', url: canonical, liveBlog: false });
  });

  it.each([
    'https://www.welt.de/politik/ausland/live248583234/Ukraine-Krieg-Selenskyj.html',
    'https://www.derstandard.at/jetzt/livebericht/3000000218800/nahost-krieg',
    'https://www.dw.com/de/krieg-in-der-ukraine-aktuell/live-65470000',
    'https://www.tagesschau.de/newsticker/liveblog-ukraine-freitag-312.html',
    'https://www.sueddeutsche.de/politik/ukraine-russland-krieg-news-liveblog-1.5827300',
  ])('%s is a live ticker', (url) => {
    expect(detect(url)).toMatchObject({ kind: 'article', liveBlog: true });
  });

  it('a video page is not a story', () => {
    expect(detect('https://www.spiegel.de/video/ukraine-krieg-video-vid-12345678-aaaa-bbbb-cccc-1234567890ab')).toEqual({ kind: 'not-article', reason: 'video' });
    expect(detect('https://www.n-tv.de/mediathek/videos/politik/Trump-droht-Venezuela-Wird-schon-bald-an-Land-losgehen-id30135666.html')).toEqual({ kind: 'not-article', reason: 'video' });
  });
});
