/**
 * The MV3 service worker can be stopped at any moment. Here Chromium stops it in the middle
 * of a history job (through DevTools, as the browser does to an idle worker), and the job
 * must carry on in the next worker from what IndexedDB holds: no capture it had stored is
 * fetched again, and the history completes. Nor does the next worker start from a full
 * archive budget: what the stopped one spent is in IndexedDB too.
 *
 * Stopping a worker needs Playwright's browser context, which a BrowserSession hides: the test
 * takes Chromium from the launcher underneath it.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromiumWithExtension, type ChromiumWithExtension } from '../support/browsers.ts';
import { FakeArchive } from '../support/fake-archive.ts';
import { allInShadow, HISTORY_DONE, inShadow, LAUNCHER_COUNTED } from '../support/hooks.ts';
import { startTestServers, type TestServers } from '../support/servers.ts';
import { HOSTNAMES, RAHAMI_URL } from './scenarios.ts';

const page = (name: string) => resolve(`test/fixtures/pages/${name}`);
const MEMENTO_DELAY_MS = 2_500;

/**
 * The Rahami story captured 16 times, every capture with its own bytes (its own digest) as on
 * the real archive: eight of the breaking text, then eight of the rewrite. Bisection needs six
 * of them, one after another, so the job takes several memento round trips.
 */
async function manyCapturesScenario() {
  const breaking = await readFile(page('nytimes-rahami-2016-09-19.html'));
  const rewrite = await readFile(page('nytimes-rahami-2019-10-16.html'));
  const captures = Array.from({ length: 16 }, (_, i) => ({
    url: RAHAMI_URL,
    timestamp: `201609${String(19 + Math.floor(i / 4)).padStart(2, '0')}${String(10 + (i % 4) * 3).padStart(2, '0')}0000`,
    body: Buffer.concat([i < 8 ? breaking : rewrite, Buffer.from(`\n<!-- capture ${i} -->\n`)]),
  }));
  const archive = new FakeArchive(captures);
  const pages = [{ host: 'www.nytimes.com', path: new URL(RAHAMI_URL).pathname, file: page('nytimes-rahami-2022.html') }];
  return { archive, pages };
}

/** Runs in the extension's service worker: what its IndexedDB holds for the article. */
function readCache(url: string): Promise<{ stored: string[]; status: string | null }> {
  return new Promise((done, fail) => {
    const open = indexedDB.open('article-history');
    open.onerror = () => fail(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction(['captures', 'jobs'], 'readonly');
      const captures = tx.objectStore('captures').index('url').getAll(url);
      const job = tx.objectStore('jobs').get(url);
      tx.oncomplete = () => {
        db.close();
        done({
          stored: (captures.result as { capture: { timestamp: string } }[]).map((c) => c.capture.timestamp).sort(),
          status: (job.result as { status: { kind: string } } | undefined)?.status.kind ?? null,
        });
      };
    };
  });
}

