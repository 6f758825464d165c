/**
 * A stand-in for the Wayback Machine (https://web.archive.org) for tests and `npm start`: the
 * CDX API and `id_`/view-mode mementos, answering in the formats and with the failures recorded
 * from the real archive (test/fixtures/wayback/, compared in test/unit/fake-archive.test.ts).
 * It keeps the archive's limits as known in November 2026: CDX queries and timemaps share a
 * pool of 30 a minute per client (IP), a 429 without Retry-After past it; a client that keeps
 * asking for more than a minute after a 429 is blocked at the "firewall" for an hour, doubling
 * each time (its connections are cut before any answer).
 * Save Page Now (`GET /save/<url>`) is answered as documented, not as recorded (no recording of
 * it exists in any fixture set): see FakeSaves.
 * It is a request handler, so it can be mounted on any server, HTTP or HTTPS.
 */
import { readFileSync } from 'node:fs';
import type http from 'node:http';
import type { TLSSocket } from 'node:tls';
import { answerCdx, cdxDigest, type CdxAnswer, type CdxRow } from './cdx.ts';
import { surtKey } from './surt.ts';

export interface FakeCapture {
  url: string;
  /** 14 digits, UTC. */
  timestamp: string;
  body: Buffer | string;
  /** Default 'text/html; charset=utf-8'. */
  contentType?: string;
  /** The status the page had when it was archived: an archived 301 or 429 is a memento too. Default 200. */
  status?: number;
  /** For an archived redirect: where the page redirected to, as an absolute URL. */
  location?: string;
  /**
   * A revisit record: the crawler saw the same bytes as an earlier capture and stored only a
   * reference. Indexed as `warc/revisit` with status `-` and the original's digest, replayed
   * as the original (`body` must be the original's bytes).
   */
  revisit?: boolean;
  /**
   * `body` is gzip-compressed and answered with `Content-Encoding: gzip`, as the archive's
   * servers answer a client that accepts gzip; the client sees the expanded bytes.
   */
  contentEncoding?: 'gzip';
}

export type ArchiveFault =
  /** A live 429: no Memento-Datetime, an HTML body. */
  | { kind: 'rate-limit'; retryAfterSeconds?: number; times?: number }
  /** A live 503 with an HTML body, for CDX too (never JSON). */
  | { kind: 'unavailable'; times?: number }
  /** Every answer waits this long before it starts. */
  | { kind: 'slow'; delayMs: number }
  /** 200 with a body that is not what was asked: truncated, unparseable JSON from CDX; bytes that are not the page for a memento (headers intact). */
  | { kind: 'garbage'; times?: number }
  /** The full Content-Length is announced, half the body is sent, then the connection is cut. */
  | { kind: 'truncated'; times?: number }
  /** CDX: 403 with `X-Archive-Wayback-Runtime-Error: ...Blocked Site Error`; mementos: the "excluded" page, as the archive answers for such sites. */
  | { kind: 'blocked' }
  /** Mementos: 200 HTML "This URL has been excluded" without Memento-Datetime; CDX: 403 "Blocked By Robots". */
  | { kind: 'excluded' }
  /** A 302 back to the very URL asked, forever: what a broken redirect chain in the archive looks like to a client. */
  | { kind: 'redirect-loop'; times?: number }
  /** The status line, headers and half the body, then nothing: the client's timeout must end it. */
  | { kind: 'stall'; times?: number };

export type FaultScope = 'cdx' | 'memento' | 'all';

export interface ArchiveLimits {
  /** CDX queries and timemaps, one pool, per client in any minute; past it, a live 429 without Retry-After. */
  listingsPerMinute: number;
  /** A client still asking this long after a 429 it did not wait out is blocked... */
  blockAfterMs: number;
  /** ...for this long, twice as long for each block before. */
  blockMs: number;
}

/** The Wayback Machine's, since June 2026. */
export const REAL_LIMITS: ArchiveLimits = { listingsPerMinute: 30, blockAfterMs: 60_000, blockMs: 3_600_000 };

