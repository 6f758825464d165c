/**
 * The history engine against an archive that misbehaves: the Wayback client, the polite
 * fetch and the history service run for real over HTTP against the fake archive (whose
 * answers follow recorded Wayback traffic), with the real extractor on real NYT pages.
 * For each fault: nothing escapes, nothing broken is stored, what was cached stays, the
 * reader is told the right thing, and the history completes once the fault clears.
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Article } from '../../src/core/article.ts';
import type { HistoryState } from '../../src/core/history.ts';
import { HistoryService, type JobPolicy } from '../../src/background/history-service.ts';
import { HistoryStore } from '../../src/background/store.ts';
import { ArchivePauses } from '../../src/sources/archive-pause.ts';
import { createPoliteFetch } from '../../src/sources/polite-fetch.ts';
import { createWaybackSource } from '../../src/sources/wayback.ts';
import { extractArticleFromHtml, readArchivedBytes } from '../../src/extract/node.ts';
import { encodeWindows1252, FakeArchive, serveArchive, type ArchiveFault, type FaultScope } from '../support/fake-archive.ts';

const URL_ = 'https://www.nytimes.com/2016/09/20/nyregion/nyc-nj-explosions-ahmad-khan-rahami.html';
const page = (name: string) => readFileSync(new URL(`../fixtures/pages/nytimes-rahami-${name}.html`, import.meta.url));
const BREAKING = page('2016-09-19');
const REWRITE = page('2019-10-16');
/** The same text in other bytes, as most captures of a story are: a new digest, no new version. */
const variant = (bytes: Buffer, n: number) => Buffer.concat([bytes, Buffer.from(`\n<!-- capture ${n} -->\n`)]);

// Quick but not tight: the timeout must not fire on a normal answer on a busy machine.
const QUICK = { maxInFlight: 2, timeoutMs: 1000, retries: 2, backoffMs: 5, maxWaitMs: 50 };
const POLICY: Partial<JobPolicy> = { retryBaseMs: 60_000, watchdogMs: 60_000 };
const START = Date.parse('2020-01-01T00:00:00Z');
const HOUR = 3_600_000;

let dbCount = 0;

async function liveArticle(): Promise<Article> {
  return (await extractArticleFromHtml(page('2022'), URL_, 'text/html; charset=utf-8'))!;
}

/** The engine as the background wires it, on a clock the test moves. */
async function engine(archive: FakeArchive, options: { store?: HistoryStore; pauses?: ArchivePauses; sameServerAs?: { base: string } } = {}) {
  const served = options.sameServerAs ? { base: options.sameServerAs.base, close: async () => undefined } : await serveArchive(archive);
  const clock = { now: START };
  const store = options.store ?? (await HistoryStore.open(`faults-${dbCount++}`));
  const pauses = options.pauses ?? new ArchivePauses((record) => void store.putPause(record), undefined, () => clock.now);
  const source = createWaybackSource(createPoliteFetch(QUICK, { pauses }), served.base);
  const wakeUps: { url: string; at: number }[] = [];
  const service = new HistoryService({
    store,
    source: () => source,
    extract: (body, url) => readArchivedBytes(body.bytes, url, body.contentType ?? undefined),
    wakeUps: { at: (url, at) => wakeUps.push({ url, at }), cancel: () => undefined },
    now: () => clock.now,
    policy: POLICY,
  });
  const states: HistoryState[] = [];
  service.watch(URL_, (s) => states.push(s));
  /** Runs until the job stops and returns what the reader then sees. */
  const settle = async (start: () => unknown) => {
    await start();
    await service.idle(URL_);
    return states.at(-1)!;
  };
  return { archive, base: served.base, store, service, states, clock, wakeUps, pauses, settle, close: served.close, mementos: () => archive.requests.filter((r) => r.url.startsWith('/web/')) };
}

type Engine = Awaited<ReturnType<typeof engine>>;
let running: Engine[] = [];
const consoleError = vi.spyOn(console, 'error');

