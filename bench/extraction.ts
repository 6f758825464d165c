/**
 * Extraction accuracy and speed, ours against @mozilla/readability alone, in one run.
 *
 * Accuracy uses the article-extraction-benchmark metric: 4-gram word shingles, precision and
 * recall per page, each averaged over pages, F1 of the two averages. Two corpora:
 * - the benchmark's news pages (2019) against their human ground truth;
 * - the Readability test pages against Readability's own expected.html (so Readability scores
 *   close to 1 there by construction; the figure says how far we are from it, page by page).
 * Time: both extractors on the same parsed Document, median of several runs.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { textOf } from '../src/extract/text.ts';
import { detectArticle, extractArticle, siteForUrl } from '../src/sites/index.ts';
import { parseDocument } from '../src/extract/node.ts';
import { median, timeMedian, type BenchSection } from './section.ts';
import { f1Of, precisionOf, recallOf, shingleCounts, type ShingleCounts } from '../test/support/shingle-f1.ts';

const FIXTURES = new URL('../test/fixtures/extraction/', import.meta.url);

interface Page {
  corpus: 'benchmark' | 'readability' | 'fundus';
  page: string;
  url: string;
  html: string;
  truth: string;
}

export interface ExtractionRow {
  page: string;
  corpus: Page['corpus'];
  /** The site file that read the page, or `generic`; `unsupported` when no site file covers its host. */
  site: string;
  /** What detection said: `article`, or why not (a section front is scored but left out of the averages). */
  detected: string;
  /** The cheap check the content script runs on every page load. */
  detectMs: number;
  f1: number;
  precision: number;
  recall: number;
  readabilityF1: number;
  oursMs: number;
  readabilityMs: number;
}

type Counts = ShingleCounts;

/** A row with the raw shingle counts, which the group averages are computed from. */
interface MeasuredRow extends ExtractionRow {
  counts: { ours: Counts; theirs: Counts };
}

/** The benchmark's aggregate: precision and recall averaged over pages, then F1. */
function aggregate(all: Counts[]): { f1: number; precision: number; recall: number } {
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
  const precision = mean(all.filter((c) => c.tp + c.fp > 0).map(precisionOf));
  const recall = mean(all.filter((c) => c.tp + c.fn > 0).map(recallOf));
  return { f1: f1Of(precision, recall), precision, recall };
}

function loadPages(): Page[] {
  const benchmarkDir = new URL('benchmark/', FIXTURES);
  const truth = JSON.parse(readFileSync(new URL('ground-truth.json', benchmarkDir), 'utf8')) as Record<string, { url: string; articleBody: string }>;
  const pages: Page[] = Object.entries(truth).map(([id, { url, articleBody }]) => ({
    corpus: 'benchmark',
    page: `${new URL(url).hostname.replace(/^www\./, '')}-${id.slice(0, 8)}`,
    url,
    html: gunzipSync(readFileSync(new URL(`${id}.html.gz`, benchmarkDir))).toString('utf8'),
    truth: articleBody,
  }));
  const readabilityDir = new URL('readability/', FIXTURES);
  for (const name of readdirSync(readabilityDir).sort()) {
    const html = readFileSync(new URL(`${name}/source.html`, readabilityDir), 'utf8');
    const expected = parseDocument(`<!doctype html><html><body>${readFileSync(new URL(`${name}/expected.html`, readabilityDir), 'utf8')}</body></html>`);
    pages.push({ corpus: 'readability', page: `readability/${name}`, url: statedUrl(html), html, truth: textOf(expected.body) });
  }
  return [...pages, ...fundusPages()];
}

/**
 * The shared fixtures' fundus pages (real pages of 181 publishers, 2023-2026, with the body
 * fundus's hand-written parser extracts), where this machine has them: the tests may not read
 * ../shared, the bench may, and says when it cannot.
 */
export const FUNDUS = new URL('../../shared/fixtures/fundus/', import.meta.url);

type FundusVersion = { title: string; body: { summary: string[]; sections: { headline: string[]; paragraphs: string[] }[] } };

