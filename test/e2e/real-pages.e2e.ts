/**
 * Real pages of real publishers in the real browsers: does the extension, reading the live
 * page's own DOM in the content script and the archived copy with the browser's parser, read
 * and mark what the Node extraction (linkedom: the CLI, the bench, the site-page tests) reads?
 *
 * Each page is a fundus page a site file lists in its `testPages`, served under the address the
 * site file gives it, without its scripts (they would fetch from hosts the test servers do not
 * serve) but with its JSON-LD. The stand-in archive holds one earlier copy: the same page with
 * one word of one body paragraph as it read before. The reader then sees two versions, one
 * changed paragraph with the old and the new word, and that one paragraph marked on the page;
 * the history the sidebar exports holds, for each copy, the paragraphs Node reads in it.
 */
import { expect, it } from 'vitest';
import type { Article } from '../../src/core/article.ts';
import { decodeHtml } from '../../src/core/charset.ts';
import type { HistoryExport } from '../../src/core/export/json.ts';
import { normalizeText } from '../../src/core/normalize.ts';
import { parseDocument } from '../../src/extract/node.ts';
import { extractWithSite } from '../../src/extract/page.ts';
import type { Site, TestPage } from '../../src/extract/site.ts';
import { sites } from '../../src/sites/index.ts';
import { FakeArchive } from '../support/fake-archive.ts';
import { fixtureBytes } from '../support/fixtures.ts';
import { allInShadow, HISTORY_DONE, inShadow, LAUNCHER_COUNTED } from '../support/hooks.ts';
import { inEachBrowser, type ScenarioSession } from './each-browser.ts';
import type { Scenario } from './scenarios.ts';

/**
 * One page of each of fourteen site files: eleven languages, Japanese and Korean among them
 * (no site file reads a right-to-left language), and layouts from one `<p>` a paragraph to Times
 * of India's bare text cut at its own break spans, a paragraph without an element of its own.
 */
const FILES = [
  'fundus/uk/TheGuardian_2024_02_24.html.gz',
  'fundus/us/APNews_2024_09_03.html.gz',
  'fundus/ca/CBCNews_2024_08_08.html.gz',
  'fundus/ind/TimesOfIndia_2026_04_16.html.gz',
  'fundus/de/SpiegelOnline_2023_04_28.html.gz',
  'fundus/fr/LeMonde_2023_09_01.html.gz',
  'fundus/es/ElMundo_2024_12_02.html.gz',
  'fundus/it/CorriereDellaSera_2025_02_04.html.gz',
  'fundus/be/Nieuwsblad_2025_02_02.html.gz',
  'fundus/se/Aftonbladet_2026_08_02.html.gz',
  'fundus/no/NRK_2024_08_05.html.gz',
  'fundus/pl/Rzeczpospolita_2026_04_19.html.gz',
  'fundus/jp/MainichiShimbun_2025_01_14.html.gz',
  'fundus/kr/HankookIlbo_2026_07_12.html.gz',
];

const UTF8 = 'text/html; charset=utf-8';
/** When the archive saw the earlier copy: any time before the live page is read. */
const EARLIER_AT = '20240101000000';

interface ProbePage {
  file: string;
  site: Site;
  /** The address the site file gives the page, where the browser opens it. */
  url: string;
  live: Buffer;
  earlier: Buffer;
  /** The word on the live page, and what it was in the earlier copy. */
  word: string;
  was: string;
  /** The edited paragraph as it reads on the live page. */
  paragraph: string;
  /** What Node reads in each copy. */
  nodeLive: Article;
  nodeEarlier: Article;
}

/**
 * The page as the test servers serve it: its scripts would ask hosts that are not served, so
 * they go; JSON-LD stays, it is the page's own word that it is a story. Fundus keeps every page as
 * UTF-8 whatever its `<meta charset>` says; it is served with that charset in its header.
 */
function servedHtml(page: TestPage): string {
  return decodeHtml(fixtureBytes(page.file), page.contentType).replace(/<script\b(?![^>]*application\/ld\+json)[^>]*>[\s\S]*?<\/script>/g, '');
}

