/**
 * The generic reader on a real page of a publisher no site file covers: the story, without the
 * furniture Readability keeps inside the story's container (a share bar, an error-report box),
 * scored against fundus's reviewed body.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/core/article.ts';
import { extractArticleFromHtml } from '../../src/extract/node.ts';
import { siteForUrl } from '../../src/sites/index.ts';
import { FIXTURES, fixtureBytes } from '../support/fixtures.ts';
import { shingleF1 } from '../support/shingle-f1.ts';

const FOCUS = 'https://www.focus.de/kaufberatung/deals_angebote/may-the-4th-be-with-you-lego-feiert-den-star-wars-tag-mit-neuen-sets-und-exklusiven-geschenken_id_92942238.html';

/** Fundus's reviewed body of a page (ours where PROVENANCE marks it amended). */
const reviewedBody = (page: string) => (JSON.parse(readFileSync(new URL(`fundus/${page}.expected.json`, FIXTURES), 'utf8')) as { paragraphs: string[] }).paragraphs;
const reviewed = reviewedBody('de/Focus_2023_04_28');

/** A fundus page read at its address, which no site file may cover: the generic reader reads it. */
async function readUncovered(page: string, url: string): Promise<Article> {
  expect(siteForUrl(new URL(url)), 'a site file would read it instead').toBeUndefined();
  const article = await extractArticleFromHtml(fixtureBytes(`fundus/${page}.html.gz`), url);
  expect(article).not.toBeNull();
  return article!;
}

