/**
 * One bad record must not stop everything: each store with a record that another build, a
 * crash or a hand with devtools left behind. The store drops it, says so, and carries on.
 */
import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Article } from '../../src/core/article.ts';
import { articleKey } from '../../src/core/article-key.ts';
import { HistoryStore } from '../../src/background/store.ts';
import type { Capture } from '../../src/sources/source.ts';

const URL_A = 'https://www.nytimes.com/2016/09/20/nyregion/a.html';
const URL_B = 'https://www.nytimes.com/2016/09/21/nyregion/b.html';
const story = (url: string, paragraphs: string[]): Article => ({
  url, site: 'nytimes', reader: 'nytimes:2014', title: 'A headline', byline: null, publishedAt: null, modifiedAt: null, corrections: [], paragraphs, partial: false, liveBlog: false,
});
const capture = (timestamp: string, url = URL_A): Capture => ({ timestamp, original: url, digest: `D${timestamp}` });
const early = story(URL_A, ['Two officers were injured.', 'He fled.']);
const later = story(URL_A, ['Two officers were wounded.', 'He fled.']);

const followOf = (url: string) => ({
  url,
  title: 'A headline',
  schedule: { followedAt: 1, pinned: false, intervalMs: 900_000, failures: 0, nextCheckAt: 900_001 },
  lastHash: articleKey(later),
  lastCheck: null,
  lastChange: null,
  unseen: true,
});

let n = 0;
let name: string;
let warn: ReturnType<typeof vi.spyOn>;

/** A store with two texts of one story, a visit, a capture list, a job, a pause and a budget; then `corrupt` writes into it raw. */
async function storeWith(corrupt: (db: Awaited<ReturnType<typeof openDB>>) => Promise<unknown>): Promise<HistoryStore> {
  const setUp = await HistoryStore.open(name);
  await setUp.putCapture(URL_A, 'web.archive.org', capture('20160919204901'), { kind: 'text', hash: articleKey(early), article: early }, 1);
  await setUp.putCapture(URL_A, 'web.archive.org', capture('20191016111656'), { kind: 'text', hash: articleKey(later), article: later }, 1);
  await setUp.recordVisit(URL_A, articleKey(later), later, '2020-05-01T09:14:00.000Z');
  await setUp.putCaptureList('web.archive.org', URL_A, [capture('20160919204901'), capture('20191016111656')], 1);
  await setUp.putJob({ url: URL_B, thorough: false, failedRuns: 0, captureFailures: {}, status: { kind: 'running', since: 1 } });
  await setUp.putPause({ host: 'web.archive.org', until: 0, strikes: [1], lastPauseMs: 0 });
  await setUp.putBudget({ host: 'web.archive.org', spent: { listing: [1, 2], memento: [3] } });
  await setUp.putFollow(followOf(URL_A));
  await setUp.putFollow(followOf(URL_B));
  setUp.close();
  const raw = await openDB(name);
  await corrupt(raw);
  raw.close();
  return HistoryStore.open(name);
}

async function count(store: string): Promise<number> {
  const db = await openDB(name);
  const total = await db.count(store);
  db.close();
  return total;
}

