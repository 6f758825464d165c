/**
 * Reads a followed story's live page from the background, with no tab open: fetched, then read
 * by the same extractor as archived copies (offscreen document in Chrome, DOMParser in Firefox).
 *
 * `credentials: 'omit'`: the request carries none of the reader's cookies. With them, the site
 * would see the reader's account (or its tracking id) fetching a story every few minutes
 * from a browser with no tab on it, and a subscriber's paywall-free text would change with the
 * login state; without them, every check reads the page as anyone would, and a paywall is a
 * failure noted on the row, not an edit.
 */
import { decodeHtml } from '../core/charset.ts';
import { sameStoryAddress, type LiveRead } from '../core/follow-check.ts';
import { fromCutPage } from '../core/limits.ts';
import type { ArchivedReading } from '../extract/archived-page.ts';
import { readBody } from '../sources/polite-fetch.ts';

export type ReadHtml = (html: string, url: string) => Promise<ArchivedReading>;

/** A live read and the bytes of body it took (for the bench). */
export interface LivePage {
  read: LiveRead;
  bytes: number;
}

const TIMEOUT_MS = 30_000;

export async function readLivePage(url: string, extract: ReadHtml, fetchPage: typeof fetch = fetch): Promise<LivePage> {
  let response: Response;
  try {
    response = await fetchPage(url, { credentials: 'omit', cache: 'no-store', redirect: 'follow', signal: AbortSignal.timeout(TIMEOUT_MS) });
  } catch {
    return { read: { kind: 'unreachable' }, bytes: 0 };
  }
  if (!response.ok) {
    void response.body?.cancel().catch(() => undefined);
    return { read: { kind: 'http-error', status: response.status }, bytes: 0 };
  }
  const redirectedTo = response.url && !sameStoryAddress(url, response.url) ? response.url : null;
  let body: { bytes: Uint8Array; cut: boolean };
  try {
    body = await readBody(response);
  } catch {
    return { read: { kind: 'unreachable' }, bytes: 0 };
  }
  const reading = await extract(decodeHtml(body.bytes, response.headers.get('content-type')), url);
  // A page cut at the size limit holds the beginning of the story: it is read as partial (see fromCutPage).
  const cut = body.cut && reading.kind === 'article' ? fromCutPage(reading.article) : null;
  const read: LiveRead = {
    kind: 'page',
    redirectedTo,
    reading: body.cut && reading.kind === 'article' ? (cut ? { kind: 'article', article: cut } : { kind: 'no-article' }) : reading,
  };
  return { read, bytes: body.bytes.byteLength };
}