/**
 * Save Page Now as an anonymous client meets it. Built from documentation and the answers client
 * libraries and their issue threads describe, not recorded (see test/fixtures/PROVENANCE.md):
 * a save captures the live page at once and answers 200 with `Content-Location: /web/<ts>/<url>`,
 * `X-Location: save-sync` and a Link header whose rel="memento" is the capture; past `perMinute`
 * saves a minute a live 429 "Too Many Requests" without Retry-After, and every save asked for in
 * the `blockMs` after it is refused again (a client that ignores the 429 stays refused); a URL
 * saved `perUrlPerDay` times today gets the page "This URL has been already captured 10 times today".
 */
export interface FakeSaves {
  /** The live page's bytes as the archive's crawler would fetch them; null for a page it cannot fetch. */
  capture(url: string): Buffer | null | Promise<Buffer | null>;
  /** Default 3 (the anonymous limit client libraries quote). */
  perMinute?: number;
  /** Default 5 minutes. */
  blockMs?: number;
  /** Default 10. */
  perUrlPerDay?: number;
  /** The new capture is listed and served this long after the save; default at once. */
  listAfterMs?: number;
}

export interface FakeArchiveOptions {
  /** Default REAL_LIMITS; null for none. */
  limits?: ArchiveLimits | null;
  /** Save Page Now; absent, `/save/` is not found. */
  saves?: FakeSaves;
  /** The archive's clock, for its limits and its request log. */
  now?: () => number;
}

/** A request that left before its client read the 429 is not ignoring it. */
const IN_FLIGHT_GRACE_MS = 1_000;
/** How long a 429 without Retry-After asks the client to stay away. */
const UNANNOUNCED_WAIT_MS = 60_000;

interface ClientState {
  listings: number[];
  /** Until when the last 429 asked this client to stay away, and when it was sent. */
  rateLimited: { at: number; until: number } | null;
  /** When the client started asking through 429s; null while it waits them out. */
  ignoringSince: number | null;
  blockedUntil: number;
  blocks: number;
}

interface ActiveFault {
  fault: ArchiveFault;
  remaining: number;
}

interface StoredCapture {
  capture: FakeCapture;
  bytes: Buffer;
  row: CdxRow;
}

