/**
 * The fake archive answers like the real Wayback Machine: each test puts a recorded exchange
 * (test/fixtures/wayback/recorded, trimmed) beside the fake's answer to the same kind of
 * request and compares what a client reads: status, the headers that matter, body layout,
 * redirect targets. A Wayback client that works against the fake then works against the real one.
 */
import { readFileSync } from 'node:fs';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FakeArchive, type FakeCapture } from '../support/fake-archive.ts';
import { makeCertificate } from '../support/tls.ts';

interface Exchange {
  status: number;
  headers: Record<string, string>;
  body: string;
}

interface Recording extends Exchange {
  request: { method: string; uri: string };
}

function recorded(name: string): Recording {
  const raw = JSON.parse(readFileSync(new URL(`../fixtures/wayback/recorded/${name}.json`, import.meta.url), 'utf8')) as Recording;
  const headers = Object.fromEntries(Object.entries(raw.headers).map(([k, v]) => [k.toLowerCase(), v]));
  return { ...raw, headers };
}

let archive: FakeArchive;
let server: https.Server;
let certDir: string;

beforeAll(async () => {
  certDir = await mkdtemp(join(tmpdir(), 'fake-archive-test-'));
  const { key, cert } = await makeCertificate(['web.archive.org'], certDir);
  server = https.createServer({ key, cert }, (req, res) => archive.handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await rm(certDir, { recursive: true, force: true });
});

/** A request as a browser sends it to https://web.archive.org (Host without a port). */
function get(path: string): Promise<Exchange & { bytes: Buffer; elapsedMs: number }> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const req = https.request(
      { host: '127.0.0.1', port: (server.address() as AddressInfo).port, path, headers: { host: 'web.archive.org' }, servername: 'web.archive.org', rejectUnauthorized: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', reject);
        res.on('end', () => {
          const bytes = Buffer.concat(chunks);
          const headers = Object.fromEntries(Object.entries(res.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : (v ?? '')]));
          resolve({ status: res.statusCode ?? 0, headers, body: bytes.toString('utf8'), bytes, elapsedMs: Date.now() - started });
        });
      },
    );
    req.on('error', reject);
    req.end();
  });
}

const page = (text: string) => `<!doctype html><html><head><title>${text}</title></head><body><p>${text}</p></body></html>`;
const capture = (url: string, timestamp: string, text = timestamp, extra: Partial<FakeCapture> = {}): FakeCapture => ({ url, timestamp, body: page(text), ...extra });

/** The parts of a memento answer a client depends on. */
function mementoShape(exchange: Exchange) {
  const rels = [...(exchange.headers['link'] ?? '').matchAll(/rel="([^"]+)"/g)].map((m) => m[1]);
  return {
    status: exchange.status,
    isMemento: 'memento-datetime' in exchange.headers,
    datetimeFormat: /^\w{3}, \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} GMT$/.test(exchange.headers['memento-datetime'] ?? ''),
    rels,
    hasArchiveSrc: 'x-archive-src' in exchange.headers,
    hasOrigDate: 'x-archive-orig-date' in exchange.headers,
  };
}

const ID_LOCATION = /^https:\/\/web\.archive\.org\/web\/(\d{14})id_\/(.+)$/;
const VIEW_LOCATION = /^https:\/\/web\.archive\.org\/web\/(\d{14})\/(.+)$/;

beforeEach(() => {
  archive = new FakeArchive([]);
});

