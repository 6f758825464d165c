/**
 * The cost of following stories (issue 14): 200 followed stories against the fake web, one
 * round of background checks, 10% of the live pages changed since they were followed. Key
 * `follow`: {stories, checkMsMedian, bytesFetchedPerCheck} and the heap the background holds
 * while doing it (heap used after a full collection, before and after the round, and its peak
 * sampled during the round).
 *
 * The real FollowService, live-page reader, judgement and store run here; the page is parsed
 * by linkedom where the browser uses DOMParser (or the offscreen document), and IndexedDB is
 * fake-indexeddb, which keeps its data on the heap where a browser keeps it on disk: the heap
 * figures are an upper bound for the store's share.
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { FollowService } from '../src/background/follow-service.ts';
import { readLivePage } from '../src/background/live-page.ts';
import { HistoryStore } from '../src/background/store.ts';
import { articleKey } from '../src/core/article-key.ts';
import { extractArticleFromHtml, readArchivedBytes } from '../src/extract/node.ts';
import { median, type BenchSection } from './section.ts';

const STORIES = 200;
const CHANGED_EVERY = 10;
const FIXTURE = 'test/fixtures/pages/nytimes-rahami-2022.html';
const FIXTURE_URL = 'https://www.nytimes.com/2016/09/20/nyregion/nyc-nj-explosions-ahmad-khan-rahami.html';
const HEADLINE = 'Ahmad Khan Rahami Is Arrested in Manhattan and New Jersey Bombings';

/** A full collection, so that heap figures are what is held rather than garbage not yet collected. */
function collector(): () => void {
  setFlagsFromString('--expose_gc');
  return runInNewContext('gc') as () => void;
}

const storyPath = (i: number) => `/2016/09/20/nyregion/story-${i}.html`;

/** Story i: the fixture under its own address, with a headline of its own; `edited` rewrites the headline again. */
function storyPage(template: string, i: number, edited: boolean): string {
  const url = `https://www.nytimes.com${storyPath(i)}`;
  return template.replaceAll(FIXTURE_URL, url).replaceAll(HEADLINE, `${HEADLINE}, story ${i}${edited ? ' (updated)' : ''}`);
}

export default async function follow(): Promise<BenchSection> {
  const gc = collector();
  const template = readFileSync(FIXTURE, 'utf8');
  const pages = new Map<string, string>();
  for (let i = 0; i < STORIES; i++) pages.set(storyPath(i), storyPage(template, i, false));
  const server = http.createServer((req, res) => {
    const body = pages.get(req.url ?? '');
    if (body === undefined) return void res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  let now = Date.parse('2026-11-30T08:00:00Z');
  let alarm: number | null = null;
  let notifications = 0;
  const store = await HistoryStore.open(`bench-follow-${Date.now()}`);
  const service = new FollowService({
    store,
    readLive: (url) => readLivePage(`${origin}${new URL(url).pathname}`, (html) => readArchivedBytes(html, url)),
    sighted: async (article, at) => void (await store.recordVisit(article.url, articleKey(article), article, at)),
    notify: async () => void notifications++,
    showUnseen: () => undefined,
    alarmAt: (when) => (alarm = when),
    summary: () => '',
    now: () => now,
  });
  for (let i = 0; i < STORIES; i++) {
    const url = `https://www.nytimes.com${storyPath(i)}`;
    const article = await extractArticleFromHtml(pages.get(storyPath(i))!, url);
    if (!article) throw new Error(`bench follow: story ${i} read as no article`);
    await service.follow(article);
  }
  for (let i = 0; i < STORIES; i += CHANGED_EVERY) pages.set(storyPath(i), storyPage(template, i, true));

  gc();
  const before = process.memoryUsage().heapUsed;
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 5);
  now = alarm!;
  const run = await service.runDue();
  clearInterval(sampler);
  gc();
  const after = process.memoryUsage().heapUsed;
  store.close();
  await new Promise<void>((resolve) => server.close(() => resolve()));

  if (run.checked !== STORIES || run.changed !== STORIES / CHANGED_EVERY || notifications !== run.changed) {
    throw new Error(`bench follow: ${run.checked} checked, ${run.changed} changed, ${notifications} notifications; expected ${STORIES}, ${STORIES / CHANGED_EVERY}, as many`);
  }
  const json = {
    stories: STORIES,
    checkMsMedian: Math.round(median(run.checkMs) * 10) / 10,
    bytesFetchedPerCheck: Math.round(run.bytes / run.checked),
    changed: run.changed,
    heapUsedBeforeBytes: before,
    heapUsedAfterBytes: after,
    heapHeldBytes: after - before,
    heapHeldRatio: Math.round((after / before) * 1000) / 1000,
    heapPeakBytes: peak,
  };
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  const report = [
    `follow: one round of background checks of ${STORIES} followed stories (${run.changed} changed), live pages from a local server, two at a time`,
    `  check per story (fetch, extract, judge, store): median ${json.checkMsMedian} ms; ${json.bytesFetchedPerCheck} B fetched per check`,
    `  heap used: ${mb(before)} before the round, ${mb(after)} after (${json.heapHeldRatio}x, ${mb(after - before)} held), peak ${mb(peak)} during it`,
  ].join('\n');
  return { json: { follow: json }, report };
}