beforeEach(() => {
  consoleError.mockClear();
});

afterEach(async () => {
  await Promise.all(running.map((e) => e.close()));
  running = [];
});

async function start(archive: FakeArchive, options?: Parameters<typeof engine>[1]) {
  const e = await engine(archive, options);
  running.push(e);
  return e;
}

/**
 * An archive that already served the breaking story twice (both cached), then captured the
 * rewrite twice; the reader comes back once the cached capture list is stale (a week for an
 * old story): the fault hits the job that would find the rewrite.
 */
async function cachedThenRewritten() {
  const archive = new FakeArchive([
    { url: URL_, timestamp: '20160919204901', body: BREAKING },
    { url: URL_, timestamp: '20160919220000', body: variant(BREAKING, 1) },
  ]);
  const e = await start(archive);
  const live = await liveArticle();
  const first = await e.settle(() => e.service.reportLive(live));
  expect(first.kind).toBe('done');
  const cached = await e.store.loadArticle(URL_);
  archive.addCapture({ url: URL_, timestamp: '20160920120000', body: REWRITE });
  archive.addCapture({ url: URL_, timestamp: '20191016111656', body: variant(REWRITE, 2) });
  e.clock.now += 8 * 24 * HOUR;
  return { ...e, live, cached };
}

const textHashes = (article: Awaited<ReturnType<HistoryStore['loadArticle']>>) =>
  article.captures.map((c) => `${c.capture.timestamp}:${c.result.kind === 'text' ? c.result.hash : c.result.reason}`).sort();

interface FaultCase {
  name: string;
  fault: ArchiveFault;
  scope: FaultScope;
  state: Partial<HistoryState> & { kind: HistoryState['kind'] };
  /** The job tries again by itself (a wake-up is set); otherwise the reader's retry is needed. */
  retriesItself: boolean;
  /** When it tries again, if the fault decides it. */
  retryIn?: number;
}

const CASES: FaultCase[] = [
  // The archive's own Retry-After, honoured as the pause for every job.
  { name: 'a 429 with Retry-After', fault: { kind: 'rate-limit', retryAfterSeconds: 120 }, scope: 'all', state: { kind: 'rate-limited' }, retriesItself: true, retryIn: 120_000 },
  // The archive blocks an IP that asks again within a minute of a 429, for a minute: every job waits one out.
  { name: 'a 429 without Retry-After', fault: { kind: 'rate-limit' }, scope: 'all', state: { kind: 'rate-limited' }, retriesItself: true, retryIn: 60_000 },
  { name: 'a 503 with an HTML body from the CDX server', fault: { kind: 'unavailable' }, scope: 'cdx', state: { kind: 'failed', reason: 'archive-unavailable' }, retriesItself: true, retryIn: 60_000 },
  { name: 'a 503 with an HTML body for a memento', fault: { kind: 'unavailable' }, scope: 'memento', state: { kind: 'failed', reason: 'archive-unavailable' }, retriesItself: true },
  { name: 'a CDX server that never answers (timeout)', fault: { kind: 'slow', delayMs: 3_000 }, scope: 'cdx', state: { kind: 'failed', reason: 'offline' }, retriesItself: true },
  { name: 'a memento that stalls halfway (timeout)', fault: { kind: 'stall' }, scope: 'memento', state: { kind: 'failed', reason: 'offline' }, retriesItself: true },
  { name: 'a truncated memento', fault: { kind: 'truncated' }, scope: 'memento', state: { kind: 'failed', reason: 'archive-garbled' }, retriesItself: true },
  { name: 'a truncated CDX answer', fault: { kind: 'truncated' }, scope: 'cdx', state: { kind: 'failed', reason: 'archive-garbled' }, retriesItself: true },
  { name: 'invalid JSON from the CDX server', fault: { kind: 'garbage' }, scope: 'cdx', state: { kind: 'failed', reason: 'archive-garbled' }, retriesItself: true },
  { name: 'a redirect loop for a memento', fault: { kind: 'redirect-loop' }, scope: 'memento', state: { kind: 'failed', reason: 'archive-redirect-loop' }, retriesItself: true },
  { name: 'a redirect loop from the CDX server', fault: { kind: 'redirect-loop' }, scope: 'cdx', state: { kind: 'failed', reason: 'archive-redirect-loop' }, retriesItself: true },
  { name: 'an excluded URL (robots)', fault: { kind: 'excluded' }, scope: 'cdx', state: { kind: 'failed', reason: 'archive-blocked' }, retriesItself: false },
  { name: 'an excluded memento page', fault: { kind: 'excluded' }, scope: 'memento', state: { kind: 'failed', reason: 'archive-blocked' }, retriesItself: false },
  { name: 'a blocked site', fault: { kind: 'blocked' }, scope: 'cdx', state: { kind: 'failed', reason: 'archive-blocked' }, retriesItself: false },
];