function fundusPages(): Page[] {
  if (!existsSync(FUNDUS)) return [];
  const pages: Page[] = [];
  for (const country of readdirSync(FUNDUS).sort()) {
    const dir = new URL(`${country}/`, FUNDUS);
    if (!existsSync(new URL('meta.info', dir))) continue;
    const meta = JSON.parse(readFileSync(new URL('meta.info', dir), 'utf8')) as Record<string, { url: string }>;
    for (const [file, { url }] of Object.entries(meta)) {
      const publisher = file.replace(/_\d{4}_\d{2}_\d{2}\.html\.gz$/, '');
      if (!existsSync(new URL(file, dir)) || !existsSync(new URL(`${publisher}.json`, dir))) continue;
      const html = gunzipSync(readFileSync(new URL(file, dir))).toString('utf8');
      const versions = Object.values(JSON.parse(readFileSync(new URL(`${publisher}.json`, dir), 'utf8')) as Record<string, FundusVersion>);
      const version = versionOfPage(versions, html);
      const truth = [...version.body.summary, ...version.body.sections.flatMap((section) => [...section.headline, ...section.paragraphs])].join('\n');
      pages.push({ corpus: 'fundus', page: `fundus/${country}/${file.replace(/\.html\.gz$/, '')}`, url, html, truth });
    }
  }
  return pages;
}

/**
 * A publisher's file holds one reviewed extraction per layout version; the page's is the one
 * whose body the page holds (titles do not tell: a page's headline is often not the title
 * fundus kept).
 */
function versionOfPage(versions: FundusVersion[], html: string): FundusVersion {
  const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const onPage = new Set(words(parseDocument(html).documentElement.textContent ?? ''));
  const held = (version: FundusVersion) => {
    const body = words([...version.body.summary, ...version.body.sections.flatMap((section) => [...section.headline, ...section.paragraphs])].join(' ')).slice(0, 300);
    return body.filter((word) => onPage.has(word)).length / Math.max(1, body.length);
  };
  return versions.reduce((best, version) => (held(version) > held(best) ? version : best));
}

/** Readability's test pages are served from a fake host; the page's own canonical URL picks our site file. */
function statedUrl(html: string): string {
  const doc = parseDocument(html);
  const stated = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  return stated && URL.canParse(stated) ? stated : 'http://fakehost/test/page.html';
}

/** Readability's article as text, blocks separated as ours are (its textContent runs blocks together). */
function readabilityText(doc: Document): string {
  try {
    const content = new Readability<Node>(doc.cloneNode(true) as Document, { serializer: (node) => node }).parse()?.content;
    return content ? textOf(content as Element) : '';
  } catch {
    // Readability alone throws on some real pages (a top candidate with no parent): it read nothing.
    return '';
  }
}

async function timeAsync(run: () => Promise<unknown>, runs = 5): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return median(times);
}

export async function measureExtraction(): Promise<MeasuredRow[]> {
  const rows: MeasuredRow[] = [];
  for (const page of loadPages()) {
    const doc = parseDocument(page.html);
    const url = new URL(page.url);
    const article = await extractArticle(doc, url);
    const detection = detectArticle(url, doc);
    const ours = shingleCounts(page.truth, article ? article.paragraphs.join('\n') : '');
    const theirs = shingleCounts(page.truth, readabilityText(doc));
    const precision = precisionOf(ours);
    const recall = recallOf(ours);
    // Hundreds of fundus pages: one timed run each, or the bench takes many minutes.
    const runs = page.corpus === 'fundus' ? 1 : 5;
    rows.push({
      page: page.page,
      corpus: page.corpus,
      site: siteForUrl(url) ? (article?.site ?? 'none') : 'unsupported',
      detected: detection.kind === 'article' ? 'article' : detection.reason,
      detectMs: timeMedian(() => detectArticle(url, doc), page.corpus === 'fundus' ? 3 : 20, page.corpus === 'fundus' ? 5 : 50),
      f1: f1Of(precision, recall),
      precision,
      recall,
      readabilityF1: f1Of(precisionOf(theirs), recallOf(theirs)),
      oursMs: await timeAsync(() => extractArticle(doc, url), runs),
      readabilityMs: await timeAsync(async () => readabilityText(doc), runs),
      counts: { ours, theirs },
    });
  }
  return rows;
}

type Group = { name: string; rows: MeasuredRow[] };

function summarise(group: Group) {
  const ours = aggregate(group.rows.map((row) => row.counts.ours));
  const theirs = aggregate(group.rows.map((row) => row.counts.theirs));
  return {
    group: group.name,
    pages: group.rows.length,
    f1: ours.f1,
    precision: ours.precision,
    recall: ours.recall,
    readabilityF1: theirs.f1,
    readabilityPrecision: theirs.precision,
    readabilityRecall: theirs.recall,
    oursMedianMs: median(group.rows.map((row) => row.oursMs)),
    readabilityMedianMs: median(group.rows.map((row) => row.readabilityMs)),
  };
}

