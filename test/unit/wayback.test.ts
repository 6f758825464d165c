import { describe, expect, it } from 'vitest';
import { createPoliteFetch, parseRetryAfter } from '../../src/sources/polite-fetch.ts';
import { ArchiveError } from '../../src/sources/source.ts';
import { cdxQueryUrl, createWaybackSource, parseCdxJson } from '../../src/sources/wayback.ts';
import { readSettings } from '../../src/settings.ts';
import { FakeArchive, serveArchive } from '../support/fake-archive.ts';

// Shapes as recorded from the real CDX server (cdx_toolkit, edgi-wayback: see test/fixtures/PROVENANCE.md).
const PAGE_1 = `[["timestamp","original","statuscode","mimetype","digest"],
["20160919204901","https://www.nytimes.com/2016/09/20/nyregion/x.html","200","text/html","AAAA"],
["20160919220000","http://www.nytimes.com/2016/09/20/nyregion/x.html","200","text/html","BBBB"],
[],
["com%2Cnytimes%29%2F2016%2F09%2F20+20160919220000"]]`;
const PAGE_2 = `[["timestamp","original","statuscode","mimetype","digest"],
["20191016111656","https://www.nytimes.com/2016/09/20/nyregion/x.html","200","text/html","CCCC"]]`;

function response(body: string, init: ResponseInit & { headers?: Record<string, string> } = {}) {
  return new Response(body, { status: 200, ...init });
}

const quickPoliteness = { maxInFlight: 2, timeoutMs: 1000, retries: 1, backoffMs: 10, maxWaitMs: 50 };

describe('the Wayback CDX listing', () => {
  it('asks for status-200 HTML captures and their revisits as JSON with a resume key', () => {
    const url = new URL(cdxQueryUrl('https://web.archive.org', 'https://www.nytimes.com/a.html'));
    expect(url.pathname).toBe('/cdx/search/cdx');
    expect(url.searchParams.get('output')).toBe('json');
    expect(url.searchParams.getAll('filter')).toEqual(['statuscode:(200|-)', 'mimetype:(text/html|warc/revisit)']);
    expect(url.searchParams.get('showResumeKey')).toBe('true');
  });

  it('reads rows and the trailing resume key', () => {
    const { captures, resumeKey } = parseCdxJson(PAGE_1);
    expect(captures.map((c) => c.timestamp)).toEqual(['20160919204901', '20160919220000']);
    expect(resumeKey).toBe('com%2Cnytimes%29%2F2016%2F09%2F20+20160919220000');
  });

  it('reads an empty answer as no captures', () => {
    expect(parseCdxJson('[]')).toEqual({ captures: [], resumeKey: null });
  });

  it('calls an HTML error page garbled instead of crashing on JSON.parse', () => {
    expect(() => parseCdxJson('<html><body>503 Service Unavailable</body></html>')).toThrow(ArchiveError);
  });

  it('follows resume keys across pages', async () => {
    const asked: string[] = [];
    const fetchImpl = async (url: string) => {
      asked.push(url);
      return response(new URL(url).searchParams.has('resumeKey') ? PAGE_2 : PAGE_1);
    };
    const source = createWaybackSource(createPoliteFetch(quickPoliteness, { fetch: fetchImpl }));
    const captures = await source.listCaptures('https://www.nytimes.com/2016/09/20/nyregion/x.html');
    expect(captures.map((c) => c.digest)).toEqual(['AAAA', 'BBBB', 'CCCC']);
    expect(new URL(asked[1]!).searchParams.get('resumeKey')).toBe('com%2Cnytimes%29%2F2016%2F09%2F20+20160919220000');
  });

  it('tells a blocked site from an archive that is down', async () => {
    const blocked = createWaybackSource(
      createPoliteFetch(quickPoliteness, { fetch: async () => response('', { status: 403, headers: { 'X-Archive-Wayback-Runtime-Error': 'org.archive.util.io.RuntimeIOException: org.archive.wayback.exception.AdministrativeAccessControlException: Blocked Site Error' } }) }),
    );
    await expect(blocked.listCaptures('https://x.com/a')).rejects.toMatchObject({ failure: { kind: 'blocked' } });
    const down = createWaybackSource(createPoliteFetch(quickPoliteness, { fetch: async () => response('<html>busy</html>', { status: 503, headers: { 'Retry-After': '3600' } }) }));
    await expect(down.listCaptures('https://x.com/a')).rejects.toMatchObject({ failure: { kind: 'unavailable' } });
  });
});

