import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/core/article.ts';
import { articleKey } from '../../src/core/article-key.ts';
import { HistoryStore } from '../../src/background/store.ts';
import { putVersion, upgrade, type HistoryDB } from '../../src/background/store-schema.ts';
import { hashText } from '../../src/core/hash.ts';
import { normalizeText } from '../../src/core/normalize.ts';
import type { Capture } from '../../src/sources/source.ts';

const URL_A = 'https://www.nytimes.com/2016/09/20/nyregion/a.html';
const URL_B = 'https://www.washingtonpost.com/2016/09/20/b.html';

const article = (url: string, paragraphs: string[], title = 'A headline'): Article => ({
  url, site: 'nytimes', reader: 'nytimes:2014', title, byline: 'By A. Reporter', publishedAt: '2016-09-19T20:00:00Z', modifiedAt: null,
  corrections: [], paragraphs, partial: false, liveBlog: false,
});
const capture = (timestamp: string, url = URL_A): Capture => ({ timestamp, original: url, digest: `D${timestamp}` });
const paragraphs = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => `${prefix} paragraph ${i}: ${'words '.repeat(20)}`);

/**
 * Builds the v2 layout: the upgrade of an empty database, stopped before v3's re-keying (which
 * only runs on a database that had data), without v4's `budgets` and v5's `follows`.
 */
const upgradeToV2 = async (database: Parameters<typeof upgrade>[0], tx: Parameters<typeof upgrade>[2]) => {
  await upgrade(database, 0, tx);
  database.deleteObjectStore('budgets');
  database.deleteObjectStore('follows');
};

/** The v4 layout: today's without v5's `follows`. */
const upgradeToV4 = async (database: Parameters<typeof upgrade>[0], tx: Parameters<typeof upgrade>[2]) => {
  await upgrade(database, 0, tx);
  database.deleteObjectStore('follows');
};

let dbCount = 0;
const freshName = () => `store-${dbCount++}`;

async function countRecords(name: string, store: string): Promise<number> {
  const db = await openDB(name);
  const n = await db.count(store);
  db.close();
  return n;
}

/**
 * A cache exactly as the walking skeleton's store (schema v1) wrote it: whole articles in
 * every capture and visit record, "excluded" remembered as unusable.
 */
async function writeV1Cache(name: string) {
  const early = article(URL_A, ['Mr. Rahami fled, “indiscriminantly” firing.', 'Two officers were injured.']);
  const later = article(URL_A, ['Mr. Rahami fled, “indiscriminately” firing.', 'Two officers were wounded.', 'He was taken to a hospital.']);
  const db = await openDB(name, 1, {
    upgrade(v1) {
      v1.createObjectStore('captures', { keyPath: 'key' }).createIndex('url', 'url');
      v1.createObjectStore('captureLists', { keyPath: 'key' });
      v1.createObjectStore('visits', { keyPath: 'id', autoIncrement: true }).createIndex('url', 'url');
    },
  });
  const text = (a: Article) => ({ kind: 'text', hash: articleKey(a), article: a });
  const put = (c: Capture, result: unknown) =>
    db.put('captures', { key: `web.archive.org|${c.timestamp}|${URL_A}`, url: URL_A, source: 'web.archive.org', capture: c, fetchedAt: 1_600_000_000_000, result });
  await put(capture('20160919204901'), text(early));
  await put(capture('20160919220000'), text(early));
  await put(capture('20170101000000'), { kind: 'unusable', reason: 'no-article' });
  await put(capture('20180101000000'), { kind: 'unusable', reason: 'excluded' });
  await put(capture('20191016111656'), text(later));
  const list = ['20160919204901', '20160919220000', '20170101000000', '20180101000000', '20191016111656'].map((t) => capture(t));
  await db.put('captureLists', { key: `web.archive.org|${URL_A}`, url: URL_A, source: 'web.archive.org', fetchedAt: 1_600_000_000_000, captures: list });
  await db.add('visits', { url: URL_A, firstSeenAt: '2016-09-19T21:00:00.000Z', lastSeenAt: '2016-09-19T21:30:00.000Z', hash: articleKey(early), article: early });
  await db.add('visits', { url: URL_A, firstSeenAt: '2020-05-01T09:14:00.000Z', lastSeenAt: '2020-05-01T09:14:00.000Z', hash: articleKey(later), article: later });
  db.close();
  return { early, later, list };
}