const DEFAULT_CONTENT_TYPE = 'text/html; charset=utf-8';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/wayback/${name}`, import.meta.url));
/** Recorded answers (trimmed), the URL they were recorded for replaced by the one asked. */
const RECORDED = {
  notArchived: { body: fixture('not-archived.html').toString('utf8'), recordedUrl: 'https://this-is-not-real-url.whatever/' },
  excluded: { body: fixture('excluded.html').toString('utf8'), recordedUrl: 'https://nationalpost.com/health/' },
  blockedCdx: fixture('cdx-blocked.txt').toString('utf8'),
  live429: fixture('live-429.html'),
  live503: fixture('live-503.html'),
};
const BLOCKED_SITE_ERROR =
  'org.archive.util.io.RuntimeIOException: org.archive.wayback.exception.AdministrativeAccessControlException: Blocked Site Error';
const BLOCKED_BY_ROBOTS = 'org.archive.util.io.RuntimeIOException: org.archive.wayback.exception.RobotAccessControlException: Blocked By Robots';

export class FakeArchive {
  /** Every request that reached the archive, refused ones included; `client` is the remote address. */
  readonly requests: { method: string; url: string; at: number; client: string }[] = [];
  /** Every live 429 sent. */
  readonly rateLimited: { client: string; at: number }[] = [];
  /** Every block the "firewall" put on a client. */
  readonly blocks: { client: string; at: number; until: number }[] = [];
  /** Every save that made a capture. */
  readonly saved: { url: string; timestamp: string }[] = [];
  private readonly saveLog = new Map<string, { at: number[]; refusedUntil: number }>();
  private readonly saves: FakeSaves | null;
  private readonly stored: StoredCapture[] = [];
  private faults: Record<'cdx' | 'memento', ActiveFault | null> = { cdx: null, memento: null };
  private readonly clients = new Map<string, ClientState>();
  private readonly limits: ArchiveLimits | null;
  private readonly now: () => number;

  constructor(captures: FakeCapture[], options: FakeArchiveOptions = {}) {
    this.limits = options.limits === undefined ? REAL_LIMITS : options.limits;
    this.now = options.now ?? Date.now;
    this.saves = options.saves ?? null;
    for (const capture of captures) this.addCapture(capture);
  }

  addCapture(capture: FakeCapture): void {
    if (!/^\d{14}$/.test(capture.timestamp)) throw new Error(`FakeArchive: timestamp must be 14 digits: ${capture.timestamp}`);
    const bytes = typeof capture.body === 'string' ? Buffer.from(capture.body, 'utf8') : capture.body;
    const status = capture.status ?? 200;
    const mimetype = capture.revisit ? 'warc/revisit' : (capture.contentType ?? DEFAULT_CONTENT_TYPE).split(';')[0]!.trim();
    const row: CdxRow = {
      urlkey: surtKey(capture.url),
      timestamp: capture.timestamp,
      original: capture.url,
      // The index records archived redirects as "unk", whatever their body.
      mimetype: status >= 300 && status < 400 ? 'unk' : mimetype,
      statuscode: capture.revisit ? '-' : String(status),
      digest: cdxDigest(bytes),
      length: String(bytes.length),
    };
    this.stored.push({ capture, bytes, row });
    this.stored.sort((a, b) => `${a.row.urlkey} ${a.row.timestamp}`.localeCompare(`${b.row.urlkey} ${b.row.timestamp}`));
  }

  /** `times` counts requests in the scope; with 'all' the count is shared by CDX and memento requests. */
  setFault(fault: ArchiveFault | null, scope: FaultScope = 'all'): void {
    const active = fault && { fault, remaining: 'times' in fault && fault.times !== undefined ? fault.times : Infinity };
    if (scope === 'all' || scope === 'cdx') this.faults.cdx = active;
    if (scope === 'all' || scope === 'memento') this.faults.memento = active;
  }

  handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    void this.respond(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end(String(error));
    });
  }

  private async respond(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const target = new URL(req.url ?? '/', 'http://fake-archive');
    const pathAndQuery = rawPathAndQuery(req.url ?? '/');
    const client = req.socket.remoteAddress ?? 'unknown';
    this.requests.push({ method: req.method ?? 'GET', url: pathAndQuery, at: this.now(), client });
    const base = `${(req.socket as TLSSocket).encrypted ? 'https' : 'http'}://${req.headers.host ?? 'web.archive.org'}`;
    const send = (answer: Answer) => {
      if (answer.status === 429 && !('Memento-Datetime' in answer.headers)) this.noteRateLimit(client, answer.headers['Retry-After']);
      sendAnswer(req, res, answer);
    };
    const loop = (): Answer => ({ status: 302, headers: { Location: `${base}${pathAndQuery}`, 'Content-Type': 'text/plain; charset=utf-8' }, body: Buffer.alloc(0) });

    const timemap = /^\/web\/timemap\/link\/(.+)$/.exec(pathAndQuery);
    const gate = this.gate(client, target.pathname === '/cdx/search/cdx' || timemap !== null);
    if (gate === 'refused') return void req.socket.destroy();
    if (gate === 'too-many') return send(liveRateLimit(undefined));

    if (timemap) return send(this.answerTimemap(timemap[1]!, base));

    const save = /^\/save\/(.+)$/.exec(pathAndQuery);
    if (save && this.saves) return send(await this.answerSave(this.saves, client, normalizeUrl(save[1]!), base));

    if (target.pathname === '/cdx/search/cdx') {
      const fault = this.takeFault('cdx');
      if (fault?.kind === 'slow') await delay(fault.delayMs);
      const answer = answerCdx(this.stored.map((s) => s.row), target.searchParams);
      return send(fault?.kind === 'redirect-loop' ? loop() : fault ? cdxFault(fault, answer) : cdxAnswer(answer));
    }

    const memento = parseMementoPath(pathAndQuery);
    if (memento) {
      const fault = this.takeFault('memento');
      if (fault?.kind === 'slow') await delay(fault.delayMs);
      const answer = this.answerMemento(memento, base);
      return send(fault?.kind === 'redirect-loop' ? loop() : fault ? mementoFault(fault, answer, memento.url) : answer);
    }

    send({ status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: Buffer.from('Not Found\n') });
  }

  /** What the archive's limits say of a request from `client` now: answer it, 429 it, or cut it. */
  private gate(client: string, listing: boolean): 'ok' | 'too-many' | 'refused' {
    if (!this.limits) return 'ok';
    const now = this.now();
    const state = this.client(client);
    if (state.blockedUntil > now) return 'refused';
    const limited = state.rateLimited;
    if (limited && now < limited.until && now - limited.at > IN_FLIGHT_GRACE_MS) {
      state.ignoringSince ??= limited.at;
      if (now - state.ignoringSince > this.limits.blockAfterMs) {
        state.blockedUntil = now + this.limits.blockMs * 2 ** state.blocks++;
        state.ignoringSince = null;
        this.blocks.push({ client, at: now, until: state.blockedUntil });
        return 'refused';
      }
    } else if (!limited || now >= limited.until) {
      state.ignoringSince = null;
    }
    if (!listing) return 'ok';
    state.listings = state.listings.filter((at) => at > now - 60_000);
    if (state.listings.length >= this.limits.listingsPerMinute) return 'too-many';
    state.listings.push(now);
    return 'ok';
  }

  private async answerSave(saves: FakeSaves, client: string, url: string, base: string): Promise<Answer> {
    const now = this.now();
    const log = this.saveLog.get(client) ?? { at: [], refusedUntil: 0 };
    this.saveLog.set(client, log);
    log.at = log.at.filter((at) => at > now - 60_000);
    if (now < log.refusedUntil || log.at.length >= (saves.perMinute ?? 3)) {
      log.refusedUntil = now + (saves.blockMs ?? 300_000);
      return saveRateLimit(saves.perMinute ?? 3);
    }
    log.at.push(now);
    const day = msToTimestamp(now).slice(0, 8);
    const key = surtKey(url);
    if (this.saved.filter((s) => surtKey(s.url) === key && s.timestamp.startsWith(day)).length >= (saves.perUrlPerDay ?? 10)) return saveRefusalPage(SAVE_DAILY_LIMIT);
    const body = await saves.capture(url);
    if (!body) return saveRefusalPage('The capture failed: error:not-found (Target URL not found, status=404).');
    let at = now;
    while (this.stored.some((s) => s.row.urlkey === key && s.row.timestamp === msToTimestamp(at))) at += 1000;
    const timestamp = msToTimestamp(at);
    this.saved.push({ url, timestamp });
    const add = () => this.addCapture({ url, timestamp, body });
    if (saves.listAfterMs) setTimeout(add, saves.listAfterMs);
    else add();
    const capture = `/web/${timestamp}/${url}`;
    return {
      status: 200,
      headers: {
        'Content-Type': 'text/html; charset=utf-8',
        'Content-Location': capture,
        'X-Location': 'save-sync',
        'X-Page-Cache': 'MISS',
        Link: `<${url}>; rel="original", <${base}/web/timemap/link/${url}>; rel="timemap"; type="application/link-format", <${base}${capture}>; rel="memento"; datetime="${httpDate(timestamp)}"`,
        'X-ts': '200',
      },
      body: Buffer.from(`<!DOCTYPE html><html><head><title>Wayback Machine</title></head><body><p>Saved: <a href="${escapeHtml(capture)}">${escapeHtml(url)}</a></p></body></html>\n`),
    };
  }

  private noteRateLimit(client: string, retryAfterSeconds: string | undefined): void {
    const at = this.now();
    const wait = retryAfterSeconds === undefined ? UNANNOUNCED_WAIT_MS : Number(retryAfterSeconds) * 1000;
    this.client(client).rateLimited = { at, until: at + wait };
    this.rateLimited.push({ client, at });
  }

  private client(address: string): ClientState {
    let state = this.clients.get(address);
    if (!state) this.clients.set(address, (state = { listings: [], rateLimited: null, ignoringSince: null, blockedUntil: 0, blocks: 0 }));
    return state;
  }

  /**
   * The captures of `url` as a link-format timemap (RFC 7089, section 5.1.1). Not compared with a
   * recording (none was made); it is here so that a client listing by timemap spends the same pool.
   */
  private answerTimemap(url: string, base: string): Answer {
    const key = surtKey(url);
    const captures = this.stored.filter((s) => s.row.urlkey === key && !s.capture.revisit);
    if (captures.length === 0) return notArchived(url);
    const original = captures[0]!.capture.url;
    const rel = (s: StoredCapture, i: number) => (captures.length === 1 ? 'first last memento' : i === 0 ? 'first memento' : i === captures.length - 1 ? 'last memento' : 'memento');
    const lines = [
      `<${original}>; rel="original"`,
      `<${base}/web/timemap/link/${original}>; rel="self"; type="application/link-format"`,
      `<${base}/web/${original}>; rel="timegate"`,
      ...captures.map((s, i) => `<${base}/web/${s.row.timestamp}/${s.capture.url}>; rel="${rel(s, i)}"; datetime="${httpDate(s.row.timestamp)}"`),
    ];
    return { status: 200, headers: { 'Content-Type': 'application/link-format', 'X-ts': '200' }, body: Buffer.from(`${lines.join(',\n')}\n`) };
  }

  private takeFault(scope: 'cdx' | 'memento'): ArchiveFault | null {
    const active = this.faults[scope];
    if (!active) return null;
    active.remaining -= 1;
    if (active.remaining <= 0) {
      if (this.faults.cdx === active) this.faults.cdx = null;
      if (this.faults.memento === active) this.faults.memento = null;
    }
    return active.fault;
  }

  private answerMemento(request: MementoRequest, base: string): Answer {
    const key = surtKey(request.url);
    const captures = this.stored.filter((s) => s.row.urlkey === key);
    if (captures.length === 0) return notArchived(request.url);

    const wanted = timestampToMs(request.timestamp.padEnd(14, '0'));
    const distance = (s: StoredCapture) => Math.abs(timestampToMs(s.row.timestamp) - wanted);
    const closest = request.timestamp ? captures.reduce((best, s) => (distance(s) < distance(best) ? s : best)) : captures.at(-1)!;
    if (closest.row.timestamp !== request.timestamp) {
      return {
        status: 302,
        headers: {
          'Content-Type': 'text/plain; charset=utf-8',
          Location: `${base}/web/${closest.row.timestamp}${request.modifier}/${closest.capture.url}`,
          'X-Archive-Redirect-Reason': `found capture at ${closest.row.timestamp}`,
          'X-ts': '302',
        },
        body: Buffer.alloc(0),
      };
    }
    return request.modifier === 'id_' ? rawMemento(closest, captures, base) : viewModeMemento(closest, captures, base);
  }
}