describe('CDX listing', () => {
  it('answers output=json in the recorded layout: header row, then one row of strings per capture', async () => {
    const real = recorded('cdx-json');
    const realRows = JSON.parse(real.body) as string[][];
    for (const row of realRows.slice(1)) archive.addCapture(capture(row[2]!, row[1]!));

    const fake = await get('/cdx/search/cdx?url=commoncrawl.org/*&output=json&limit=10');
    const fakeRows = JSON.parse(fake.body) as string[][];

    expect(fake.status).toBe(real.status);
    expect(fake.headers['content-type']).toBe(real.headers['content-type']);
    expect(fakeRows[0]).toEqual(realRows[0]);
    expect(fakeRows.map((r) => r.slice(0, 5))).toEqual(realRows.map((r) => r.slice(0, 5)));
    for (const [fakeRow, realRow] of fakeRows.slice(1).map((r, i) => [r, realRows[i + 1]!] as const)) {
      expect(fakeRow[5]).toMatch(/^[A-Z2-7]{32}$/);
      expect(realRow[5]).toMatch(/^[A-Z2-7]{32}$/);
      expect(fakeRow[6]).toMatch(/^\d+$/);
    }
  });

  it('computes the digest as the real index does: base32 SHA-1 of the archived bytes', async () => {
    const real = JSON.parse(readFileSync(new URL('../fixtures/wayback/recorded/memento-nasa-1996.json', import.meta.url), 'utf8')) as {
      cdxRow: string;
      body: string;
    };
    const [urlkey, timestamp, original, , , digest] = real.cdxRow.split(' ');
    archive.addCapture({ url: original!, timestamp: timestamp!, body: Buffer.from(real.body, 'latin1') });

    const fake = (await get('/cdx/search/cdx?url=nasa.gov')).body.trim().split(' ');
    expect(fake[0]).toBe(urlkey);
    expect(fake[5]).toBe(digest);
  });

  it('keys URLs in SURT form, so scheme and www variants are one URL', async () => {
    const url = 'https://www.nytimes.com/2016/09/20/nyregion/nyc-nj-explosions-ahmad-khan-rahami.html';
    archive.addCapture(capture(url, '20160919204901'));
    archive.addCapture(capture(url.replace('https://www.', 'http://'), '20160920000000'));

    const rows = JSON.parse((await get(`/cdx/search/cdx?url=${encodeURIComponent(url)}&output=json&fl=urlkey,original`)).body) as string[][];
    expect(rows.slice(1)).toEqual([
      ['com,nytimes)/2016/09/20/nyregion/nyc-nj-explosions-ahmad-khan-rahami.html', url],
      ['com,nytimes)/2016/09/20/nyregion/nyc-nj-explosions-ahmad-khan-rahami.html', url.replace('https://www.', 'http://')],
    ]);
  });

  it('pages the text output with a resume key after a blank line, in the recorded key form', async () => {
    const realFirst = recorded('cdx-text-page-1');
    const realSecond = recorded('cdx-text-page-2');
    const realLast = recorded('cdx-text-last-page');
    const keyForm = /^com%2Ccnn%29%2F\+\d{13}(\d|%3A)$/;
    const realKey = realFirst.body.split('\n\n')[1]!.trim();
    expect(realKey).toMatch(keyForm);
    // The client sends the key back through URLSearchParams, so it arrives encoded twice.
    expect(new URL(realSecond.request.uri).searchParams.get('resumeKey')).toBe(realKey);

    for (let i = 0; i < 50; i++) archive.addCapture(capture('http://www.cnn.com:80/', `200104${String(10 + Math.floor(i / 24)).padStart(2, '0')}${String(i % 24).padStart(2, '0')}0000`));
    const query = new URLSearchParams({ url: 'cnn.com', limit: '25', from: '20010410000000', to: '20010510000000', showResumeKey: 'true' });
    const seen: string[] = [];
    const bodies: string[] = [];
    for (;;) {
      const answer = await get(`/cdx/search/cdx?${query}`);
      expect(answer.headers['content-type']).toBe(realFirst.headers['content-type']);
      bodies.push(answer.body);
      const [rows, key] = answer.body.split('\n\n');
      seen.push(...(rows ?? '').split('\n').filter(Boolean).map((line) => line.split(' ')[1]!));
      if (!key) break;
      expect(key.trim()).toMatch(keyForm);
      query.set('resumeKey', key.trim());
    }
    expect(seen).toHaveLength(50);
    expect(new Set(seen).size).toBe(50);
    // Like the recording: a full last page still carries a key, and the page after it is empty.
    expect(bodies.at(-1)).toBe(realLast.body);
    expect(bodies).toHaveLength(3);
  });

  it('ends a JSON page with [] and the resume key, and the key fetches the rest', async () => {
    const url = 'https://www.washingtonpost.com/news/story/';
    for (const ts of ['20200101000000', '20200102000000', '20200103000000']) archive.addCapture(capture(url, ts));
    const query = new URLSearchParams({ url, output: 'json', fl: 'timestamp', showResumeKey: 'true', limit: '2' });

    const first = JSON.parse((await get(`/cdx/search/cdx?${query}`)).body) as string[][];
    expect(first.slice(0, 4)).toEqual([['timestamp'], ['20200101000000'], ['20200102000000'], []]);
    expect(first).toHaveLength(5);
    query.set('resumeKey', first[4]![0]!);
    const rest = JSON.parse((await get(`/cdx/search/cdx?${query}`)).body) as string[][];
    expect(rest).toEqual([['timestamp'], ['20200103000000']]);
  });

  it('answers [] when nothing matches', async () => {
    const answer = await get('/cdx/search/cdx?url=example.com/nothing&output=json&showResumeKey=true');
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toEqual([]);
  });

  it('applies filters (with ! negation), from/to and limit', async () => {
    const url = 'https://www.nytimes.com/a.html';
    archive.addCapture(capture(url, '20200101000000'));
    archive.addCapture(capture(url, '20200201000000', 'gone', { status: 404 }));
    archive.addCapture(capture(url, '20200301000000', 'pdf', { contentType: 'application/pdf' }));
    archive.addCapture(capture(url, '20210101000000'));
    const list = async (q: string) =>
      (JSON.parse((await get(`/cdx/search/cdx?url=${url}&output=json&fl=timestamp${q}`)).body) as string[][]).slice(1).map((r) => r[0]);

    expect(await list('&filter=statuscode:200&filter=mimetype:text/html')).toEqual(['20200101000000', '20210101000000']);
    expect(await list('&filter=!statuscode:200')).toEqual(['20200201000000']);
    expect(await list('&filter=mimetype:text/.*')).toEqual(['20200101000000', '20200201000000', '20210101000000']);
    expect(await list('&from=2020&to=202002')).toEqual(['20200101000000', '20200201000000']);
    expect(await list('&limit=1')).toEqual(['20200101000000']);
  });

  it('collapse=digest drops a capture only when the one before it has the same bytes', async () => {
    const url = 'https://www.nytimes.com/b.html';
    ['same', 'same', 'changed', 'same'].forEach((text, i) => archive.addCapture(capture(url, `2020010${i + 1}000000`, text)));
    const rows = JSON.parse((await get(`/cdx/search/cdx?url=${url}&output=json&fl=timestamp&collapse=digest`)).body) as string[][];
    expect(rows.slice(1).map((r) => r[0])).toEqual(['20200101000000', '20200103000000', '20200104000000']);
  });
});

