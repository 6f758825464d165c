/**
 * The French, Spanish, Italian and Japanese site files: the URL forms their test pages do not
 * show (live pages, section fronts, phone and AMP addresses, city editions), and the two template
 * rules their pages needed (a standfirst in the page's header, a story hidden behind a gate).
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/extract/node.ts';
import { bodyParagraphs } from '../../src/extract/template.ts';
import { canonicalUrl, detectArticle, sites } from '../../src/sites/index.ts';
import { fixtureBytes } from '../support/fixtures.ts';

const blank = parseDocument('<!doctype html><html><head><title>x</title></head><body></body></html>');
const detect = (url: string) => detectArticle(new URL(url), blank);
const templateOf = (id: string, since: string) => sites.find((site) => site.id === id)!.templates.find((template) => template.since === since)!;

describe('live pages are articles marked live', () => {
  it.each([
    'https://www.lemonde.fr/international/live/2024/11/22/en-direct-guerre-en-ukraine_6408000_3210.html',
    'https://www.lefigaro.fr/international/en-direct-guerre-en-ukraine-la-russie-frappe-kiev-20241122',
    'https://www.lesechos.fr/politique-societe/politique/direct-legislatives-assemblee-nationale-matignon-le-point-sur-la-situation-ce-jeudi-18-juillet-2108550',
    'https://elpais.com/internacional/2024-10-15/guerra-de-israel-en-oriente-proximo-en-directo.html',
    'https://www.abc.es/espana/directo-ultima-hora-dana-valencia-20241101074512-ntrd.html',
    'https://www.lavanguardia.com/local/andalucia/20260710/11588830/incendio-forestal-los-gallardos-almeria-en-directo-ultima-hora.html',
  ])('%s', (url) => {
    expect(detect(url)).toMatchObject({ kind: 'article', liveBlog: true });
  });
});

describe('videos are not articles', () => {
  it('an ABC video page is a video, not a story', () => {
    expect(detect('https://www.abc.es/espana/video-incendio-almeria-20260710101010-vi.html')).toEqual({ kind: 'not-article', reason: 'video' });
  });
});

describe('every address of a story is one story', () => {
  it.each([
    ['https://amp.elmundo.es/deportes/formula-1/2024/12/02/674cdc8a21efa004028b45a8.html', 'https://www.elmundo.es/deportes/formula-1/2024/12/02/674cdc8a21efa004028b45a8.html'],
    ['https://www.asahi.com/sp/articles/AST1F4445T1FUTIL02SM.html?iref=ogimage_rek', 'https://www.asahi.com/articles/AST1F4445T1FUTIL02SM.html'],
    ['https://lemonde.fr/politique/article/2023/08/30/sophie-binet_6187099_823448.html?utm_source=x', 'https://www.lemonde.fr/politique/article/2023/08/30/sophie-binet_6187099_823448.html'],
  ])('%s', (url, canonical) => {
    expect(canonicalUrl(new URL(url))).toBe(canonical);
  });

  it('a city edition of La Repubblica and the English edition of El País keep their own host', () => {
    expect(canonicalUrl(new URL('https://roma.repubblica.it/cronaca/2025/01/05/news/laziale_ebreo-423921494/'))).toBe('https://roma.repubblica.it/cronaca/2025/01/05/news/laziale_ebreo-423921494/');
    expect(canonicalUrl(new URL('https://english.elpais.com/international/2024-10-15/brussels-explores.html'))).toBe('https://english.elpais.com/international/2024-10-15/brussels-explores.html');
  });
});

describe('template rules the pages needed', () => {
  it('a standfirst in the page header is read first, but is no body on its own (Le Monde, 2023)', () => {
    const doc = parseDocument(fixtureBytes('fundus/fr/LeMonde_2023_09_01.html.gz'));
    const template = templateOf('lemonde', '2023');
    expect(bodyParagraphs(doc, template)[0]).toMatch(/^Reçue mardi 29\s*août à l’Elysée/);
    expect(bodyParagraphs(doc, { ...template, body: '.no-such-body p' })).toEqual([]);
  });

  it('a subscriber\'s story shipped hidden behind the gate is read whole; without the gate rule, one paragraph shows (ABC, 2026)', () => {
    const doc = parseDocument(fixtureBytes('fundus/es/ABC_2026_04_25.html.gz'));
    const template = templateOf('abc', '2026');
    expect(bodyParagraphs(doc, template)).toHaveLength(14);
    expect(bodyParagraphs(doc, { ...template, gated: undefined })).toHaveLength(2);
  });
});
