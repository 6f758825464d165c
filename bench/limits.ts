/**
 * Size limits (issue 12, part 3): what reading an oversized archived answer costs. A gzip body
 * of about 530 KB that expands to 500 MB is fetched from the fake archive over HTTP and read
 * as the engine reads it (streamed, stopped at MAX_CAPTURE_BYTES); the baseline, in the same
 * run, is expanding the same bytes whole, as any reader without a cap must (zlib in-process:
 * Node's fetch itself gives up on reading this answer whole, "terminated"). Time and bytes held.
 */
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import { MAX_CAPTURE_BYTES } from '../src/core/limits.ts';
import { createPoliteFetch, readBody } from '../src/sources/polite-fetch.ts';
import { FakeArchive, serveArchive } from '../test/support/fake-archive.ts';
import { gzipBomb } from '../test/support/gzip-bomb.ts';
import { median, type BenchSection } from './section.ts';

const URL_ = 'https://www.nytimes.com/2016/09/20/nyregion/nyc-nj-explosions-ahmad-khan-rahami.html';
const EXPANDED = 500 * 1024 * 1024;
const ROUNDS = 3;

export default async function limits(): Promise<BenchSection> {
  const page = readFileSync(new URL('../test/fixtures/pages/nytimes-rahami-2019-10-16.html', import.meta.url));
  const bomb = await gzipBomb(page, EXPANDED);
  const archive = new FakeArchive([{ url: URL_, timestamp: '20191016111656', body: bomb, contentEncoding: 'gzip' }], { limits: null });
  const served = await serveArchive(archive);
  const politeFetch = createPoliteFetch({ maxInFlight: 2, timeoutMs: 120_000, retries: 0, backoffMs: 0, maxWaitMs: 0 });
  const url = `${served.base}/web/20191016111656id_/${URL_}`;
  const ours: number[] = [];
  const whole: number[] = [];
  let oursBytes = 0;
  let wholeBytes = 0;
  try {
    // In turn, so that a slower moment of the shared machine hits both sides alike.
    for (let round = 0; round < ROUNDS; round++) {
      let t0 = performance.now();
      // Node's fetch (undici) throws from its socket's close when a cancelled body's request is left open: it is ended here.
      const done = new AbortController();
      oursBytes = (await readBody(await politeFetch(url, { signal: done.signal }))).bytes.byteLength;
      ours.push(performance.now() - t0);
      done.abort();
      t0 = performance.now();
      wholeBytes = (await promisify(gunzip)(bomb)).byteLength;
      whole.push(performance.now() - t0);
    }
  } finally {
    await served.close();
  }
  const row = { case: 'gzip bomb', compressedBytes: bomb.length, oursMs: median(ours), oursBytes, wholeMs: median(whole), wholeBytes };
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  const report = [
    'size limits: an archived answer of a gzip that expands to 500 MB',
    `  ${mb(bomb.length)} compressed: fetched, streamed and stopped at ${mb(MAX_CAPTURE_BYTES)} in ${row.oursMs.toFixed(0)} ms (${mb(oursBytes)} held); expanded whole ${row.wholeMs.toFixed(0)} ms (${mb(wholeBytes)} held), ${(row.wholeMs / row.oursMs).toFixed(1)}x`,
  ].join('\n');
  return { json: { limits: [row] }, report };
}