async function nodeReading(site: Site, html: string, url: string): Promise<Article> {
  const article = await extractWithSite(site, parseDocument(Buffer.from(html, 'utf8'), UTF8), new URL(url));
  if (!article) throw new Error(`Node reads no article at ${url}`);
  return article;
}

/**
 * The page's markup outside its scripts, at the same offsets. Many pages repeat their story in
 * JSON-LD (`articleBody`), which no site file reads: the edit is made in the body alone.
 */
const outsideScripts = (html: string) => html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, (script) => ' '.repeat(script.length));
const occurrences = (html: string, text: string) => outsideScripts(html).split(text).length - 1;

/** Letters of scripts that space their words, joined by inner apostrophes or hyphens. */
const SPACED_WORD = /(?:(?![\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}])[\p{L}\p{M}\p{N}])+(?:['-](?:(?![\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}])[\p{L}\p{M}\p{N}])+)*/gu;
/** Two kanji in a row: a compound word of Japanese, which puts no space between words. */
const KANJI_PAIR = /(?=(\p{sc=Han}{2}))/gu;

/** An edit: the word on the live page, and what it was in the earlier copy. */
interface Edit {
  word: string;
  was: string;
}

/**
 * Edits to make, best first, in the body paragraphs nearest the middle of what Node reads that
 * are a sentence or more, of words that occur once in the page's HTML outside its scripts: a word
 * of four letters or more, which was spelt backwards (a word no page holds, in the page's own
 * script); in Japanese, two kanji in a row, which were each the next character of Unicode. Found
 * by patterns of their own, not the diff's tokens, so that a diff that cuts words wrongly fails.
 */
function* editsToMake(paragraphs: readonly string[], html: string): Generator<Edit> {
  const middle = Math.floor(paragraphs.length / 2);
  const byDistance = paragraphs.map((text, index) => ({ text, index })).sort((a, b) => Math.abs(a.index - middle) - Math.abs(b.index - middle));
  const once = ({ word, was }: Edit) => word !== was && occurrences(html, word) === 1 && occurrences(html, was) === 0;
  const next = (word: string) => [...word].map((c) => String.fromCodePoint(c.codePointAt(0)! + 1)).join('');
  for (const { text } of byDistance) {
    const words = [...text.matchAll(SPACED_WORD)].map((m) => m[0]);
    const kanji = [...text.matchAll(KANJI_PAIR)].map((m) => m[1]!);
    if (words.length + kanji.length < 6) continue;
    const edits = [
      ...words.filter((word) => [...word].length >= 4).map((word) => ({ word, was: [...word].reverse().join('') })),
      ...kanji.map((word) => ({ word, was: next(word) })),
    ];
    yield* edits.filter(once);
  }
}

/**
 * The page and its earlier copy. A word that occurs once in the HTML may still not be the
 * paragraph's (the paragraph spells it with an entity, and a meta tag has it as written): the
 * edit is kept only when Node reads it in that paragraph and nowhere else.
 */
async function probePage(file: string): Promise<ProbePage> {
  const site = sites.find((s) => s.testPages.some((p) => p.file === file));
  const page = site?.testPages.find((p) => p.file === file);
  if (!site || !page) throw new Error(`no site file lists ${file}`);
  const html = servedHtml(page);
  const nodeLive = await nodeReading(site, html, page.url);
  for (const { word, was } of editsToMake(nodeLive.paragraphs, html)) {
    const at = outsideScripts(html).indexOf(word);
    const earlierHtml = html.slice(0, at) + was + html.slice(at + word.length);
    const nodeEarlier = await nodeReading(site, earlierHtml, page.url);
    const edited = nodeLive.paragraphs.map((text, i) => (nodeEarlier.paragraphs[i] === text ? null : { text, was: nodeEarlier.paragraphs[i] })).filter((p) => p !== null);
    if (nodeEarlier.paragraphs.length !== nodeLive.paragraphs.length || edited.length !== 1 || edited[0]!.was !== edited[0]!.text.replace(word, was)) continue;
    return { file, site, url: page.url, live: Buffer.from(html, 'utf8'), earlier: Buffer.from(earlierHtml, 'utf8'), word, was, paragraph: edited[0]!.text, nodeLive, nodeEarlier };
  }
  throw new Error(`${file}: no word of a body paragraph occurs once in the page's HTML outside its scripts`);
}

const PAGES = await Promise.all(FILES.map(probePage));

/**
 * Every page asks the archive for its capture list once: the extension keeps to 24 lists a minute
 * (the stand-in archive refuses past 30, as the real one does), and opens some 60 pages a minute
 * here. More pages than 24 in one block would wait out the archive's minute.
 */
if (PAGES.length > 24) throw new Error('more pages than the archive lists in a minute');

function scenario(): Scenario {
  const archive = new FakeArchive(PAGES.map((p) => ({ url: p.site.canonical(new URL(p.url)), timestamp: EARLIER_AT, body: p.earlier })));
  const pages = PAGES.map((p) => ({ host: new URL(p.url).hostname, path: new URL(p.url).pathname, body: p.live }));
  return { archive, pages };
}

interface ShownChange {
  kind: string;
  del: string[];
  ins: string[];
}

/** Every mark the extension put on the page: paragraphs marked changed or added, and notes where paragraphs were removed. */
const PAGE_MARKS = `[...document.querySelectorAll('[data-article-history], article-history-removed')].map((el) => ({ kind: el.getAttribute('data-article-history') ?? 'removed', text: el.textContent }))`;

const CHANGES = `${allInShadow('[data-testid=change]')}.map((c) => ({ kind: c.dataset.kind, del: [...c.querySelectorAll('del')].map((d) => d.textContent.trim()), ins: [...c.querySelectorAll('ins')].map((d) => d.textContent.trim()) }))`;

async function openHistory(session: ScenarioSession, page: ProbePage): Promise<void> {
  const { browser } = session;
  await browser.open(page.url);
  await browser.waitFor(LAUNCHER_COUNTED, 30_000);
  await browser.evaluate(`${inShadow('[data-testid=launcher]')}.click()`);
  await browser.waitFor(HISTORY_DONE, 30_000);
  await browser.waitFor(`${allInShadow('[data-testid=change]')}.length > 0 || ${inShadow('[data-testid=diff-summary]')}`, 10_000);
}

inEachBrowser('real pages of fourteen sites, one word edited,', scenario, (session) => {
  it.each(PAGES.map((p) => [`${p.site.id} (${p.file.split('/').at(-1)}): "${p.was}" → "${p.word}"`, p] as const))('%s', async (_title, page) => {
    const { browser } = session;
    await openHistory(session, page);
    expect(await browser.evaluate<string>(`${inShadow('[data-testid=launcher]')}.textContent`)).toMatch(/\b2 versions\b/);

    // The sidebar: exactly one paragraph changed, from the old word to the new one.
    expect(await browser.evaluate<ShownChange[]>(CHANGES)).toEqual([{ kind: 'changed', del: [page.was], ins: [page.word] }]);

    // The page: that paragraph alone is marked, and it is the one holding the new word.
    await browser.waitFor(`document.querySelectorAll('[data-article-history]').length > 0`, 10_000);
    const marks = await browser.evaluate<{ kind: string; text: string }[]>(PAGE_MARKS);
    expect(marks.map((m) => m.kind)).toEqual(['changed']);
    expect(normalizeText(marks[0]!.text)).toBe(normalizeText(page.paragraph));

    // Everything the browser read in both copies, as the reader can export it: what Node reads.
    const exported = JSON.parse((await browser.download(() => browser.click('#article-history-root >>> [data-testid=export-json]'))).text) as HistoryExport;
    expect(exported.versions.map((v) => v.sightings[0]!.source)).toEqual(['archive', 'live']);
    const read = (a: Pick<Article, 'title' | 'reader' | 'paragraphs'>) => ({ title: a.title, reader: a.reader, paragraphs: a.paragraphs });
    expect(exported.versions.map(read)).toEqual([read(page.nodeEarlier), read(page.nodeLive)]);
  });
});