describe('the generic reader', () => {
  it('reads a Focus deals story without its share bar or error-report box', async () => {
    const article = await readUncovered('de/Focus_2023_04_28', FOCUS);
    expect(article?.reader).toBe('generic');
    const text = article!.paragraphs;
    for (const furniture of ['E-Mail', 'Teilen', 'Drucken', 'Fehler melden', 'Sie haben einen Fehler gefunden?']) expect(text).not.toContain(furniture);
    expect(text).toContain('Lego VIP: Was steckt dahinter?');
    // 0.848 before the furniture pass; most of the remaining gap is the deal list's price lines, which fundus leaves out.
    expect(shingleF1(reviewed.join('\n'), text.join('\n'))).toBeGreaterThanOrEqual(0.86);
  });

  it('reads a Province story without the sign-in and subscription boxes it hides with the `hidden` class', async () => {
    const url = 'https://theprovince.com/life/wine-guy-3-rose-and-rose-adjacent-bottles-to-sip-on-a-sunny-day';
    const article = await readUncovered('ca/TheProvince_2026_06_06', url);
    const text = article!.paragraphs.join('\n');
    for (const furniture of ['Subscribe now to read the latest news in your city and across Canada.', 'Create an account or sign in to continue with your reading experience.']) expect(text).not.toContain(furniture);
    const body = reviewedBody('ca/TheProvince_2026_06_06');
    expect(shingleF1(body.join('\n'), text)).toBeGreaterThanOrEqual(0.95);
  });

  it('reads an Anadolu Agency story that React streams in a hidden segment, as the page shows it once its script has run', async () => {
    const url = 'https://www.aa.com.tr/tr/gundem/vekalet-yoluyla-kurban-kesim-bedelleri-belirlendi/3912126';
    const article = await readUncovered('tr/AnadoluAjansi_2026_04_20', url);
    const text = article!.paragraphs;
    expect(text).toContain("Arpaguş, Başkanlık Konferans Salonu'nda düzenlenen 2026 Vekaletle Kurban Kesim Organizasyonu Toplantısı'nda konuştu.");
    const body = reviewedBody('tr/AnadoluAjansi_2026_04_20');
    // Nothing at all before: the story sits in `<div hidden id="S:1a">` until React's inline script moves it.
    expect(shingleF1(body.join('\n'), text.join('\n'))).toBeGreaterThanOrEqual(0.95);
  });

  it('reads a Dagbladet story without the next story, which the page loads under it', async () => {
    const url = 'https://www.dagbladet.no/nyheter/angsten-vil-oke/84057530';
    const article = await readUncovered('no/Dagbladet_2026_01_06', url);
    const text = article!.paragraphs;
    expect(text).toContain('Nord-Koreas leder Kim Jong-un viste tilsynelatende til angrepet på Venezuela, da han forklarte bakgrunnen for testen.');
    // The second story, about Solskjær and Manchester United, has its own <article> and headline.
    expect(text.join('\n')).not.toContain('Solskjær');
    const body = reviewedBody('no/Dagbladet_2026_01_06');
    // 0.457 with both stories.
    expect(shingleF1(body.join('\n'), text.join('\n'))).toBeGreaterThanOrEqual(0.9);
  });

  it("reads a Mallorca Magazin story from its JSON-LD articleBody, which is the story's HTML, as text without tags", async () => {
    const url = 'https://www.mallorcamagazin.com/nachrichten/spanien/2025/04/15/135777/literaturnobelpreistrager-vargas-llosa-gestorben-warum-eine-ganz-besondere-beziehung-mallorca-hatte.html';
    const article = await readUncovered('es/MallorcaMagazin_2025_04_16', url);
    const text = article!.paragraphs;
    for (const line of text) expect(line).not.toMatch(/<\/?[a-z][a-z0-9]*[\s>]/);
    expect(text.join('\n')).not.toContain('Vargas Llosa (l.) auf Mallorca.');
    expect(text[0]).toMatch(/^Der peruanische Literaturnobelpreisträger Mario Vargas Llosa ist tot\./);
    const body = reviewedBody('es/MallorcaMagazin_2025_04_16');
    // 0.810 when its tags were read as words.
    expect(shingleF1(body.join('\n'), text.join('\n'))).toBeGreaterThanOrEqual(0.95);
  });

  it("reads an NDR story's subheads from its JSON-LD articleBody, between the paragraphs the page's <p> elements give", async () => {
    const url = 'https://www.ndr.de/nachrichten/niedersachsen/osnabrueck_emsland/forscher-aus-osnabrueck-warnt-studierende-verlernen-lesen,leseforscher-100.html';
    const article = await readUncovered('de/NDR_2025_06_18', url);
    const body = reviewedBody('de/NDR_2025_06_18');
    // Only the three <p> paragraphs before (F1 0.902): the subheads are in the articleBody, not in a <p>.
    expect(article!.paragraphs).toEqual(body);
  });

  it('reads a Business Insider Germany story without the photo credit under each of its figures', async () => {
    const url = 'https://www.businessinsider.de/wirtschaft/international-business/wie-gross-ist-evergrande-chinas-sterbender-immobilienriese/';
    const article = await readUncovered('de/BusinessInsiderDE_2024_01_29', url);
    const text = article!.paragraphs;
    for (const credit of ['STR/AFP via Getty Images', 'Andrea Verdelli/Getty Images', 'Noel Celis/Getty Images']) expect(text).not.toContain(credit);
    const body = reviewedBody('de/BusinessInsiderDE_2024_01_29');
    // 0.821 with the credits.
    expect(shingleF1(body.join('\n'), text.join('\n'))).toBeGreaterThanOrEqual(0.94);
  });

  it('reads a WDR story printed in several paragraph modules, with teaser lists and a sound box between them, whole and in order', async () => {
    const url = 'https://www1.wdr.de/nachrichten/landespolitik/feuerwehr-rentenalter-erhoehung-100.html';
    const article = await readUncovered('de/WDR_2024_04_22', url);
    const text = article!.paragraphs;
    const first = text.findIndex((line) => line.startsWith('Bislang gehen Beamte der Feuerwehr mit 60 in den Ruhestand.'));
    const last = text.findIndex((line) => line.startsWith('Langhoff warnt vor den bekannten gesundheitlichen Folgen'));
    expect(first).toBeGreaterThanOrEqual(0);
    expect(last).toBeGreaterThan(first);
    expect(text).toContain('Medizinischer Fortschritt als Argument');
    // The teaser lists and the sound box between the modules, and the byline under the lead.
    for (const furniture of ['Mahnwache am Landtag: Feuerwehr protestiert 24 Stunden gegen höheres Pensionsalter', 'Löschen, Retten, Rente: Feuerwehr-Ruhestand mit 60?', 'Von Nina Magoley']) expect(text.join('\n')).not.toContain(furniture);
    const body = reviewedBody('de/WDR_2024_04_22');
    // 0.56 before: Readability kept the last module alone.
    expect(shingleF1(body.join('\n'), text.join('\n'))).toBeGreaterThanOrEqual(0.95);
  });

  it("keeps the words of a Nikkan Gendai story that are links to tag pages (`a.tag-link`), which are no tag list", async () => {
    const url = 'https://www.nikkan-gendai.com/articles/view/sports/367061';
    expect(siteForUrl(new URL(url)), 'a site file would read it instead').toBeUndefined();
    const story = readFileSync(new URL('snippets/nikkangendai-2025-tag-links.html', FIXTURES), 'utf8');
    const html = `<!doctype html><html><head><title>中居正広問題がスポーツ界に飛び火</title></head><body><article><h1>中居正広問題がスポーツ界に飛び火</h1>${story}</article></body></html>`;
    const text = (await extractArticleFromHtml(html, url))!.paragraphs.join('\n');
    // "サッカー" and "フジテレビ" went with their links before.
    expect(text).toContain('サッカーのJリーグは、フジと放映権契約を結ぶ「ルヴァン杯」の開幕が3月20日に控える。');
    expect(text).toContain('密接な関係を築いてきたスポーツの各競技団体もテンヤワンヤになっているのだ。');
  });
});
