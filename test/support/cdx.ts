/**
 * The CDX server's query language over an in-memory index, answering as web.archive.org does
 * (see test/fixtures/wayback/: recorded CDX answers and the CDX server documentation).
 */
import { createHash } from 'node:crypto';
import { surtKey } from './surt.ts';

export const CDX_FIELDS = ['urlkey', 'timestamp', 'original', 'mimetype', 'statuscode', 'digest', 'length'] as const;
export type CdxField = (typeof CDX_FIELDS)[number];
export type CdxRow = Record<CdxField, string>;

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** SHA-1 of the archived bytes in base32, as in the real index: 32 characters of A-Z2-7. */
export function cdxDigest(bytes: Uint8Array): string {
  const hash = createHash('sha1').update(bytes).digest();
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of hash) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return out;
}

export interface CdxAnswer {
  status: number;
  contentType: string;
  body: string;
}

/**
 * Answers one CDX query. Rows must be sorted by urlkey then timestamp, as the real index is.
 * Paging follows the recording: when `limit` rows were returned and showResumeKey is set, a
 * resume key follows them, even when no row remains (the next page is then empty).
 */
export function answerCdx(rows: CdxRow[], params: URLSearchParams): CdxAnswer {
  const json = params.get('output') === 'json';
  const fields = selectedFields(params.get('fl'));
  const matches = rows.filter(matcher(params));
  const collapsed = collapse(matches, params.getAll('collapse'));

  const resumeFrom = params.get('resumeKey');
  const start = resumeFrom === null ? 0 : collapsed.findIndex((row) => sortKey(row) >= decodeResumeKey(resumeFrom));
  const remaining = start < 0 ? [] : collapsed.slice(start);

  const limit = Number.parseInt(params.get('limit') ?? '', 10);
  const page = Number.isNaN(limit) || limit === 0 ? remaining : limit > 0 ? remaining.slice(0, limit) : remaining.slice(limit);
  const last = page.at(-1);
  const resumeKey = params.get('showResumeKey') === 'true' && limit > 0 && page.length === limit && last ? encodeResumeKey(last) : null;

  const table = page.map((row) => fields.map((field) => row[field]));
  if (json) {
    const all: string[][] = table.length ? [[...fields], ...table] : [];
    if (resumeKey !== null && all.length) all.push([], [resumeKey]);
    const lines = all.map((row) => JSON.stringify(row));
    return { status: 200, contentType: 'application/json', body: lines.length ? `[${lines.join(',\n')}]\n` : '[]\n' };
  }
  const text = table.map((row) => `${row.join(' ')}\n`).join('') + (resumeKey !== null ? `\n${resumeKey}\n` : '');
  return { status: 200, contentType: 'text/plain;charset=UTF-8', body: text };
}

function selectedFields(fl: string | null): CdxField[] {
  if (!fl) return [...CDX_FIELDS];
  const wanted = fl.split(',').map((f) => f.trim());
  return wanted.filter((f): f is CdxField => (CDX_FIELDS as readonly string[]).includes(f));
}

/** url + matchType (exact by default, or a trailing `*` for prefix), from/to, and every `filter`. */
function matcher(params: URLSearchParams): (row: CdxRow) => boolean {
  let url = params.get('url') ?? '';
  let matchType = params.get('matchType') ?? 'exact';
  if (url.endsWith('*')) {
    url = url.slice(0, -1);
    matchType = 'prefix';
  }
  const key = surtKey(url);
  const host = key.slice(0, key.indexOf(')'));
  const urlMatches = (urlkey: string): boolean => {
    switch (matchType) {
      case 'prefix':
        return urlkey.startsWith(key);
      case 'host':
        return urlkey.startsWith(`${host})`);
      case 'domain':
        return urlkey.startsWith(`${host})`) || urlkey.startsWith(`${host},`);
      default:
        return urlkey === key;
    }
  };
  // A partial timestamp covers its whole span: from=2016 is 20160000000000, to=2016 is 20169999999999.
  const from = (params.get('from') ?? '').padEnd(14, '0');
  const to = (params.get('to') ?? '').padEnd(14, '9');
  const filters = params.getAll('filter').map(parseFilter);
  return (row) =>
    urlMatches(row.urlkey) && row.timestamp >= from && row.timestamp <= to && filters.every((f) => f(row));
}

/**
 * `[!]field:regex` must match the whole field (Java `matches()`); `[!]~field:text` matches a
 * substring. An unknown field matches nothing, like an empty value would.
 */
function parseFilter(spec: string): (row: CdxRow) => boolean {
  const negate = spec.startsWith('!');
  let rest = negate ? spec.slice(1) : spec;
  const contains = rest.startsWith('~');
  if (contains) rest = rest.slice(1);
  const colon = rest.indexOf(':');
  const field = rest.slice(0, colon) as CdxField;
  const pattern = rest.slice(colon + 1);
  const regex = contains ? null : new RegExp(`^(?:${pattern})$`);
  return (row) => {
    const value = row[field] ?? '';
    const hit = regex ? regex.test(value) : value.includes(pattern);
    return negate ? !hit : hit;
  };
}

/** `collapse=field` or `collapse=field:N` (first N characters): drops a row equal to the row before it, never a later repeat. */
function collapse(rows: CdxRow[], specs: string[]): CdxRow[] {
  let out = rows;
  for (const spec of specs) {
    const [field, n] = spec.split(':') as [CdxField, string | undefined];
    const width = n === undefined ? undefined : Number(n);
    const value = (row: CdxRow) => (row[field] ?? '').slice(0, width);
    out = out.filter((row, i, all) => i === 0 || value(row) !== value(all[i - 1]!));
  }
  return out;
}

function sortKey(row: CdxRow): string {
  return `${row.urlkey} ${row.timestamp}`;
}

/**
 * The recorded keys read `com%2Ccnn%29%2F+2001041400593%3A`: the urlkey and the last returned
 * timestamp with its final character bumped by one, form-encoded, so the next page starts just
 * after that capture.
 */
function encodeResumeKey(last: CdxRow): string {
  const ts = last.timestamp;
  const after = ts.slice(0, -1) + String.fromCharCode(ts.charCodeAt(ts.length - 1) + 1);
  return new URLSearchParams({ k: `${last.urlkey} ${after}` }).toString().slice(2);
}

function decodeResumeKey(key: string): string {
  return new URLSearchParams(`k=${key}`).get('k') ?? '';
}