describe('fetching a memento', () => {
  const capture = { timestamp: '20160919204901', original: 'https://www.nytimes.com/a.html', digest: 'A' };

  it('asks for the raw id_ memento and keeps the bytes and content type', async () => {
    let asked = '';
    const source = createWaybackSource(
      createPoliteFetch(quickPoliteness, { fetch: async (url) => {
        asked = url;
        return response('<p>caf\u00e9</p>', { headers: { 'Memento-Datetime': 'Mon, 19 Sep 2016 20:49:01 GMT', 'Content-Type': 'text/html; charset=utf-8' } });
      } }),
    );
    const body = await source.fetchCapture(capture);
    expect(asked).toBe('https://web.archive.org/web/20160919204901id_/https://www.nytimes.com/a.html');
    expect(body.contentType).toBe('text/html; charset=utf-8');
    expect(new TextDecoder().decode(body.bytes)).toBe('<p>caf\u00e9</p>');
  });

  it('calls a 200 without Memento-Datetime an exclusion, and a 404 not archived', async () => {
    const excluded = createWaybackSource(createPoliteFetch(quickPoliteness, { fetch: async () => response('This URL has been excluded from the Wayback Machine.') }));
    await expect(excluded.fetchCapture(capture)).rejects.toMatchObject({ failure: { kind: 'excluded' } });
    const missing = createWaybackSource(createPoliteFetch(quickPoliteness, { fetch: async () => response('not here', { status: 404 }) }));
    await expect(missing.fetchCapture(capture)).rejects.toMatchObject({ failure: { kind: 'not-archived' } });
  });

  it('retries a live 429 after its Retry-After, then gives up as rate-limited', async () => {
    let calls = 0;
    const source = createWaybackSource(
      createPoliteFetch(quickPoliteness, { fetch: async () => {
        calls++;
        return response('Too Many Requests', { status: 429, headers: { 'Retry-After': '0' } });
      } }),
    );
    await expect(source.fetchCapture(capture)).rejects.toMatchObject({ failure: { kind: 'rate-limited' } });
    expect(calls).toBe(2);
  });

  it('returns an archived 429 as the capture it is, without retrying', async () => {
    let calls = 0;
    const fetchImpl = async () => {
      calls++;
      return response('archived rate limit page', { status: 429, headers: { 'Memento-Datetime': 'Mon, 19 Sep 2016 20:49:01 GMT' } });
    };
    const source = createWaybackSource(createPoliteFetch(quickPoliteness, { fetch: fetchImpl }));
    await expect(source.fetchCapture(capture)).rejects.toMatchObject({ failure: { kind: 'unavailable', status: 429 } });
    expect(calls).toBe(1);
  });
});

describe('politeness', () => {
  it('never has more than two requests in flight to one host', async () => {
    let inFlight = 0;
    let peak = 0;
    const fetchImpl = async () => {
      peak = Math.max(peak, ++inFlight);
      await new Promise((r) => setTimeout(r, 10));
      inFlight--;
      return response('[]');
    };
    const politeFetch = createPoliteFetch(quickPoliteness, { fetch: fetchImpl });
    await Promise.all(Array.from({ length: 8 }, () => politeFetch('https://web.archive.org/cdx/search/cdx')));
    expect(peak).toBe(2);
  });

  it('reads Retry-After as seconds or as a date', () => {
    expect(parseRetryAfter('120')).toBe(120_000);
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:28:10 GMT', Date.parse('Wed, 21 Oct 2015 07:28:00 GMT'))).toBe(10_000);
    expect(parseRetryAfter(null)).toBeNull();
  });
});