describe('faults, on a story whose first captures are cached', () => {
  it.each(CASES)('$name: the reader keeps what was known, nothing broken is stored, and the history completes once it clears', async ({ fault, scope, state, retriesItself, retryIn }) => {
    const e = await cachedThenRewritten();
    e.archive.setFault(fault, scope);

    const during = await e.settle(() => e.service.reportLive(e.live));
    expect(during).toMatchObject(state);
    // What was known is still shown: the cached breaking version and the page as it is now.
    expect(during.versions.length).toBe(2);
    expect(during.versions[0]!.sightings.map((s) => s.at)).toEqual(['2016-09-19T20:49:01.000Z', '2016-09-19T22:00:00.000Z']);
    // Nothing escaped as a crash, and the cache holds exactly what it held before.
    expect(consoleError).not.toHaveBeenCalled();
    expect(textHashes(await e.store.loadArticle(URL_))).toEqual(textHashes(e.cached));

    const retryAt = during.kind === 'rate-limited' || during.kind === 'failed' ? during.retryAt : undefined;
    if (retriesItself) {
      expect(retryAt).toBeGreaterThan(e.clock.now);
      if (retryIn !== undefined) expect(retryAt! - e.clock.now).toBe(retryIn);
      expect(e.wakeUps.at(-1)).toEqual({ url: URL_, at: retryAt });
    } else {
      expect(retryAt).toBeUndefined();
    }

    e.archive.setFault(null);
    const mementosBefore = e.mementos().length;
    const after = retriesItself
      ? await e.settle(() => {
          e.clock.now = retryAt!;
          e.service.resume(URL_);
        })
      : await e.settle(() => e.service.retry(URL_));
    expect(after.kind).toBe('done');
    expect(after.versions.map((v) => v.sightings.map((s) => s.source))).toEqual([
      ['archive', 'archive'],
      ['archive', 'archive'],
      // The reader read this text last week too: "you read it" and "now" are one version.
      ['visit', 'live'],
    ]);
    // The cached captures were not asked for again.
    const asked = e.mementos().slice(mementosBefore).map((r) => r.url);
    expect(asked.some((u) => u.includes('20160919204901') || u.includes('20160919220000'))).toBe(false);
  });
});