async function until<T>(what: string, probe: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined && ok(value)) return value;
    if (Date.now() > deadline) throw new Error(`waited ${timeoutMs} ms for ${what}; last: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('in chromium, a history job cut short by the service worker stopping', () => {
  let servers: TestServers;
  let chromium: ChromiumWithExtension;
  let context: BrowserContext;
  let tab: Page;
  let archive: FakeArchive;

  beforeAll(async () => {
    const scenario = await manyCapturesScenario();
    archive = scenario.archive;
    servers = await startTestServers({ pages: scenario.pages, archive, hostnames: HOSTNAMES });
    chromium = await launchChromiumWithExtension({ extensionDir: resolve('dist/chrome'), servers, hostnames: HOSTNAMES });
    context = chromium.context;
    tab = context.pages()[0] ?? (await context.newPage());
  });

  afterAll(async () => {
    await chromium?.close();
    await servers?.close();
  });

  it('resumes in the next worker without fetching again what it had stored', async () => {
    const worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'))!;
    // DevTools reports every change of the worker's running status.
    const cdp = await context.newCDPSession(tab);
    const statuses: { versionId: string; runningStatus: string }[] = [];
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      for (const v of versions) if (v.scriptURL === worker.url()) statuses.push({ versionId: v.versionId, runningStatus: v.runningStatus });
    });
    await cdp.send('ServiceWorker.enable');

    archive.setFault({ kind: 'slow', delayMs: MEMENTO_DELAY_MS }, 'memento');
    await tab.goto(RAHAMI_URL, { waitUntil: 'load' });
    // Mid-job: the two ends are stored, the bisection has more to do.
    const before = await until('two stored captures', () => worker.evaluate(readCache, RAHAMI_URL), (c) => c.stored.length >= 2 && c.status === 'running');

    const versionId = statuses.at(-1)!.versionId;
    await cdp.send('ServiceWorker.stopWorker', { versionId });
    await until('the worker to stop', async () => statuses.map((s) => s.runningStatus), (seen) => seen.includes('stopped'));
    const mementosAtStop = archive.requests.filter((r) => r.url.startsWith('/web/')).length;
    // The page reconnects, which starts the worker again; the job carries on there.
    await until('the worker to start again', async () => statuses.map((s) => s.runningStatus), (seen) => seen.lastIndexOf('running') > seen.indexOf('stopped'));

    await tab.waitForFunction(LAUNCHER_COUNTED, undefined, { timeout: 90_000 });
    await tab.evaluate(`${inShadow('[data-testid=launcher]')}.click()`);
    await tab.waitForFunction(HISTORY_DONE, undefined, { timeout: 90_000 });

    const mementos = archive.requests.filter((r) => r.url.startsWith('/web/')).map((r) => /\/web\/(\d{14})id_\//.exec(r.url)?.[1]);
    for (const timestamp of before.stored) expect(mementos.filter((t) => t === timestamp), `${timestamp} asked again`).toHaveLength(1);
    // Only what was in flight when the worker stopped may have been asked twice.
    expect(mementos.length - new Set(mementos).size).toBeLessThanOrEqual(2);
    expect(mementos.length).toBeGreaterThan(mementosAtStop);
    // Bisection pinned the change between two adjacent captures, the eighth and the ninth.
    expect(mementos).toEqual(expect.arrayContaining(['20160920190000', '20160921100000']));
    const versions = await tab.evaluate<(string | undefined)[]>(`${allInShadow('[data-testid=version]')}.map((v) => v.dataset.capturedAt)`);
    expect(versions.slice(0, 2)).toEqual(['2016-09-19T10:00:00.000Z', '2016-09-21T10:00:00.000Z']);
    expect(chromium.logs.filter((l) => / error: /.test(l))).toEqual([]);
  });
});

describe('in chromium, the archive budget across a worker restart', () => {
  const story = (n: number) => `https://www.nytimes.com/2016/09/${String((n % 28) + 1).padStart(2, '0')}/nyregion/story-${n}.html`;
  let servers: TestServers;
  let chromium: ChromiumWithExtension;
  let archive: FakeArchive;

  beforeAll(async () => {
    archive = new FakeArchive([]);
    const pages = Array.from({ length: 21 }, (_, n) => ({ host: 'www.nytimes.com', path: new URL(story(n)).pathname, file: page('nytimes-rahami-2022.html') }));
    servers = await startTestServers({ pages, archive, hostnames: HOSTNAMES });
    chromium = await launchChromiumWithExtension({ extensionDir: resolve('dist/chrome'), servers, hostnames: HOSTNAMES });
  });

  afterAll(async () => {
    await chromium?.close();
    await servers?.close();
  });

  it('is not full again in the next worker: a background tab opened after the restart waits its turn', async () => {
    const { context } = chromium;
    const tab = context.pages()[0] ?? (await context.newPage());
    const cdp = await context.newCDPSession(tab);
    const inBackground = async (url: string) => {
      const opened = context.waitForEvent('page');
      await cdp.send('Target.createTarget', { url, background: true });
      await (await opened).waitForLoadState('load');
    };
    const listings = () => archive.requests.filter((r) => r.url.startsWith('/cdx/')).length;
    for (let n = 0; n < 20; n++) await inBackground(story(n));
    await until('20 listings', async () => listings(), (count) => count === 20);

    const worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'))!;
    const statuses: string[] = [];
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      for (const v of versions) if (v.scriptURL === worker.url()) statuses.push(v.runningStatus);
    });
    await cdp.send('ServiceWorker.enable');
    const { versions } = await new Promise<{ versions: { versionId: string; scriptURL: string }[] }>((done) => cdp.once('ServiceWorker.workerVersionUpdated', done));
    await cdp.send('ServiceWorker.stopWorker', { versionId: versions.find((v) => v.scriptURL === worker.url())!.versionId });
    await until('the worker to stop and start again', async () => statuses, (seen) => seen.lastIndexOf('running') > seen.indexOf('stopped') && seen.includes('stopped'));

    await inBackground(story(20));
    await new Promise((r) => setTimeout(r, 5_000));
    expect(listings()).toBe(20);
  });
});