describe('mementos', () => {
  const fws = 'https://www.fws.gov/birds/';

  it('serves an exact id_ capture with the original bytes and the recorded memento headers', async () => {
    const real = recorded('memento-200');
    for (const ts of ['20050323155300', '20170929002712', '20171228222143']) archive.addCapture(capture(fws, ts));
    const body = '<html><body>caf\xe9</body></html>';
    archive.addCapture({ url: fws, timestamp: '20171124151315', body: Buffer.from(body, 'latin1'), contentType: 'text/html' });
    archive.addCapture(capture(fws, '20230319070236'));

    const fake = await get(`/web/20171124151315id_/${fws}`);
    expect(mementoShape(fake)).toEqual(mementoShape(real));
    expect(fake.headers['content-type']).toBe(real.headers['content-type']);
    expect(fake.headers['memento-datetime']).toBe(real.headers['memento-datetime']);
    expect(fake.bytes).toEqual(Buffer.from(body, 'latin1'));
  });

  it('lists first/memento/next/last without prev for the first capture, as recorded', async () => {
    const real = recorded('memento-commoncrawl-200');
    const url = 'http://www.commoncrawl.org:80/';
    ['20080328041443', '20080427194224', '20250912102709'].forEach((ts) => archive.addCapture(capture(url, ts)));
    // The recorded client sent the URL percent-encoded; the archive reads it either way.
    const fake = await get(new URL(real.request.uri).pathname);
    expect(mementoShape(fake)).toEqual(mementoShape(real));
  });

  it('redirects an inexact timestamp with 302 to the closest capture, not as a memento', async () => {
    const real = recorded('memento-inexact-302');
    ['20171124151315', '20171228222143'].forEach((ts) => archive.addCapture(capture(fws, ts)));

    const fake = await get(`/web/20171124151310id_/${fws}`);
    expect(fake.status).toBe(real.status);
    expect(mementoShape(fake).isMemento).toBe(mementoShape(real).isMemento);
    expect(fake.headers['content-type']).toBe(real.headers['content-type']);
    expect(fake.headers['location']).toMatch(ID_LOCATION);
    expect(fake.headers['location']).toBe(real.headers['location']);
    expect(fake.headers['x-archive-redirect-reason']).toBe(real.headers['x-archive-redirect-reason']);
  });

  it('redirects in view mode to the view-mode URL, and serves it with the toolbar', async () => {
    const realRedirect = recorded('view-mode-inexact-302');
    const realView = recorded('memento-view-mode-200');
    ['20170929002712', '20171124151315', '20171228222143'].forEach((ts) => archive.addCapture(capture(fws, ts)));

    const redirect = await get(`/web/20171124151310/${fws}`);
    expect(redirect.status).toBe(realRedirect.status);
    expect(realRedirect.headers['location']).toMatch(VIEW_LOCATION);
    expect(redirect.headers['location']).toBe(`https://web.archive.org/web/20171124151315/${fws}`);

    const view = await get(`/web/20171124151315/${fws}`);
    expect(mementoShape(view)).toEqual(mementoShape(realView));
    expect(view.headers['content-type']).toBe(realView.headers['content-type']);
    for (const marker of ['<!-- BEGIN WAYBACK TOOLBAR INSERT -->', '<!-- END WAYBACK TOOLBAR INSERT -->']) {
      expect(realView.body).toContain(marker);
      expect(view.body).toContain(marker);
    }
  });

  it('answers 404 with the "has not archived" page for a URL it never captured', async () => {
    const real = recorded('memento-not-archived-404');
    const fake = await get('/web/20170929002712id_/https://this-is-not-real-url.whatever/');
    expect(fake.status).toBe(real.status);
    expect(fake.headers['content-type']).toBe(real.headers['content-type']);
    expect(mementoShape(fake).isMemento).toBe(false);
    expect(fake.body).toContain('The Wayback Machine has not archived that URL.');
  });

  it('serves an archived 429 as a memento, unlike a live one', async () => {
    const real = recorded('memento-archived-429');
    const url = 'http://www.reddit.com/r/PokemonGiveaway';
    ['20150101000000', '20150129034904', '20150301000000'].forEach((ts) =>
      archive.addCapture(capture(url, ts, 'Too Many Requests', { status: ts === '20150129034904' ? 429 : 200 })),
    );
    const fake = await get(`/web/20150129034904id_/${url}`);
    expect(mementoShape(fake)).toEqual(mementoShape(real));
  });

  it('serves an archived redirect with Location pointing into the archive', async () => {
    const real = recorded('memento-archived-301');
    const from = 'https://www.epa.gov/ghgreporting/san5779-factsheet';
    const to = 'https://www.epa.gov/ghgreporting/proposed-rule-fact-sheet-greenhouse-gas-reporting-program-addition-global-warming';
    ['20150921195814', '20180807093520', '20180808094144', '20180809102441', '20200927103712'].forEach((ts) =>
      archive.addCapture(capture(from, ts, '', { status: 301, location: to })),
    );
    const fake = await get(`/web/20180808094144id_/${from}`);
    expect(mementoShape(fake)).toEqual(mementoShape(real));
    expect(fake.headers['location']).toBe(real.headers['location']);
  });
});