describe('the archive as a setting', () => {
  it('reads a stored base URL, and falls back to the Wayback Machine for anything unusable', () => {
    expect(readSettings(undefined).archiveBase).toBe('https://web.archive.org');
    expect(readSettings({ archiveBase: 'https://webarchive.example.org/' }).archiveBase).toBe('https://webarchive.example.org');
    for (const bad of ['javascript:alert(1)', 'not a url', 'https://a.org/?q=1', 'https://user:pw@a.org', 42]) {
      expect(readSettings({ archiveBase: bad }).archiveBase).toBe('https://web.archive.org');
    }
  });

  it('asks a pywb collection at its own paths and reads its line-per-capture JSON', async () => {
    const asked: string[] = [];
    // pywb's CDX answer: one JSON object a line, its own field names (pywb docs, cdxserver_api).
    const pywbCdx = [
      { urlkey: 'com,nytimes)/a.html', timestamp: '20160919204901', url: 'https://www.nytimes.com/a.html', mime: 'text/html', status: '200', digest: 'AAAA' },
      { urlkey: 'com,nytimes)/a.html', timestamp: '20160919210000', url: 'https://www.nytimes.com/a.html', mime: 'text/html', status: '404', digest: 'ERR' },
      { urlkey: 'com,nytimes)/a.html', timestamp: '20160919220000', url: 'https://www.nytimes.com/a.html', mime: 'text/html', status: '200', digest: 'BBBB' },
    ].map((row) => JSON.stringify(row)).join('\n');
    const fetchImpl = async (url: string) => {
      asked.push(url);
      return url.includes('/cdx?') ? response(pywbCdx) : response('<p>x</p>', { headers: { 'Memento-Datetime': 'Mon, 19 Sep 2016 20:49:01 GMT' } });
    };
    const source = createWaybackSource(createPoliteFetch(quickPoliteness, { fetch: fetchImpl }), 'https://archive.example.org/my-coll/');
    const captures = await source.listCaptures('https://www.nytimes.com/a.html');
    expect(captures.map((c) => c.timestamp)).toEqual(['20160919204901', '20160919220000']);
    await source.fetchCapture(captures[0]!);
    expect(asked[0]).toMatch(/^https:\/\/archive\.example\.org\/my-coll\/cdx\?url=/);
    expect(asked[1]).toBe('https://archive.example.org/my-coll/20160919204901id_/https://www.nytimes.com/a.html');
    expect(source.viewUrl(captures[0]!)).toBe('https://archive.example.org/my-coll/20160919204901/https://www.nytimes.com/a.html');
    expect(source.id).toBe('archive.example.org/my-coll');
  });
});

describe('what the archive says about a URL', () => {
  it('keeps a revisit row only when it repeats a page of the listing', () => {
    const { captures } = parseCdxJson(`[["timestamp","original","statuscode","mimetype","digest"],
["20191218192414","http://dw.com/","200","text/html","3I42H3S6NNFQ2MSVX7XZKYAYSCX5QBYJ"],
["20191218193737","http://www.dw.com/","-","warc/revisit","3I42H3S6NNFQ2MSVX7XZKYAYSCX5QBYJ"],
["20191219013906","http://www.dw.com/","301","unk","ZZZZ"]]`);
    expect(captures.map((c) => [c.timestamp, c.revisit])).toEqual([
      ['20191218192414', false],
      ['20191218193737', true],
    ]);
  });

  it('tells a robots.txt exclusion from a blocked site', async () => {
    const robots = createWaybackSource(
      createPoliteFetch(quickPoliteness, { fetch: async () => response('', { status: 403, headers: { 'X-Archive-Wayback-Runtime-Error': 'org.archive.util.io.RuntimeIOException: org.archive.wayback.exception.RobotAccessControlException: Blocked By Robots' } }) }),
    );
    await expect(robots.listCaptures('https://x.com/a')).rejects.toMatchObject({ failure: { kind: 'excluded' } });
  });

  it('recognises an archived redirect to another page, and follows one to the same page', async () => {
    const A = 'https://www.nytimes.com/2016/09/20/old-slug.html';
    const B = 'https://www.nytimes.com/2016/09/20/new-slug.html';
    const archive = new FakeArchive([
      { url: A, timestamp: '20160920100000', body: '', status: 301, location: B },
      { url: B, timestamp: '20160920100005', body: '<p>the story</p>' },
      // A slash added: the same page (the archive keys both under their own SURT).
      { url: 'https://www.nytimes.com/2016/09/20/b', timestamp: '20160920110000', body: '', status: 301, location: 'https://www.nytimes.com/2016/09/20/b/' },
      { url: 'https://www.nytimes.com/2016/09/20/b/', timestamp: '20160920110001', body: '<p>b</p>' },
    ]);
    const served = await serveArchive(archive);
    try {
      const source = createWaybackSource(createPoliteFetch(quickPoliteness), served.base);
      await expect(source.fetchCapture({ timestamp: '20160920100000', original: A, digest: 'x' })).rejects.toMatchObject({ failure: { kind: 'moved', to: B } });
      const same = await source.fetchCapture({ timestamp: '20160920110000', original: 'https://www.nytimes.com/2016/09/20/b', digest: 'y' });
      expect(new TextDecoder().decode(same.bytes)).toBe('<p>b</p>');
    } finally {
      await served.close();
    }
  });
});
