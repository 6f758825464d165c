/**
 * Pages larger than a story: what is read, kept and sent of them (src/core/limits.ts). A live
 * blog of several megabytes keeps its newest entries and still fits a message; an archived body
 * is read as it streams and stopped at the cap, a small gzip that expands to hundreds of
 * megabytes included; a capture whose story lies past the cap is marked "too large" once.
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/core/article.ts';
import type { HistoryState } from '../../src/core/history.ts';
import { capArticle, MAX_CAPTURE_BYTES, MAX_MESSAGE_CHARS, MAX_VERSION_CHARS } from '../../src/core/limits.ts';
import { HistoryService } from '../../src/background/history-service.ts';
import { HistoryStore } from '../../src/background/store.ts';
import { extractArticleFromHtml, readArchivedBytes } from '../../src/extract/node.ts';
import { isArticle } from '../../src/messages.ts';
import { createPoliteFetch, readBody } from '../../src/sources/polite-fetch.ts';
import { createWaybackSource } from '../../src/sources/wayback.ts';
import { FakeArchive, serveArchive } from '../support/fake-archive.ts';
import { gzipBomb } from '../support/gzip-bomb.ts';
import { grownLiveBlog, LIVE_BLOG_URL } from '../support/live-blog.ts';
import { withInlineData } from '../support/padded-page.ts';

const RAHAMI = 'https://www.nytimes.com/2016/09/20/nyregion/nyc-nj-explosions-ahmad-khan-rahami.html';
const page = (name: string) => readFileSync(new URL(`../fixtures/pages/nytimes-rahami-${name}.html`, import.meta.url));
const MB = 1024 * 1024;

const article = (paragraphs: string[]): Article => ({
  url: RAHAMI, site: 'nytimes', reader: 'nytimes:2014', title: 'Bombing suspect is captured', byline: null, publishedAt: null, modifiedAt: null,
  corrections: [], paragraphs, partial: false, liveBlog: false,
});

describe('a version larger than a story', () => {
  it('a story within the limit is kept as it was', () => {
    const story = article(['Mr. Rahami fled.', 'Two officers were injured.']);
    expect(capArticle(story)).toBe(story);
  });

  it('past the limit, the paragraphs that come first are kept whole and the version is marked partial', () => {
    const paragraphs = Array.from({ length: 2_000 }, (_, i) => `Entry ${i}: ${'Officials said the suspect was in custody. '.repeat(10)}`);
    const capped = capArticle(article(paragraphs));
    expect(capped.partial).toBe(true);
    expect(capped.paragraphs).toEqual(paragraphs.slice(0, capped.paragraphs.length));
    expect(JSON.stringify(capped).length).toBeLessThan(MAX_VERSION_CHARS + 1_000);
    expect(JSON.stringify(capped).length).toBeGreaterThan(MAX_VERSION_CHARS - 1_000);
  });

  it('one paragraph longer than the limit still shows its beginning, within the limit', () => {
    const capped = capArticle(article(['x"'.repeat(MAX_VERSION_CHARS)]));
    expect(capped.partial).toBe(true);
    expect(capped.paragraphs[0]).toMatch(/^x"x"/);
    expect(JSON.stringify(capped).length).toBeLessThan(MAX_VERSION_CHARS + 1_000);
  });

  it('a live blog grown past 2 MB of text is read as its newest entries, and the article fits a message', async () => {
    const grown = grownLiveBlog(2.5 * MB);
    const read = (await extractArticleFromHtml(grown.html, LIVE_BLOG_URL))!;
    expect(read).toMatchObject({ liveBlog: true, partial: true });
    expect(read.paragraphs[0]).toBe(grown.newest);
    expect(read.paragraphs.length).toBeGreaterThan(500);
    // The message guard refused the whole article: the live page was dropped without a word.
    expect(isArticle(read)).toBe(true);
    expect(JSON.stringify(read).length).toBeLessThan(MAX_MESSAGE_CHARS);
  }, 60_000);
});

/** A body that never ends, counting how many chunks were pulled from it. */
function endless(chunkBytes: number) {
  let pulled = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      pulled++;
      controller.enqueue(new Uint8Array(chunkBytes).fill(32));
    },
  });
  return { response: new Response(stream), pulled: () => pulled };
}