describe('faults on a first visit, with nothing cached', () => {
  it('a blocked site shows the live page alone with the reason, and asks nothing more', async () => {
    const archive = new FakeArchive([{ url: URL_, timestamp: '20160919204901', body: BREAKING }]);
    archive.setFault({ kind: 'blocked' }, 'cdx');
    const e = await start(archive);
    const state = await e.settle(async () => e.service.reportLive(await liveArticle()));
    expect(state).toMatchObject({ kind: 'failed', reason: 'archive-blocked' });
    expect(state.versions.map((v) => v.sightings[0]!.source)).toEqual(['live']);
    expect(e.mementos()).toEqual([]);
  });

  it('a redirect loop is cut after five requests, and the reader is told the archive sent us in circles', async () => {
    const archive = new FakeArchive([{ url: URL_, timestamp: '20160919204901', body: BREAKING }]);
    archive.setFault({ kind: 'redirect-loop' }, 'cdx');
    const e = await start(archive);
    const state = await e.settle(async () => e.service.reportLive(await liveArticle()));
    expect(state).toMatchObject({ kind: 'failed', reason: 'archive-redirect-loop' });
    expect(archive.requests.map((r) => r.url.split('?')[0])).toEqual(Array(5).fill('/cdx/search/cdx'));
  });

  it('a capture that keeps failing while the archive answers for the others is skipped, so the history completes', async () => {
    const archive = new FakeArchive([
      { url: URL_, timestamp: '20160919204901', body: BREAKING },
      { url: URL_, timestamp: '20160920120000', body: REWRITE },
      { url: URL_, timestamp: '20191016111656', body: variant(REWRITE, 1) },
    ]);
    const e = await start(archive);
    const live = await liveArticle();
    // The breaking capture's memento loops every time it is asked for.
    const handle = archive.handle.bind(archive);
    archive.handle = (req, res) => {
      if (req.url?.includes('/web/20160919204901')) return void res.writeHead(302, { Location: req.url }).end();
      handle(req, res);
    };
    let state = await e.settle(() => e.service.reportLive(live));
    for (let run = 0; run < 5 && state.kind !== 'done'; run++) {
      expect(state).toMatchObject({ kind: 'failed', reason: 'archive-redirect-loop' });
      state = await e.settle(() => {
        e.clock.now = (state as { retryAt: number }).retryAt;
        e.service.resume(URL_);
      });
    }
    expect(state.kind).toBe('done');
    expect(state.versions.map((v) => v.capturedAt)).toEqual(['2016-09-20T12:00:00.000Z', expect.any(String)]);
    const skipped = (await e.store.loadArticle(URL_)).captures.find((c) => c.capture.timestamp === '20160919204901');
    expect(skipped?.result).toMatchObject({ kind: 'unusable', reason: 'unreachable' });
  });
});

describe('the pause after repeated 429s', () => {
  it('is shared by every job and survives a worker restart: the new worker asks nothing until it ends', async () => {
    const archive = new FakeArchive([
      { url: URL_, timestamp: '20160919204901', body: BREAKING },
      { url: URL_, timestamp: '20191016111656', body: REWRITE },
    ]);
    archive.setFault({ kind: 'rate-limit' });
    const first = await start(archive);
    const live = await liveArticle();
    // A minute after each of the first two 429s the job asks again; the third starts the long pause.
    let limited = await first.settle(() => first.service.reportLive(live));
    for (let round = 0; round < 2; round++) {
      expect(limited).toMatchObject({ kind: 'rate-limited', retryAt: first.clock.now + 60_000 });
      limited = await first.settle(() => {
        first.clock.now = (limited as { retryAt: number }).retryAt;
        first.service.resume(URL_);
      });
    }
    expect(archive.requests).toHaveLength(3);
    expect(limited.kind).toBe('rate-limited');
    const pauseEnd = (limited as { retryAt: number }).retryAt;
    expect(pauseEnd - first.clock.now).toBeGreaterThanOrEqual(5 * 60_000);

    // A new worker: fresh memory, the same IndexedDB. Another article's job is paused too.
    const requestsBefore = archive.requests.length;
    const clock = { now: first.clock.now + 60_000 };
    const pauses = new ArchivePauses(undefined, undefined, () => clock.now);
    pauses.restore(await first.store.getPauses());
    const second = await start(archive, { store: first.store, pauses, sameServerAs: first });
    second.clock.now = clock.now;
    const other = { ...live, url: 'https://www.nytimes.com/2016/09/21/nyregion/other.html' };
    const states: HistoryState[] = [];
    second.service.watch(other.url, (s) => states.push(s));
    await second.service.reportLive(other);
    await second.service.idle(other.url);
    expect(states.at(-1)).toMatchObject({ kind: 'rate-limited', retryAt: pauseEnd });
    expect(archive.requests.length).toBe(requestsBefore);

    // The first article's job, left waiting by the stopped worker, is woken when the pause
    // ends; its reader, coming back meanwhile, is told so.
    await second.service.resumeUnfinished();
    expect(second.wakeUps).toContainEqual({ url: URL_, at: pauseEnd });
    await second.settle(() => second.service.reportLive(live));
    expect(second.states.at(-1)).toMatchObject({ kind: 'rate-limited', retryAt: pauseEnd });
    expect(archive.requests.length).toBe(requestsBefore);

    archive.setFault(null);
    clock.now = second.clock.now = pauseEnd;
    const done = await second.settle(() => second.service.resume(URL_));
    expect(done.kind).toBe('done');
    expect(done.versions).toHaveLength(3);
  });
});

