/**
 * The history engine's two figures (issue 5):
 * - memento fetches for synthetic capture lists (N captures, every one with its own digest as
 *   on the real archive, k text changes at seeded random places) against fetching every
 *   distinct digest, whether every change was pinned between two adjacent captures, and the
 *   goal of at most 2 + 1.5·k·log2(N) fetches;
 * - with the fake archive answering every request in 300 ms, the time until the first diff is
 *   available and until the history is complete, for a 300-capture story with 5 changes,
 *   through the real engine (Wayback client, polite fetch at its default pace, store, extractor).
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { HistoryService } from '../src/background/history-service.ts';
import { HistoryStore } from '../src/background/store.ts';
import { chooseCaptures, type CaptureText } from '../src/core/choose-captures.ts';
import type { HistoryState } from '../src/core/history.ts';
import { createPoliteFetch } from '../src/sources/polite-fetch.ts';
import { createWaybackSource } from '../src/sources/wayback.ts';
import { extractArticleFromHtml, readArchivedBytes } from '../src/extract/node.ts';
import { FakeArchive, serveArchive, type FakeCapture } from '../test/support/fake-archive.ts';
import type { BenchSection } from './section.ts';

interface Row {
  captures: number;
  changes: number;
  fetches: number;
  naiveFetches: number;
  found: boolean;
  /** The goal: 2 + 1.5·k·log2(N). */
  bound: number;
}

/** mulberry32: a small seeded generator, so every run measures the same capture lists. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** k distinct change positions in 1..n-1: capture i has a new text when i is one of them. */
function changePositions(n: number, k: number, next: () => number): number[] {
  const positions = new Set<number>();
  while (positions.size < Math.min(k, n - 1)) positions.add(1 + Math.floor(next() * (n - 1)));
  return [...positions].sort((a, b) => a - b);
}

async function fetchCount(n: number, k: number, seed: number): Promise<Row> {
  const changes = changePositions(n, k, random(seed));
  let text = 0;
  const captures = Array.from({ length: n }, (_, i) => {
    if (changes.includes(i)) text++;
    return { digest: `d${i}`, text: `t${text}` };
  });
  let fetches = 0;
  const { texts: resolved } = await chooseCaptures(
    captures,
    async (c): Promise<CaptureText> => {
      fetches++;
      return { kind: 'text', hash: c.text };
    },
    { maxFetches: Infinity, thorough: false, concurrency: 2 },
  );
  // A change is found when the captures on both sides of it were fetched.
  const pinned = (i: number) => resolved.get(i - 1)?.kind === 'text' && resolved.get(i)?.kind === 'text';
  return {
    captures: n,
    changes: changes.length,
    fetches,
    naiveFetches: new Set(captures.map((c) => c.digest)).size,
    found: changes.every(pinned),
    bound: Math.round((2 + 1.5 * changes.length * Math.log2(n)) * 10) / 10,
  };
}

const STORY_URL = 'https://www.nytimes.com/2016/09/20/nyregion/nyc-nj-explosions-ahmad-khan-rahami.html';

/**
 * A 300-capture story from the real breaking-news page: text j carries the first j of five
 * edits (a paragraph each), the changes fall at seeded places, every capture has its own bytes.
 */
async function story(captureCount: number, changeCount: number): Promise<{ captures: FakeCapture[]; liveHtml: Buffer }> {
  const base = readFileSync(new URL('../test/fixtures/pages/nytimes-rahami-2016-09-19.html', import.meta.url)).toString('utf8');
  const article = (await extractArticleFromHtml(base, STORY_URL))!;
  const editable = article.paragraphs.filter((p) => p.length > 80 && base.split(p).length === 2).slice(0, changeCount);
  const texts = Array.from({ length: changeCount + 1 }, (_, j) => editable.slice(0, j).reduce((html, p, e) => html.replace(p, `${p} (Edit ${e + 1}.)`), base));
  const changes = changePositions(captureCount, changeCount, random(7));
  const start = Date.UTC(2016, 8, 19, 20);
  let text = 0;
  const captures = Array.from({ length: captureCount }, (_, i) => {
    if (changes.includes(i)) text++;
    const timestamp = new Date(start + i * 3_600_000).toISOString().replace(/\D/g, '').slice(0, 14);
    return { url: STORY_URL, timestamp, body: `${texts[text]}\n<!-- capture ${i} -->\n` };
  });
  return { captures, liveHtml: Buffer.from(texts.at(-1)!) };
}

interface Timing {
  captures: number;
  changes: number;
  answerMs: number;
  firstDiffMs: number;
  completeMs: number;
  fetches: number;
  versions: number;
}

async function timeToHistory(answerMs: number): Promise<Timing> {
  const { captures, liveHtml } = await story(300, 5);
  const archive = new FakeArchive(captures);
  archive.setFault({ kind: 'slow', delayMs: answerMs });
  const served = await serveArchive(archive);
  const store = await HistoryStore.open(`bench-history-${Date.now()}`);
  try {
    const source = createWaybackSource(createPoliteFetch(), served.base);
    const service = new HistoryService({ store, source: () => source, extract: (body, url) => readArchivedBytes(body.bytes, url, body.contentType ?? undefined) });
    const live = (await extractArticleFromHtml(liveHtml, STORY_URL))!;
    const start = performance.now();
    let firstDiffMs = NaN;
    let last: HistoryState | null = null;
    service.watch(STORY_URL, (state) => {
      last = state;
      if (Number.isNaN(firstDiffMs) && state.versions.length >= 2) firstDiffMs = performance.now() - start;
    });
    await service.reportLive(live);
    await service.idle(STORY_URL);
    const completeMs = performance.now() - start;
    const state = last as HistoryState | null;
    if (state?.kind !== 'done') throw new Error(`bench: the history did not complete: ${state?.kind}`);
    return {
      captures: 300,
      changes: 5,
      answerMs,
      firstDiffMs: Math.round(firstDiffMs),
      completeMs: Math.round(completeMs),
      fetches: archive.requests.filter((r) => r.url.startsWith('/web/')).length,
      versions: state.versions.length,
    };
  } finally {
    store.close();
    await served.close();
  }
}

export default async function historyBench(): Promise<BenchSection> {
  const rows: Row[] = [];
  for (const n of [50, 300, 2000]) for (const k of [0, 1, 5, 20]) rows.push(await fetchCount(n, k, n * 100 + k));
  const timing = await timeToHistory(300);

  const table = rows.map(
    (r) =>
      `  N=${String(r.captures).padStart(4)} k=${String(r.changes).padStart(2)}: ${String(r.fetches).padStart(3)} fetches ` +
      `(bound ${String(r.bound).padStart(5)}, naive ${String(r.naiveFetches).padStart(4)})  ${r.found ? 'all changes found' : 'CHANGES MISSED'}` +
      `${r.fetches > r.bound ? '  OVER THE BOUND' : ''}`,
  );
  const report = [
    'history: memento fetches, bisection vs every distinct digest (goal: at most 2 + 1.5·k·log2(N), all changes found)',
    ...table,
    `history: a ${timing.captures}-capture story with ${timing.changes} changes, archive answering in ${timing.answerMs} ms, default politeness`,
    `  first diff available after ${timing.firstDiffMs} ms; history complete after ${timing.completeMs} ms (${timing.fetches} mementos, ${timing.versions} versions)`,
  ].join('\n');
  // `history`: one row per case, as issue 5 names it; the timed run beside it.
  return { json: { history: rows, historyTiming: timing }, report };
}
