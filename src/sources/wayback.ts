/**
 * The Wayback Machine (or any pywb/OpenWayback archive with the same API): the CDX server
 * lists captures, `id_` mementos return the original bytes without the archive's toolbar.
 */
import { ArchiveError, type ArchiveSource, type Capture, type CaptureBody } from './source.ts';
import { DEFAULT_WAYBACK_BASE } from '../settings.ts';
import { readBody, type PoliteFetch } from './polite-fetch.ts';

const CDX_FIELDS = ['timestamp', 'original', 'statuscode', 'mimetype', 'digest'] as const;
const CDX_PAGE_SIZE = 1000;
/** A story with more captures than this is listed up to here; the first and newest still frame it. */
const CDX_MAX_PAGES = 5;
/** A revisit record says "same bytes as the capture with this digest"; the index gives it no status. */
const REVISIT = 'warc/revisit';

/**
 * Where the archive keeps its index and its mementos. The Wayback Machine (and OpenWayback)
 * serve `/cdx/search/cdx` and `/web/<timestamp>/<url>` from the host root; pywb serves one
 * collection under a path, `/<coll>/cdx` and `/<coll>/<timestamp>/<url>`. A base URL with a
 * path is therefore read as a pywb collection.
 */
export interface ArchiveLayout {
  cdx: string;
  /** Prefix of every memento URL, without the trailing slash. */
  mementos: string;
  pywb: boolean;
}

export function archiveLayout(base: string): ArchiveLayout {
  const root = base.replace(/\/+$/, '');
  const pywb = new URL(root).pathname.replace(/\/+$/, '') !== '';
  return pywb ? { cdx: `${root}/cdx`, mementos: root, pywb } : { cdx: `${root}/cdx/search/cdx`, mementos: `${root}/web`, pywb };
}

export function cdxQueryUrl(base: string, url: string, resumeKey?: string): string {
  const layout = archiveLayout(base);
  // pywb names its fields differently and pages without resume keys: it gets the plain query
  // and its rows are filtered here, as every listing is anyway.
  if (layout.pywb) return `${layout.cdx}?${new URLSearchParams({ url, output: 'json' })}`;
  const params = new URLSearchParams({ url, output: 'json', fl: CDX_FIELDS.join(','), showResumeKey: 'true', limit: String(CDX_PAGE_SIZE) });
  params.append('filter', 'statuscode:(200|-)');
  params.append('filter', `mimetype:(text/html|${REVISIT})`);
  params.append('collapse', 'digest');
  if (resumeKey) params.set('resumeKey', resumeKey);
  return `${layout.cdx}?${params}`;
}

interface CdxPage {
  captures: (Capture & { revisit: boolean })[];
  resumeKey: string | null;
}

/**
 * The JSON CDX answer: a header row, capture rows, and with showResumeKey a trailing `[]`
 * then `["<key>"]` when more rows remain.
 */
export function parseCdxJson(text: string): CdxPage {
  if (text.trimStart().startsWith('{')) return { captures: parseCdxLines(text), resumeKey: null };
  let rows: unknown;
  try {
    rows = JSON.parse(text);
  } catch {
    throw new ArchiveError({ kind: 'garbled', detail: 'CDX answer is not JSON' });
  }
  if (!Array.isArray(rows) || !rows.every((row) => Array.isArray(row) && row.every((cell) => typeof cell === 'string'))) {
    throw new ArchiveError({ kind: 'garbled', detail: 'CDX answer is not a list of rows' });
  }
  const table = rows as string[][];
  if (table.length === 0) return { captures: [], resumeKey: null };
  let resumeKey: string | null = null;
  const blank = table.findIndex((row) => row.length === 0);
  const body = blank >= 0 ? table.slice(0, blank) : table;
  if (blank >= 0) resumeKey = table[blank + 1]?.[0] ?? null;
  const [header, ...data] = body;
  const column = (name: string) => header!.indexOf(name);
  const [ts, original, status, mime, digest] = [column('timestamp'), column('original'), column('statuscode'), column('mimetype'), column('digest')];
  if (ts < 0 || original < 0) throw new ArchiveError({ kind: 'garbled', detail: 'CDX header lacks timestamp/original' });
  const isRevisit = (row: string[]) => mime >= 0 && row[mime] === REVISIT;
  const captures = data
    .filter((row) => isRevisit(row) || ((status < 0 || row[status] === '200') && (mime < 0 || row[mime] === 'text/html')))
    .filter((row) => /^\d{14}$/.test(row[ts] ?? ''))
    .map((row) => ({ timestamp: row[ts]!, original: row[original]!, digest: digest >= 0 ? row[digest]! : row[ts]!, revisit: isRevisit(row) }));
  return { captures, resumeKey };
}