describe('the cache schema', () => {
  it('a cache written by the previous schema opens after the upgrade with nothing lost', async () => {
    const name = freshName();
    const { early, later, list } = await writeV1Cache(name);
    const store = await HistoryStore.open(name);

    const { captures, visits } = await store.loadArticle(URL_A);
    const byTime = Object.fromEntries(captures.map((c) => [c.capture.timestamp, c.result]));
    expect(byTime['20160919204901']).toEqual({ kind: 'text', hash: articleKey(early), article: early });
    expect(byTime['20160919220000']).toEqual({ kind: 'text', hash: articleKey(early), article: early });
    expect(byTime['20191016111656']).toEqual({ kind: 'text', hash: articleKey(later), article: later });
    expect(byTime['20170101000000']).toEqual({ kind: 'unusable', reason: 'no-article' });
    // An exclusion can be lifted: v1 cached it for good, v2 asks again.
    expect(byTime['20180101000000']).toBeUndefined();
    expect(visits).toEqual([
      { firstSeenAt: '2016-09-19T21:00:00.000Z', lastSeenAt: '2016-09-19T21:30:00.000Z', hash: articleKey(early), article: early },
      { firstSeenAt: '2020-05-01T09:14:00.000Z', lastSeenAt: '2020-05-01T09:14:00.000Z', hash: articleKey(later), article: later },
    ]);
    expect((await store.getCaptureList('web.archive.org', URL_A))?.captures).toEqual(list);
    // Two texts, stored once each, whatever the number of captures and visits that saw them.
    expect(await countRecords(name, 'versions')).toBe(2);
    expect(await countRecords(name, 'paragraphs')).toBe(5);
    expect((await store.usage()).articles).toBe(1);
    store.close();
  });

  it('a cache of schema v2 is re-keyed by the structure-keeping hash, with its captures and visits', async () => {
    const name = freshName();
    const early = article(URL_A, ['Mr. Rahami fled, “indiscriminantly” firing.', 'Two officers were injured.']);
    const later = article(URL_A, ['Mr. Rahami fled, “indiscriminately” firing.', 'Two officers were wounded.', 'He was taken to a hospital.']);
    // v2 keyed a text by hashing its normalised parts joined into one string.
    const v2Key = (a: Article) => String(hashText([a.title, a.byline ?? '', ...a.corrections, '', ...a.paragraphs].map(normalizeText).join('\n')));
    const db = await openDB<HistoryDB>(name, 2, { upgrade: (database, _old, _new, tx) => upgradeToV2(database, tx) });
    const tx = db.transaction(['captures', 'visits', 'versions', 'paragraphs'], 'readwrite');
    for (const a of [early, later]) await putVersion({ versions: tx.objectStore('versions'), paragraphs: tx.objectStore('paragraphs') }, URL_A, v2Key(a), a);
    const put = (timestamp: string, hash: string) =>
      tx.objectStore('captures').put({ key: `web.archive.org|${timestamp}|${URL_A}`, url: URL_A, source: 'web.archive.org', capture: capture(timestamp), fetchedAt: 1, result: { kind: 'text', hash } });
    await put('20160919204901', v2Key(early));
    await put('20191016111656', v2Key(later));
    await tx.objectStore('visits').add({ url: URL_A, firstSeenAt: '2020-05-01T09:14:00.000Z', lastSeenAt: '2020-05-01T09:14:00.000Z', hash: v2Key(later) });
    await tx.done;
    db.close();
    expect(v2Key(early)).not.toBe(articleKey(early));

    const store = await HistoryStore.open(name);
    const { captures, visits } = await store.loadArticle(URL_A);
    expect(captures.map((c) => c.result)).toEqual([
      { kind: 'text', hash: articleKey(early), article: early },
      { kind: 'text', hash: articleKey(later), article: later },
    ]);
    expect(visits).toEqual([{ firstSeenAt: '2020-05-01T09:14:00.000Z', lastSeenAt: '2020-05-01T09:14:00.000Z', hash: articleKey(later), article: later }]);
    expect(await countRecords(name, 'versions')).toBe(2);
    expect(await countRecords(name, 'paragraphs')).toBe(5);
    store.close();
  });

  it('a cache of schema v4 gains an empty list of followed stories, its histories kept', async () => {
    const name = freshName();
    const text = article(URL_A, ['Two officers were injured.', 'He fled.']);
    const db = await openDB<HistoryDB>(name, 4, { upgrade: (database, _old, _new, tx) => upgradeToV4(database, tx) });
    expect([...db.objectStoreNames]).not.toContain('follows');
    const tx = db.transaction(['versions', 'paragraphs', 'visits'], 'readwrite');
    await putVersion({ versions: tx.objectStore('versions'), paragraphs: tx.objectStore('paragraphs') }, URL_A, articleKey(text), text);
    await tx.objectStore('visits').add({ url: URL_A, firstSeenAt: '2020-05-01T09:14:00.000Z', lastSeenAt: '2020-05-01T09:14:00.000Z', hash: articleKey(text) });
    await tx.done;
    db.close();

    const store = await HistoryStore.open(name);
    expect(await store.follows()).toEqual([]);
    expect((await store.loadArticle(URL_A)).visits.map((visit) => visit.article)).toEqual([text]);
    const followed = {
      url: URL_A,
      title: text.title,
      schedule: { followedAt: 1, pinned: false, intervalMs: 900_000, failures: 0, nextCheckAt: 900_001 },
      lastHash: articleKey(text),
      lastCheck: null,
      lastChange: null,
      unseen: false,
    };
    await store.putFollow(followed);
    expect(await store.follows()).toEqual([followed]);
    expect(await store.text(URL_A, articleKey(text))).toEqual(text);
    store.close();
  });

  it('a new cache opens empty at the current schema', async () => {
    const store = await HistoryStore.open(freshName());
    expect(await store.loadArticle(URL_A)).toEqual({ captures: [], visits: [] });
    expect(await store.usage()).toEqual({ articles: 0, bytes: 0 });
    store.close();
  });
});