/**
 * Serves the archive over plain HTTP on 127.0.0.1, for tests and benches that run the Wayback
 * client in Node: `base` is what the client takes as the archive's base URL.
 */
export async function serveArchive(archive: FakeArchive): Promise<{ base: string; close(): Promise<void> }> {
  const { createServer } = await import('node:http');
  const server = createServer((req, res) => archive.handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as import('node:net').AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Reads fixture pages as captures of one URL: each file is the page as archived at its timestamp. */
export function capturesFromFiles(url: string, files: { timestamp: string; path: string }[]): FakeCapture[] {
  return files.map(({ timestamp, path }) => ({ url, timestamp, body: readFileSync(path) }));
}

interface Answer {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
  /** Announce the whole body but send only half of it, then cut the connection. */
  cutShort?: boolean;
  /** Announce the whole body, send half of it, then keep the connection open and silent. */
  stall?: boolean;
}

interface MementoRequest {
  /** Up to 14 digits; empty when none was given (the timegate: the newest capture). */
  timestamp: string;
  /** 'id_' for the original bytes, '' for the archive's own view. Other modifiers (im_, js_...) are served like ''. */
  modifier: 'id_' | '';
  url: string;
}

/** An original URL in a path: percent-encoded whole, or (as some clients send it) with `https://` collapsed to `https:/`. */
function normalizeUrl(url: string): string {
  const decoded = /^https?%3A/i.test(url) ? decodeURIComponent(url) : url;
  return decoded.replace(/^(https?):\/(?!\/)/i, '$1://');
}

/** `/web/<timestamp><modifier>/<url>`, the URL's own query string included. */
function parseMementoPath(pathAndQuery: string): MementoRequest | null {
  const m = /^\/web\/(?:(\d{1,14})([a-z]{2}_)?\/)?(.+)$/.exec(pathAndQuery);
  if (!m || !m[3]) return null;
  return { timestamp: m[1] ?? '', modifier: m[2] === 'id_' ? 'id_' : '', url: normalizeUrl(m[3]) };
}

function rawPathAndQuery(requestUrl: string): string {
  // A proxy receives absolute-form targets (`http://web.archive.org/cdx/...`); keep path+query only.
  const absolute = /^[a-z]+:\/\/[^/]*(\/.*)?$/i.exec(requestUrl);
  return absolute ? (absolute[1] ?? '/') : requestUrl;
}

function rawMemento(stored: StoredCapture, all: StoredCapture[], base: string): Answer {
  const { capture, bytes, row } = stored;
  const contentType = capture.contentType ?? DEFAULT_CONTENT_TYPE;
  const headers: Record<string, string> = {
    'Content-Type': contentType,
    ...mementoHeaders(stored, all, base),
    'x-archive-orig-content-type': contentType,
    'x-archive-orig-content-length': String(bytes.length),
  };
  if (capture.location) {
    headers['Location'] = `${base}/web/${row.timestamp}id_/${capture.location}`;
    headers['x-archive-orig-location'] = capture.location;
  }
  if (capture.contentEncoding) headers['Content-Encoding'] = capture.contentEncoding;
  return { status: capture.status ?? 200, headers, body: bytes };
}

/** The archive's own view: HTML gets the toolbar, links stay as archived (rewriting them is not needed by any client). */
function viewModeMemento(stored: StoredCapture, all: StoredCapture[], base: string): Answer {
  const raw = rawMemento(stored, all, base);
  // Compressed bytes have no <body> to put the toolbar after.
  if (stored.row.mimetype !== 'text/html' || stored.capture.contentEncoding) return raw;
  const toolbar =
    '<!-- BEGIN WAYBACK TOOLBAR INSERT -->\n<div id="wm-ipp-base" lang="en" style="display:none;direction:ltr;"></div>\n<!-- END WAYBACK TOOLBAR INSERT -->\n';
  const html = stored.bytes.toString('latin1');
  const bodyTag = /<body[^>]*>/i.exec(html);
  const at = bodyTag ? bodyTag.index + bodyTag[0].length : 0;
  const body = Buffer.concat([stored.bytes.subarray(0, at), Buffer.from(toolbar), stored.bytes.subarray(at)]);
  const headers: Record<string, string> = { ...raw.headers, 'Content-Type': 'text/html; charset=utf-8', 'X-Archive-Guessed-Content-Type': 'text/html', 'X-Archive-Guessed-Charset': 'utf-8' };
  if (stored.capture.location) headers['Location'] = `${base}/web/${stored.row.timestamp}/${stored.capture.location}`;
  return { ...raw, headers, body };
}

function mementoHeaders(stored: StoredCapture, all: StoredCapture[], base: string): Record<string, string> {
  const { row } = stored;
  const datetime = httpDate(row.timestamp);
  const index = all.indexOf(stored);
  const view = (s: StoredCapture) => `${base}/web/${s.row.timestamp}/${s.capture.url}`;
  const memento = (s: StoredCapture, rel: string) => `<${view(s)}>; rel="${rel}"; datetime="${httpDate(s.row.timestamp)}"`;
  const prev = all[index - 1];
  const next = all[index + 1];
  const link = [
    `<${stored.capture.url}>; rel="original"`,
    `<${base}/web/timemap/link/${stored.capture.url}>; rel="timemap"; type="application/link-format"`,
    `<${base}/web/${stored.capture.url}>; rel="timegate"`,
    memento(all[0]!, 'first memento'),
    ...(prev ? [memento(prev, 'prev memento')] : []),
    memento(stored, 'memento'),
    ...(next ? [memento(next, 'next memento')] : []),
    memento(all.at(-1)!, 'last memento'),
  ].join(', ');
  return {
    'Memento-Datetime': datetime,
    Link: link,
    'Cache-Control': 'max-age=1800',
    'X-Archive-Src': `fake-archive-${row.timestamp.slice(0, 8)}/FAKE-${row.timestamp}-${row.digest.slice(0, 8)}.warc.gz`,
    'x-archive-orig-date': datetime,
    'X-ts': String(stored.capture.status ?? 200),
  };
}

function cdxAnswer(answer: CdxAnswer): Answer {
  return { status: answer.status, headers: { 'Content-Type': answer.contentType, 'X-ts': String(answer.status) }, body: Buffer.from(answer.body) };
}

function cdxFault(fault: ArchiveFault, answer: CdxAnswer): Answer {
  switch (fault.kind) {
    case 'rate-limit':
      return liveRateLimit(fault.retryAfterSeconds);
    case 'unavailable':
      return liveUnavailable();
    case 'slow':
      return cdxAnswer(answer);
    case 'garbage': {
      // Cut mid-row: what a reset or a proxy's partial page would leave; never valid JSON.
      const cut = answer.body.slice(0, Math.max(1, Math.floor(answer.body.length / 2)));
      return { status: 200, headers: { 'Content-Type': answer.contentType }, body: Buffer.from(cut) };
    }
    case 'truncated':
      return { ...cdxAnswer(answer), cutShort: true };
    case 'stall':
      return { ...cdxAnswer(answer), stall: true };
    case 'redirect-loop':
      throw new Error('a redirect loop is answered before the CDX query');
    case 'blocked':
      return cdxBlocked(BLOCKED_SITE_ERROR, RECORDED.blockedCdx);
    case 'excluded':
      return cdxBlocked(BLOCKED_BY_ROBOTS, `${BLOCKED_BY_ROBOTS}\n`);
  }
}

function mementoFault(fault: ArchiveFault, answer: Answer, url: string): Answer {
  switch (fault.kind) {
    case 'rate-limit':
      return liveRateLimit(fault.retryAfterSeconds);
    case 'unavailable':
      return liveUnavailable();
    case 'slow':
      return answer;
    case 'garbage': {
      const noise = Buffer.alloc(Math.max(64, Math.floor(answer.body.length / 4)));
      for (let i = 0; i < noise.length; i++) noise[i] = (i * 7919 + 13) % 251;
      return { ...answer, headers: { ...answer.headers }, body: noise };
    }
    case 'truncated':
      return { ...answer, cutShort: true };
    case 'stall':
      return { ...answer, stall: true };
    case 'redirect-loop':
      throw new Error('a redirect loop is answered before the memento');
    case 'blocked':
    case 'excluded':
      return excluded(url);
  }
}

const SAVE_DAILY_LIMIT =
  'This URL has been already captured 10 times today. Please try again tomorrow. Please email us at "info@archive.org" if you would like to discuss this more.';

/** The save endpoint's own 429, its words as quoted in https://github.com/akamhy/waybackpy/issues/131. */
function saveRateLimit(perMinute: number): Answer {
  const body = `<!DOCTYPE html><html><head><title>Too Many Requests</title></head><body><h1>Too Many Requests</h1><p>We are limiting the number of URLs you can submit to be Archived to the Wayback Machine, using the Save Page Now features, to no more than ${perMinute} per minute.</p></body></html>\n`;
  return { status: 429, headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache', 'X-ts': '429' }, body: Buffer.from(body) };
}

/** A save the archive could not make, said on a page of its own (status_ext messages of the SPN2 documentation). */
function saveRefusalPage(message: string): Answer {
  const body = `<!DOCTYPE html><html><head><title>Wayback Machine</title></head><body><h2>Sorry</h2><p>${escapeHtml(message)}</p></body></html>\n`;
  return { status: 200, headers: { 'Content-Type': 'text/html; charset=utf-8', 'X-ts': '200' }, body: Buffer.from(body) };
}

function liveRateLimit(retryAfterSeconds: number | undefined): Answer {
  const headers: Record<string, string> = { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache', 'X-ts': '429' };
  if (retryAfterSeconds !== undefined) headers['Retry-After'] = String(retryAfterSeconds);
  return { status: 429, headers, body: RECORDED.live429 };
}

function liveUnavailable(): Answer {
  return { status: 503, headers: { 'Content-Type': 'text/html', 'X-ts': '503' }, body: RECORDED.live503 };
}

function cdxBlocked(runtimeError: string, body: string): Answer {
  return {
    status: 403,
    headers: { 'Content-Type': 'text/plain;charset=UTF-8', 'X-Archive-Wayback-Runtime-Error': runtimeError, 'X-ts': '403' },
    body: Buffer.from(body),
  };
}

function notArchived(url: string): Answer {
  const { body, recordedUrl } = RECORDED.notArchived;
  return { status: 404, headers: { 'Content-Type': 'text/html; charset=utf-8', 'X-ts': '404' }, body: Buffer.from(body.replaceAll(recordedUrl, escapeHtml(url))) };
}

function excluded(url: string): Answer {
  const { body, recordedUrl } = RECORDED.excluded;
  return { status: 200, headers: { 'Content-Type': 'text/html; charset=utf-8', 'X-ts': '200' }, body: Buffer.from(body.replaceAll(recordedUrl, escapeHtml(url))) };
}

function sendAnswer(req: http.IncomingMessage, res: http.ServerResponse, answer: Answer): void {
  res.writeHead(answer.status, { ...answer.headers, 'Content-Length': String(answer.body.length) });
  if (req.method === 'HEAD') {
    res.end();
  } else if (answer.cutShort) {
    res.write(answer.body.subarray(0, Math.floor(answer.body.length / 2)), () => res.destroy());
  } else if (answer.stall) {
    res.write(answer.body.subarray(0, Math.floor(answer.body.length / 2)));
  } else {
    res.end(answer.body);
  }
}

function timestampToMs(ts: string): number {
  const n = (from: number, to: number) => Number(ts.slice(from, to));
  return Date.UTC(n(0, 4), n(4, 6) - 1, n(6, 8), n(8, 10), n(10, 12), n(12, 14));
}

function msToTimestamp(ms: number): string {
  return new Date(ms).toISOString().replace(/\D/g, '').slice(0, 14);
}

function httpDate(ts: string): string {
  return new Date(timestampToMs(ts)).toUTCString();
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * A page as a 2000s site served it: windows-1252 bytes, declared in the markup. Characters
 * windows-1252 lacks become numeric character references, as the publishing systems of the
 * time wrote them.
 */
export function encodeWindows1252(html: string): Buffer {
  const meta = '<meta charset="windows-1252">';
  const existing = /<meta\s+charset=["']?[\w-]+["']?\s*\/?>/i;
  const declared = existing.test(html) ? html.replace(existing, meta) : html.replace(/<head[^>]*>/i, (head) => `${head}${meta}`);
  const bytes: number[] = [];
  for (const ch of declared) {
    const code = ch.codePointAt(0)!;
    const c1 = WINDOWS_1252_HIGH.indexOf(ch);
    if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) bytes.push(code);
    else if (c1 >= 0) bytes.push(0x80 + c1);
    else for (const b of Buffer.from(`&#${code};`, 'ascii')) bytes.push(b);
  }
  return Buffer.from(bytes);
}

/** windows-1252 bytes 0x80-0x9F; the five it leaves undefined are blanks. */
const WINDOWS_1252_HIGH = '€ ‚ƒ„…†‡ˆ‰Š‹Œ Ž  ‘’“”•–—˜™š›œ žŸ';