describe('reading an archived body', () => {
  it('stops at the cap while the body streams in, and says it was cut', async () => {
    const body = endless(64 * 1024);
    const { bytes, cut } = await readBody(body.response, MB);
    expect(cut).toBe(true);
    expect(bytes.byteLength).toBe(MB);
    await new Promise((resolve) => setTimeout(resolve, 50));
    // Nothing past the cap is read: a stream that never ends is not read forever.
    expect(body.pulled()).toBeLessThanOrEqual(MB / (64 * 1024) + 2);
  });

  it('reads a body within the cap whole, and a body exactly at it is not cut', async () => {
    expect(await readBody(new Response('<p>story</p>'))).toEqual({ bytes: new TextEncoder().encode('<p>story</p>'), cut: false });
    const exact = await readBody(new Response(new Uint8Array(MB)), MB);
    expect(exact.cut).toBe(false);
    expect(exact.bytes.byteLength).toBe(MB);
  });

  it('a small gzip that expands to 500 MB is stopped at the cap as it is decompressed', async () => {
    const bomb = await gzipBomb(page('2019-10-16'), 500 * MB);
    expect(bomb.length).toBeLessThan(MB);
    const archive = new FakeArchive([{ url: RAHAMI, timestamp: '20180301120000', body: bomb, contentEncoding: 'gzip' }]);
    const served = await serveArchive(archive);
    try {
      const response = await createPoliteFetch()(`${served.base}/web/20180301120000id_/${RAHAMI}`);
      expect(response.headers.get('content-encoding')).toBe('gzip');
      const { bytes, cut } = await readBody(response);
      expect(cut).toBe(true);
      expect(bytes.byteLength).toBe(MAX_CAPTURE_BYTES);
      // What was read is the page itself, then the padding.
      expect(new TextDecoder().decode(bytes.subarray(0, 200))).toMatch(/<!DOCTYPE html>|<html/i);
    } finally {
      await served.close();
    }
  }, 60_000);
});

let dbCount = 0;

/** The engine as the background wires it (Wayback client, polite fetch, history service) against the fake archive over HTTP. */
async function engine(archive: FakeArchive) {
  const served = await serveArchive(archive);
  const store = await HistoryStore.open(`size-${dbCount++}`);
  const source = createWaybackSource(createPoliteFetch(), served.base);
  const service = new HistoryService({ store, source: () => source, extract: (body, url) => readArchivedBytes(body.bytes, url, body.contentType ?? undefined) });
  const states: HistoryState[] = [];
  service.watch(RAHAMI, (s) => states.push(s));
  const live = (await extractArticleFromHtml(page('2022'), RAHAMI))!;
  const run = async (start: () => unknown) => {
    await start();
    await service.idle(RAHAMI);
    return states.at(-1)!;
  };
  const mementos = (timestamp: string) => archive.requests.filter((r) => r.url.startsWith(`/web/${timestamp}id_/`)).length;
  return { service, store, live, run, mementos, close: () => served.close() };
}

describe('an archived capture larger than the cap', () => {
  it('whose story lies past the cap is marked too large to read, once: a retry does not fetch it again', async () => {
    const padded = withInlineData(page('2019-10-16'), 6 * MB);
    const archive = new FakeArchive([
      { url: RAHAMI, timestamp: '20160919204901', body: page('2016-09-19') },
      { url: RAHAMI, timestamp: '20180301120000', body: padded },
      { url: RAHAMI, timestamp: '20191016111656', body: page('2019-10-16') },
    ]);
    const e = await engine(archive);
    try {
      const done = await e.run(() => e.service.reportLive(e.live));
      expect(done).toMatchObject({ kind: 'done', tooLarge: 1 });
      expect(done.versions.length).toBeGreaterThanOrEqual(2);
      const stored = (await e.store.loadArticle(RAHAMI)).captures.find((c) => c.capture.timestamp === '20180301120000');
      expect(stored?.result).toEqual({ kind: 'unusable', reason: 'too-large' });

      const again = await e.run(() => e.service.retry(RAHAMI));
      expect(again).toMatchObject({ kind: 'done', tooLarge: 1 });
      expect(e.mementos('20180301120000')).toBe(1);
    } finally {
      await e.close();
    }
  }, 60_000);

  it('a gzip bomb whose page comes first is read up to the cap: the story is a version, marked partial', async () => {
    const bomb = await gzipBomb(page('2019-10-16'), 500 * MB);
    const archive = new FakeArchive([
      { url: RAHAMI, timestamp: '20160919204901', body: page('2016-09-19') },
      { url: RAHAMI, timestamp: '20191016111656', body: bomb, contentEncoding: 'gzip' },
    ]);
    const e = await engine(archive);
    try {
      const done = await e.run(() => e.service.reportLive(e.live));
      expect(done.kind).toBe('done');
      const rewrite = done.versions.find((v) => v.sightings.some((s) => s.at.startsWith('2019-10-16')));
      expect(rewrite?.article.partial).toBe(true);
      expect(rewrite?.article.paragraphs.length).toBeGreaterThan(10);
      expect(e.mementos('20191016111656')).toBe(1);
    } finally {
      await e.close();
    }
  }, 60_000);
});