/** pywb's `output=json`: one JSON object a line, with its own field names. */
function parseCdxLines(text: string): CdxPage['captures'] {
  const rows = text.split('\n').filter((line) => line.trim() !== '').map((line) => {
    try {
      return JSON.parse(line) as unknown;
    } catch {
      throw new ArchiveError({ kind: 'garbled', detail: 'CDX line is not JSON' });
    }
  });
  const field = (row: Record<string, unknown>, ...names: string[]) => names.map((n) => row[n]).find((v): v is string => typeof v === 'string');
  const captures: CdxPage['captures'] = [];
  for (const row of rows) {
    if (typeof row !== 'object' || row === null) throw new ArchiveError({ kind: 'garbled', detail: 'CDX line is not an object' });
    const record = row as Record<string, unknown>;
    const [timestamp, original] = [field(record, 'timestamp'), field(record, 'url', 'original')];
    const [status, mime] = [field(record, 'status', 'statuscode'), field(record, 'mime', 'mimetype')];
    if (!timestamp || !/^\d{14}$/.test(timestamp) || !original) continue;
    const revisit = mime === REVISIT;
    if (!revisit && (status !== '200' || mime !== 'text/html')) continue;
    captures.push({ timestamp, original, digest: field(record, 'digest') ?? timestamp, revisit });
  }
  return captures;
}

/**
 * A revisit stands for the capture whose digest it repeats. It is kept only when that capture
 * is a 200 HTML page in the same listing, so it costs no fetch (chooseCaptures fetches a digest
 * once) and adds a sighting: "the page still read so at this time". A revisit of anything
 * else (a redirect, an error page) is dropped with it.
 */
function withResolvableRevisits(captures: CdxPage['captures']): Capture[] {
  const pageDigests = new Set(captures.filter((c) => !c.revisit).map((c) => c.digest));
  return captures.filter((c) => !c.revisit || pageDigests.has(c.digest)).map(({ timestamp, original, digest }) => ({ timestamp, original, digest }));
}

/** 403s name their reason in a header: robots.txt (or the owner) excluded the site, or the archive blocks it. */
function accessRefusal(response: Response): ArchiveError | null {
  if (response.status !== 403) return null;
  const reason = response.headers.get('x-archive-wayback-runtime-error') ?? '';
  if (/robot/i.test(reason)) return new ArchiveError({ kind: 'excluded' });
  if (/blocked|accesscontrol/i.test(reason)) return new ArchiveError({ kind: 'blocked' });
  return null;
}

/** The URL a memento answer is for: `<base>/web/<timestamp><modifier>/<url>` → `<url>`. */
export function mementoOriginal(mementoUrl: string): string | null {
  const m = /\/\d{1,14}(?:[a-z]{2}_)?\/([a-z][a-z0-9+.-]*:.+)$/i.exec(mementoUrl);
  return m?.[1] ?? null;
}

/** Scheme, `www.`, default ports and a trailing slash vary between captures of one page. */
function samePage(a: string, b: string): boolean {
  const key = (url: string) => {
    try {
      const u = new URL(url);
      return `${u.hostname.replace(/^www\./, '')}${u.pathname.replace(/\/+$/, '')}${u.search}`;
    } catch {
      return url;
    }
  };
  return key(a) === key(b);
}

export function createWaybackSource(politeFetch: PoliteFetch, base = DEFAULT_WAYBACK_BASE): ArchiveSource {
  const root = base.replace(/\/+$/, '');
  const { mementos } = archiveLayout(root);
  return {
    // Host and collection path: two collections on one pywb host are two archives.
    id: root.replace(/^[a-z]+:\/\//i, ''),

    async listCaptures(url, request) {
      const all: CdxPage['captures'] = [];
      let resumeKey: string | undefined;
      for (let page = 0; page < CDX_MAX_PAGES; page++) {
        const response = await politeFetch(cdxQueryUrl(root, url, resumeKey), request);
        const refusal = accessRefusal(response);
        if (refusal) throw refusal;
        if (response.status !== 200) throw new ArchiveError({ kind: 'unavailable', status: response.status });
        const { bytes, cut } = await readBody(response);
        // A listing is a few hundred KB at most: one past the limit is not a listing we can read.
        if (cut) throw new ArchiveError({ kind: 'garbled', detail: 'CDX answer larger than any listing' });
        const { captures, resumeKey: next } = parseCdxJson(new TextDecoder().decode(bytes));
        all.push(...captures);
        if (!next) break;
        resumeKey = next;
      }
      return withResolvableRevisits(all).sort((a, b) => a.timestamp.localeCompare(b.timestamp));
    },

    async fetchCapture(capture, request): Promise<CaptureBody> {
      const response = await politeFetch(`${mementos}/${capture.timestamp}id_/${capture.original}`, request);
      if (response.status === 404) throw new ArchiveError({ kind: 'not-archived' });
      const refusal = accessRefusal(response);
      if (refusal) throw refusal;
      if (!response.headers.has('memento-datetime')) {
        // The archive answers an excluded URL with a 200 page of its own, not a memento.
        throw response.status === 200 ? new ArchiveError({ kind: 'excluded' }) : new ArchiveError({ kind: 'unavailable', status: response.status });
      }
      // Inexact timestamps are redirected to the nearest capture of the same page, which is
      // fine; an archived redirect to another URL lands on a different page. politeFetch
      // follows redirects itself: the answer's own URL says where it came from.
      const landedOn = response.url ? mementoOriginal(response.url) : null;
      if (landedOn && !samePage(landedOn, capture.original)) throw new ArchiveError({ kind: 'moved', to: landedOn });
      if (response.status !== 200) throw new ArchiveError({ kind: 'unavailable', status: response.status });
      const { bytes, cut } = await readBody(response);
      return { bytes, contentType: response.headers.get('content-type'), ...(cut ? { cut } : {}) };
    },

    viewUrl(capture) {
      return `${mementos}/${capture.timestamp}/${capture.original}`;
    },
  };
}