describe('storing texts', () => {
  it('stores each paragraph once, however many versions and articles use it', async () => {
    const name = freshName();
    const store = await HistoryStore.open(name);
    const body = paragraphs(10, 'Shared');
    const v1 = article(URL_A, body);
    const v2 = article(URL_A, [...body.slice(0, 9), 'A rewritten last paragraph.']);
    const wire = article(URL_B, body);
    await store.putCapture(URL_A, 'web.archive.org', capture('20160101000000'), { kind: 'text', hash: articleKey(v1), article: v1 }, 1);
    await store.putCapture(URL_A, 'web.archive.org', capture('20160102000000'), { kind: 'text', hash: articleKey(v2), article: v2 }, 1);
    await store.putCapture(URL_A, 'web.archive.org', capture('20160103000000'), { kind: 'text', hash: articleKey(v2), article: v2 }, 1);
    await store.putCapture(URL_B, 'web.archive.org', capture('20160101000000', URL_B), { kind: 'text', hash: articleKey(wire), article: wire }, 1);
    expect(await countRecords(name, 'paragraphs')).toBe(11);
    expect(await countRecords(name, 'versions')).toBe(3);
    const texts = (await store.loadArticle(URL_A)).captures.map((c) => (c.result.kind === 'text' ? c.result.article.paragraphs.at(-1) : null));
    expect(texts).toEqual([body[9], 'A rewritten last paragraph.', 'A rewritten last paragraph.']);
    store.close();
  });

  it('keeps the display text of paragraphs that differ only in typography', async () => {
    const store = await HistoryStore.open(freshName());
    const straight = article(URL_A, ['He said "no" -- twice.']);
    const curly = article(URL_A, ['He said “no” — twice.'], 'Another headline');
    await store.putCapture(URL_A, 's', capture('20160101000000'), { kind: 'text', hash: articleKey(straight), article: straight }, 1);
    await store.putCapture(URL_A, 's', capture('20160102000000'), { kind: 'text', hash: articleKey(curly), article: curly }, 1);
    const shown = (await store.loadArticle(URL_A)).captures.map((c) => (c.result.kind === 'text' ? c.result.article.paragraphs[0] : null));
    expect(shown).toEqual(['He said "no" -- twice.', 'He said “no” — twice.']);
    store.close();
  });

  it('records a visit only when the text changed since the last one', async () => {
    const store = await HistoryStore.open(freshName());
    const a = article(URL_A, ['First text.']);
    const b = article(URL_A, ['Second text.']);
    await store.recordVisit(URL_A, articleKey(a), a, '2020-01-01T09:00:00.000Z');
    await store.recordVisit(URL_A, articleKey(a), a, '2020-01-01T10:00:00.000Z');
    await store.recordVisit(URL_A, articleKey(b), b, '2020-01-02T09:00:00.000Z');
    const { visits } = await store.loadArticle(URL_A);
    expect(visits.map((v) => [v.firstSeenAt, v.lastSeenAt, v.article.paragraphs[0]])).toEqual([
      ['2020-01-01T09:00:00.000Z', '2020-01-01T10:00:00.000Z', 'First text.'],
      ['2020-01-02T09:00:00.000Z', '2020-01-02T09:00:00.000Z', 'Second text.'],
    ]);
    store.close();
  });
});