describe('captures as the archive stores them', () => {
  it('a memento in windows-1252 reads as the same text as its UTF-8 capture: no new version', async () => {
    const archive = new FakeArchive([
      { url: URL_, timestamp: '20160919204901', body: BREAKING },
      { url: URL_, timestamp: '20160919220000', body: encodeWindows1252(BREAKING.toString('utf8')), contentType: 'text/html; charset=windows-1252' },
      { url: URL_, timestamp: '20160920120000', body: encodeWindows1252(variant(BREAKING, 1).toString('utf8')), contentType: 'text/html' },
      { url: URL_, timestamp: '20191016111656', body: REWRITE },
    ]);
    const e = await start(archive);
    const state = await e.settle(async () => e.service.reportLive(await liveArticle()));
    expect(state.kind).toBe('done');
    expect(state.versions[0]!.sightings.map((s) => s.at)).toEqual(['2016-09-19T20:49:01.000Z', '2016-09-19T22:00:00.000Z', '2016-09-20T12:00:00.000Z']);
    expect(state.versions[0]!.article.paragraphs.join(' ')).toContain('’');
    expect(state.versions[0]!.article.paragraphs.join(' ')).not.toContain('\uFFFD');
  });

  it('a revisit record adds a sighting of the text it repeats without a fetch', async () => {
    const archive = new FakeArchive([
      { url: URL_, timestamp: '20160919204901', body: BREAKING },
      { url: URL_, timestamp: '20160920120000', body: REWRITE },
      { url: URL_, timestamp: '20170101000000', body: BREAKING, revisit: true },
      { url: URL_, timestamp: '20220101000000', body: page('2022') },
    ]);
    const e = await start(archive);
    e.clock.now = Date.parse('2023-01-01T00:00:00Z');
    const state = await e.settle(async () => e.service.reportLive(await liveArticle()));
    expect(state.versions.map((v) => v.capturedAt)).toEqual([
      '2016-09-19T20:49:01.000Z',
      '2016-09-20T12:00:00.000Z',
      '2017-01-01T00:00:00.000Z',
      '2022-01-01T00:00:00.000Z',
    ]);
    expect(e.mementos().some((r) => r.url.includes('20170101000000'))).toBe(false);
  });

  it('three tabs on one article make one job and one set of requests', async () => {
    const archive = new FakeArchive([
      { url: URL_, timestamp: '20160919204901', body: BREAKING },
      { url: URL_, timestamp: '20160919220000', body: variant(BREAKING, 1) },
      { url: URL_, timestamp: '20191016111656', body: REWRITE },
    ]);
    const e = await start(archive);
    const live = await liveArticle();
    const tabs = [[], [], []].map(() => {
      const seen: HistoryState[] = [];
      e.service.watch(URL_, (s) => seen.push(s));
      return seen;
    });
    await Promise.all(tabs.map(() => e.service.reportLive(live)));
    await e.service.idle(URL_);
    for (const seen of tabs) expect(seen.at(-1)?.kind).toBe('done');
    const asked = archive.requests.map((r) => r.url.replace(/\?.*/, ''));
    expect(asked.filter((u) => u === '/cdx/search/cdx')).toHaveLength(1);
    expect(new Set(asked).size).toBe(asked.length);
  });
});