describe('faults', () => {
  const url = 'https://www.nytimes.com/2016/09/20/nyregion/story.html';
  const cdx = `/cdx/search/cdx?url=${url}&output=json`;
  const memento = `/web/20160919204901id_/${url}`;

  beforeEach(() => {
    archive.addCapture(capture(url, '20160919204901'));
  });

  it('blocks a site in CDX with the recorded 403 and runtime-error header', async () => {
    const real = recorded('cdx-blocked-403');
    archive.setFault({ kind: 'blocked' });
    const fake = await get(cdx);
    expect(fake.status).toBe(real.status);
    expect(fake.headers['x-archive-wayback-runtime-error']).toBe(real.headers['x-archive-wayback-runtime-error']);
    expect(fake.headers['content-type']).toBe(real.headers['content-type']);
    expect(fake.body).toBe(real.body);
  });

  it('answers an excluded URL with 200 HTML that is not a memento', async () => {
    const real = recorded('memento-excluded-200');
    archive.setFault({ kind: 'excluded' }, 'memento');
    const fake = await get(memento);
    expect(fake.status).toBe(real.status);
    expect(fake.headers['content-type']).toBe(real.headers['content-type']);
    expect(mementoShape(fake).isMemento).toBe(mementoShape(real).isMemento);
    expect(fake.body).toContain('This URL has been excluded from the Wayback Machine.');
  });

  it('rate-limits with a live 429: HTML, Retry-After when asked, no memento headers, for the given number of requests', async () => {
    archive.setFault({ kind: 'rate-limit', retryAfterSeconds: 30, times: 2 }, 'all');
    const first = await get(memento);
    expect(first.status).toBe(429);
    expect(first.headers['retry-after']).toBe('30');
    expect(first.headers['content-type']).toMatch(/^text\/html/);
    expect(mementoShape(first)).toMatchObject({ isMemento: false, rels: [], hasArchiveSrc: false });
    expect((await get(cdx)).status).toBe(429);
    expect((await get(cdx)).status).toBe(200);
  });

  it('fails with a 503 whose body is HTML, never JSON, even from CDX', async () => {
    archive.setFault({ kind: 'unavailable', times: 1 }, 'cdx');
    const failed = await get(cdx);
    expect(failed.status).toBe(503);
    expect(failed.headers['content-type']).toMatch(/^text\/html/);
    expect(() => JSON.parse(failed.body)).toThrow();
    expect((await get(memento)).status).toBe(200);
    expect((await get(cdx)).status).toBe(200);
  });

  it('delays every answer while slow', async () => {
    archive.setFault({ kind: 'slow', delayMs: 300 }, 'memento');
    const slow = await get(memento);
    expect(slow.status).toBe(200);
    expect(slow.elapsedMs).toBeGreaterThanOrEqual(290);
    archive.setFault(null);
    expect((await get(memento)).elapsedMs).toBeLessThan(290);
  });

  it('sends garbage with a 200: unparseable CDX JSON, memento bytes that are not the page', async () => {
    archive.setFault({ kind: 'garbage' });
    const list = await get(cdx);
    expect(list.status).toBe(200);
    expect(() => JSON.parse(list.body)).toThrow();
    const page = await get(memento);
    expect(page.status).toBe(200);
    expect(page.body).not.toContain('20160919204901');
  });

  it('cuts a truncated answer off mid-body', async () => {
    archive.setFault({ kind: 'truncated', times: 1 }, 'memento');
    await expect(get(memento)).rejects.toThrow();
    expect((await get(memento)).body).toContain('20160919204901');
  });

  it('records every request it receives, path and query', async () => {
    await get(cdx);
    await get(memento);
    expect(archive.requests.map((r) => `${r.method} ${r.url}`)).toEqual([`GET ${cdx}`, `GET ${memento}`]);
  });
});