describe('the size cap and clearing', () => {
  async function threeArticles(capBytes: number) {
    const name = freshName();
    const store = await HistoryStore.open(name, { capBytes });
    const urls = [URL_A, URL_B, 'https://www.nytimes.com/2016/09/21/c.html'];
    for (const [i, url] of urls.entries()) {
      // The first two share a wire paragraph; each has 20 paragraphs of its own.
      const a = article(url, ['A wire paragraph that two articles share.', ...paragraphs(20, url)]);
      await store.putCapture(url, 's', capture('20160101000000', url), { kind: 'text', hash: articleKey(a), article: a }, 1);
      await store.touch(url, 1000 * (i + 1));
    }
    return { name, store, urls };
  }

  it('evicts the articles viewed least recently, never the one being read, until under the cap', async () => {
    const { store, urls } = await threeArticles(Number.MAX_SAFE_INTEGER);
    const { bytes } = await store.usage();
    store.close();
    // Over the cap by a little: one article goes (eviction goes down to 80% of the cap, so
    // that it does not run again at the next write).
    const cap = Math.floor(bytes * 0.9);
    const capped = await threeArticles(cap);
    await capped.store.touch(urls[0]!, 10_000);
    expect(await capped.store.evict([urls[2]!])).toEqual([urls[1]]);
    expect((await capped.store.loadArticle(urls[1]!)).captures).toEqual([]);
    expect((await capped.store.loadArticle(urls[0]!)).captures).toHaveLength(1);
    // The shared paragraph stays for the article that still uses it.
    const kept = (await capped.store.loadArticle(urls[0]!)).captures[0]!.result;
    expect(kept.kind === 'text' && kept.article.paragraphs[0]).toBe('A wire paragraph that two articles share.');
    expect((await capped.store.usage()).bytes).toBeLessThanOrEqual(cap * 0.8);
    capped.store.close();
  });

  it('does nothing while under the cap', async () => {
    const { store } = await threeArticles(Number.MAX_SAFE_INTEGER);
    expect(await store.evict()).toEqual([]);
    expect((await store.usage()).articles).toBe(3);
    store.close();
  });

  it('clears one article, leaving the others and their shared paragraphs whole', async () => {
    const { name, store, urls } = await threeArticles(Number.MAX_SAFE_INTEGER);
    await store.recordVisit(urls[0]!, 'h', article(urls[0]!, ['Seen once.']), '2020-01-01T00:00:00.000Z');
    await store.putCaptureList('s', urls[0]!, [capture('20160101000000', urls[0])], 1);
    await store.clearArticle(urls[0]!);
    expect(await store.loadArticle(urls[0]!)).toEqual({ captures: [], visits: [] });
    expect(await store.getCaptureList('s', urls[0]!)).toBeUndefined();
    const other = (await store.loadArticle(urls[1]!)).captures[0]!.result;
    expect(other.kind === 'text' && other.article.paragraphs).toHaveLength(21);
    expect(await countRecords(name, 'paragraphs')).toBe(1 + 20 + 20);
    expect((await store.usage()).articles).toBe(2);
    store.close();
  });

  it('clears every article but keeps the archive pause', async () => {
    const { name, store } = await threeArticles(Number.MAX_SAFE_INTEGER);
    await store.putPause({ host: 'web.archive.org', until: 123, strikes: [], lastPauseMs: 300_000 });
    await store.clearAll();
    expect(await store.usage()).toEqual({ articles: 0, bytes: 0 });
    expect(await countRecords(name, 'paragraphs')).toBe(0);
    expect(await store.getPauses()).toHaveLength(1);
    store.close();
  });
});
