/**
 * The Wayback Machine (or any pywb/OpenWayback archive with the same API): the CDX server
 * lists captures, `id_` mementos return the original bytes without the archive's toolbar.
 */
import { ArchiveError, type ArchiveSource, type Capture, type CaptureBody } from './source.ts';
import type { PoliteFetch } from './polite-fetch.ts';

export const DEFAULT_WAYBACK_BASE = 'https://web.archive.org';

const CDX_FIELDS = ['timestamp', 'original', 'statuscode', 'mimetype', 'digest'] as const;
const CDX_PAGE_SIZE = 1000;
/** A story with more captures than this is listed up to here; the first and newest still frame it. */
const CDX_MAX_PAGES = 5;

export function cdxQueryUrl(base: string, url: string, resumeKey?: string): string {
  const params = new URLSearchParams({ url, output: 'json', fl: CDX_FIELDS.join(','), showResumeKey: 'true', limit: String(CDX_PAGE_SIZE) });
  params.append('filter', 'statuscode:200');
  params.append('filter', 'mimetype:text/html');
  params.append('collapse', 'digest');
  if (resumeKey) params.set('resumeKey', resumeKey);
  return `${base}/cdx/search/cdx?${params}`;
}

/**
 * The JSON CDX answer: a header row, capture rows, and with showResumeKey a trailing `[]`
 * then `["<key>"]` when more rows remain.
 */
export function parseCdxJson(text: string): { captures: Capture[]; resumeKey: string | null } {
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
  const captures = data
    .filter((row) => (status < 0 || row[status] === '200') && (mime < 0 || row[mime] === 'text/html'))
    .filter((row) => /^\d{14}$/.test(row[ts] ?? ''))
    .map((row) => ({ timestamp: row[ts]!, original: row[original]!, digest: digest >= 0 ? row[digest]! : row[ts]! }));
  return { captures, resumeKey };
}

function isBlocked(response: Response): boolean {
  return response.status === 403 && /blocked/i.test(response.headers.get('x-archive-wayback-runtime-error') ?? '');
}

export function createWaybackSource(politeFetch: PoliteFetch, base = DEFAULT_WAYBACK_BASE): ArchiveSource {
  const root = base.replace(/\/+$/, '');
  return {
    id: new URL(root).host,

    async listCaptures(url, signal) {
      const all: Capture[] = [];
      let resumeKey: string | undefined;
      for (let page = 0; page < CDX_MAX_PAGES; page++) {
        const response = await politeFetch(cdxQueryUrl(root, url, resumeKey), signal);
        if (isBlocked(response)) throw new ArchiveError({ kind: 'blocked' });
        if (response.status !== 200) throw new ArchiveError({ kind: 'unavailable', status: response.status });
        const { captures, resumeKey: next } = parseCdxJson(await response.text());
        all.push(...captures);
        if (!next) break;
        resumeKey = next;
      }
      return all.sort((a, b) => a.timestamp.localeCompare(b.timestamp));
    },

    async fetchCapture(capture, signal): Promise<CaptureBody> {
      const response = await politeFetch(`${root}/web/${capture.timestamp}id_/${capture.original}`, signal);
      if (response.status === 404) throw new ArchiveError({ kind: 'not-archived' });
      if (isBlocked(response)) throw new ArchiveError({ kind: 'blocked' });
      if (!response.headers.has('memento-datetime')) {
        throw response.status === 200 ? new ArchiveError({ kind: 'excluded' }) : new ArchiveError({ kind: 'unavailable', status: response.status });
      }
      if (response.status !== 200) throw new ArchiveError({ kind: 'unavailable', status: response.status });
      return { bytes: new Uint8Array(await response.arrayBuffer()), contentType: response.headers.get('content-type') };
    },

    viewUrl(capture) {
      return `${root}/web/${capture.timestamp}/${capture.original}`;
    },
  };
}