beforeEach(() => {
  name = `corrupt-${n++}`;
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => warn.mockRestore());

describe('a corrupt record is dropped with a note, and the rest keeps working', () => {
  it('follows: a followed story whose schedule is missing', async () => {
    const store = await storeWith((db) => db.put('follows', { ...followOf(URL_A), schedule: undefined }));
    expect((await store.follows()).map((follow) => follow.url)).toEqual([URL_B]);
    expect(await store.getFollow(URL_A)).toBeUndefined();
    expect(await count('follows')).toBe(1);
    expect(warn).toHaveBeenCalled();
  });

  it('jobs: a job whose status is null', async () => {
    const store = await storeWith((db) => db.put('jobs', { url: URL_A, thorough: false, failedRuns: 0, captureFailures: {}, status: null }));
    expect((await store.unfinishedJobs()).map((job) => job.url)).toEqual([URL_B]);
    expect(await store.getJob(URL_A)).toBeUndefined();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('"jobs"'), expect.anything());
    await vi.waitFor(async () => expect(await count('jobs')).toBe(1));
    store.close();
  });

  it('pauses: a pause without its strikes', async () => {
    const store = await storeWith((db) => db.put('pauses', { host: 'archive.example', until: 5 }));
    expect((await store.getPauses()).map((pause) => pause.host)).toEqual(['web.archive.org']);
    store.close();
  });

  it('a record that is simply not there is not called unreadable', async () => {
    const store = await storeWith(async () => undefined);
    expect(await store.getJob('https://www.nytimes.com/never-seen.html')).toBeUndefined();
    expect(await store.getCaptureList('web.archive.org', 'https://www.nytimes.com/never-seen.html')).toBeUndefined();
    expect(warn).not.toHaveBeenCalled();
    store.close();
  });

  it('budgets: a budget whose spending is not a list of times', async () => {
    const store = await storeWith((db) => db.put('budgets', { host: 'archive.example', spent: { listing: 'many' } }));
    expect(await store.getBudgets()).toEqual([{ host: 'web.archive.org', spent: { listing: [1, 2], memento: [3] } }]);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('"budgets"'), expect.anything());
    store.close();
  });

  it('captures: a capture whose result is garbage is fetched again, the others kept', async () => {
    const store = await storeWith((db) => db.put('captures', { key: `web.archive.org|20170101000000|${URL_A}`, url: URL_A, source: 'web.archive.org', capture: capture('20170101000000'), fetchedAt: 1, result: 'text' }));
    const { captures } = await store.loadArticle(URL_A);
    expect(captures.map((c) => c.capture.timestamp)).toEqual(['20160919204901', '20191016111656']);
    store.close();
  });

  it('versions: a text record without its article, and a text whose paragraph is gone', async () => {
    const store = await storeWith(async (db) => {
      await db.put('versions', { key: `${URL_A}|${articleKey(early)}`, url: URL_A, hash: articleKey(early), article: null });
      const paragraph = (await db.getAll('paragraphs')).find((p: { text: string }) => p.text === 'Two officers were wounded.');
      await db.delete('paragraphs', paragraph.id);
    });
    const { captures, visits } = await store.loadArticle(URL_A);
    // Both texts are unreadable: their captures will be fetched again, and no text shows a hole as an edit.
    expect(captures).toEqual([]);
    expect(visits).toEqual([]);
    await vi.waitFor(async () => expect(await count('versions')).toBe(0));
    store.close();
  });

  it('paragraphs, visits, capture lists and article sizes with the wrong types', async () => {
    const store = await storeWith(async (db) => {
      await db.put('paragraphs', { id: 7, text: 42, urls: URL_A });
      await db.add('visits', { url: URL_A, firstSeenAt: null, hash: 3 });
      await db.put('captureLists', { key: `web.archive.org|${URL_B}`, url: URL_B, source: 'web.archive.org', fetchedAt: 1, captures: 'none' });
      await db.put('articles', { url: URL_B, lastViewedAt: 'yesterday', bytes: -Infinity });
    });
    expect((await store.loadArticle(URL_A)).visits).toHaveLength(1);
    expect(await store.getCaptureList('web.archive.org', URL_B)).toBeUndefined();
    expect((await store.getCaptureList('web.archive.org', URL_A))?.captures).toHaveLength(2);
    expect((await store.usage()).articles).toBe(1);
    await store.recordVisit(URL_A, articleKey(later), later, '2020-05-02T09:14:00.000Z');
    await store.clearArticle(URL_A);
    expect(await store.loadArticle(URL_A)).toEqual({ captures: [], visits: [] });
    store.close();
  });

  it('forgetting everything works whatever the store holds', async () => {
    const store = await storeWith(async (db) => {
      await db.put('jobs', { url: URL_A, status: null });
      await db.put('versions', { key: 'x', url: URL_A, hash: 'h', article: 'broken' });
    });
    await store.clearAll();
    expect(await store.usage()).toEqual({ articles: 0, bytes: 0 });
    expect(await count('jobs')).toBe(0);
    expect(await count('versions')).toBe(0);
    store.close();
  });
});