describe('the archive\'s limits (November 2026)', () => {
  const story = 'https://www.nytimes.com/2016/09/20/nyregion/x.html';
  const cdx = `/cdx/search/cdx?url=${story}&output=json`;
  const timemap = `/web/timemap/link/${story}`;
  let clock: { now: number };

  beforeEach(() => {
    clock = { now: Date.parse('2026-11-01T12:00:00Z') };
    archive = new FakeArchive([capture(story, '20160919204901'), capture(story, '20191016111656')], { now: () => clock.now });
  });

  it('answers 30 listings a minute, CDX and timemap from one pool, then a live 429 without Retry-After', async () => {
    for (let i = 0; i < 15; i++) expect((await get(cdx)).status).toBe(200);
    const map = await get(timemap);
    expect(map.status).toBe(200);
    expect(map.headers['content-type']).toBe('application/link-format');
    expect(map.body).toContain(`<https://web.archive.org/web/20191016111656/${story}>; rel="last memento"`);
    for (let i = 0; i < 14; i++) expect((await get(timemap)).status).toBe(200);
    const limited = await get(cdx);
    expect(limited.status).toBe(429);
    expect(limited.headers['retry-after']).toBeUndefined();
    expect(limited.headers['memento-datetime']).toBeUndefined();
    expect(limited.body).toBe(readFileSync(new URL('../fixtures/wayback/live-429.html', import.meta.url), 'utf8'));
    // Mementos are another pool.
    expect((await get(`/web/20160919204901id_/${story}`)).status).toBe(200);
    // A minute after the first listing, the pool has room again.
    clock.now += 60_000;
    expect((await get(cdx)).status).toBe(200);
    expect(archive.rateLimited).toHaveLength(1);
  });

  it('cuts off a client that keeps asking for more than a minute after a 429, for an hour, then two', async () => {
    /** Asks every 2 s, as a client that ignores 429s would; returns the time it was cut off. */
    const hammer = async () => {
      for (;;) {
        clock.now += 2_000;
        const answer = await get(cdx).catch((error: Error) => error);
        if (answer instanceof Error) return clock.now;
      }
    };
    for (let i = 0; i < 30; i++) await get(cdx);
    const first429 = clock.now;
    expect((await get(cdx)).status).toBe(429);
    const cutAt = await hammer();
    expect(cutAt - first429).toBeGreaterThan(60_000);
    expect(cutAt - first429).toBeLessThanOrEqual(64_000);
    expect(archive.blocks).toEqual([{ client: '127.0.0.1', at: cutAt, until: cutAt + 3_600_000 }]);
    // Mementos too: the firewall cuts the client, not a pool.
    await expect(get(`/web/20160919204901id_/${story}`)).rejects.toThrow(/socket hang up|ECONNRESET/);
    clock.now = cutAt + 3_600_000;
    expect((await get(cdx)).status).toBe(200);

    for (let i = 0; i < 30; i++) await get(cdx);
    const again = await hammer();
    expect(archive.blocks.at(-1)).toEqual({ client: '127.0.0.1', at: again, until: again + 7_200_000 });
  });

  it('never blocks a client that waits a minute after each 429', async () => {
    for (let round = 0; round < 4; round++) {
      for (let i = 0; i < 30; i++) expect((await get(cdx)).status).toBe(200);
      expect((await get(cdx)).status).toBe(429);
      clock.now += 60_000;
    }
    expect(archive.rateLimited).toHaveLength(4);
    expect(archive.blocks).toEqual([]);
  });
});