const fixed = (n: number, digits = 3) => n.toFixed(digits);

export default async function extractionBench(): Promise<BenchSection> {
  const rows = await measureExtraction();
  // Accuracy counts article pages of supported sites; a section front is a detection case, not an extraction one.
  const supported = (row: ExtractionRow) => row.site !== 'unsupported' && row.detected === 'article';
  const groups: Group[] = [
    { name: 'benchmark, supported sites', rows: rows.filter((row) => row.corpus === 'benchmark' && supported(row)) },
    { name: 'benchmark, all pages', rows: rows.filter((row) => row.corpus === 'benchmark') },
    { name: 'readability pages, supported sites', rows: rows.filter((row) => row.corpus === 'readability' && supported(row)) },
    { name: 'readability pages, all', rows: rows.filter((row) => row.corpus === 'readability') },
    { name: 'fundus, site files', rows: rows.filter((row) => row.corpus === 'fundus' && supported(row)) },
    // The generic reader on its own: what a site the reader adds gets (issue 13's goal: F1 0.95).
    { name: 'fundus, no site file (generic)', rows: rows.filter((row) => row.corpus === 'fundus' && row.site === 'unsupported') },
  ];
  const summary = groups.filter((group) => group.rows.length > 0).map(summarise);
  const notArticles = rows.filter((row) => row.site !== 'unsupported' && row.detected !== 'article');
  const detection = {
    notArticlePages: notArticles.map((row) => ({ page: row.page, detected: row.detected, detectMs: round(row.detectMs, 3) })),
    articlePagesMedianMs: round(median(rows.filter((row) => row.detected === 'article').map((row) => row.detectMs)), 3),
  };
  const pages = rows.map(({ counts: _counts, ...row }) => ({
    ...row,
    f1: round(row.f1),
    precision: round(row.precision),
    recall: round(row.recall),
    readabilityF1: round(row.readabilityF1),
    oursMs: round(row.oursMs, 2),
    readabilityMs: round(row.readabilityMs, 2),
    detectMs: round(row.detectMs, 3),
  }));
  const lines = [
    'extraction: F1 of 4-gram shingles (precision and recall averaged over pages), ours vs @mozilla/readability alone',
    ...(existsSync(FUNDUS) ? [] : [`  (no fundus pages: ${FUNDUS.pathname} is absent on this machine, so the fundus groups are left out)`]),
    ...summary.map((s) => `  ${s.group.padEnd(36)} pages ${String(s.pages).padStart(2)}  ours F1 ${fixed(s.f1)} (P ${fixed(s.precision)} R ${fixed(s.recall)})  readability F1 ${fixed(s.readabilityF1)}  median ms ours ${fixed(s.oursMedianMs, 1)} / readability ${fixed(s.readabilityMedianMs, 1)}`),
    `  detection (content script check, no body walk): median ${fixed(detection.articlePagesMedianMs)} ms on article pages; on pages that are not articles: ${detection.notArticlePages.map((row) => `${row.page} ${row.detected} ${fixed(row.detectMs)} ms`).join(', ')}`,
    '  per page:',
    ...pages.map((p) => `  ${p.page.padEnd(40)} ${(p.detected === 'article' || p.site === 'unsupported' ? p.site : `${p.site} (${p.detected})`).padEnd(14)} F1 ${fixed(p.f1)} (P ${fixed(p.precision)} R ${fixed(p.recall)})  readability ${fixed(p.readabilityF1)}  ms ${fixed(p.oursMs, 1)} / ${fixed(p.readabilityMs, 1)}`),
  ];
  // `extract`: one row per page, as issue 3 names it; the group figures and detection times beside it.
  return { json: { extract: pages, extractSummary: { groups: summary.map(roundAll), detection } }, report: lines.join('\n') };
}

function round(n: number, digits = 3): number {
  return Number(n.toFixed(digits));
}

function roundAll<T extends Record<string, unknown>>(object: T): T {
  return Object.fromEntries(Object.entries(object).map(([key, value]) => [key, typeof value === 'number' ? round(value) : value])) as T;
}
