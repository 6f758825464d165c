/**
 * fetch() with the manners the archive expects of us: every request, each redirect hop
 * included, waits its turn in the request queue (lanes, budgets, the tab in front first); a
 * timeout; a live 429 keeps every job away from the host (60 s when the archive does not say,
 * longer after repeated ones: archive-pause.ts); back-off on 503. Redirects are followed here,
 * not by the browser, so that each hop is counted and a loop ends after a few.
 * A live 429/503 is told from an archived one by the absence of Memento-Datetime: an archived
 * error page is a real capture and is returned like any other response.
 */
import { MAX_CAPTURE_BYTES } from '../core/limits.ts';
import { ArchivePauses } from './archive-pause.ts';
import { REAL_CLOCK, type Clock } from './clock.ts';
import { RequestQueue } from './request-queue.ts';
import { ArchiveError, type ArchiveRequest } from './source.ts';

export interface PoliteFetchOptions {
  maxInFlight: number;
  /** For the whole exchange, body included. */
  timeoutMs: number;
  retries: number;
  /** First back-off on a 503 without Retry-After; doubles on each retry. */
  backoffMs: number;
  /** Upper bound on one wait; a longer one becomes a rate-limited failure for the caller to schedule. */
  maxWaitMs: number;
}

export const DEFAULT_POLITENESS: PoliteFetchOptions = {
  maxInFlight: 2,
  timeoutMs: 15_000,
  retries: 2,
  backoffMs: 2_000,
  maxWaitMs: 20_000,
};

/** A chain of redirects is cut at this many requests: "the archive sent us in circles". */
export const MAX_HOPS = 5;

/** A job that met 429 after 429, even with short Retry-Afters, comes back in no less than this. */
const GIVE_UP_WAIT_MS = 60_000;

type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

export interface PoliteFetchDeps {
  fetch?: Fetch;
  pauses?: ArchivePauses;
  /** Shared by every source, so that every job's requests count against one budget. */
  queue?: RequestQueue;
  clock?: Clock;
  /**
   * Where a redirect that came back opaque points. In an extension, fetch() with
   * `redirect: 'manual'` answers a redirect with an opaque response, Location hidden, as the
   * Fetch standard says; the browser wiring reads the Location from webRequest.
   */
  redirectTarget?: (url: string) => Promise<string | null>;
}

/** Retry-After is seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | null {
  if (!value) return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

export function createPoliteFetch(options: PoliteFetchOptions = DEFAULT_POLITENESS, deps: PoliteFetchDeps = {}) {
  const fetchImpl: Fetch = deps.fetch ?? ((input, init) => fetch(input, init));
  const clock = deps.clock ?? REAL_CLOCK;
  const pauses = deps.pauses ?? new ArchivePauses(undefined, undefined, clock.now);
  const queue = deps.queue ?? new RequestQueue(options, undefined, pauses, clock);

  /** One request, in its turn. */
  async function once(url: string, request: ArchiveRequest): Promise<Response> {
    const release = await queue.acquire(url, request);
    const timeout = AbortSignal.timeout(options.timeoutMs);
    try {
      request.signal?.throwIfAborted();
      const signal = request.signal ? AbortSignal.any([request.signal, timeout]) : timeout;
      return await fetchImpl(url, { signal, redirect: 'manual', credentials: 'omit' });
    } catch (error) {
      if (request.signal?.aborted || error instanceof ArchiveError) throw error;
      throw new ArchiveError({ kind: 'offline', detail: timeout.aborted ? 'timed out' : describeNetworkError(error) });
    } finally {
      release();
    }
  }

  /** Where a response sends us, or null when it is an answer. */
  async function redirectedTo(response: Response, url: string): Promise<string | null> {
    if (response.type === 'opaqueredirect') {
      const target = await deps.redirectTarget?.(url);
      if (!target) throw new ArchiveError({ kind: 'offline', detail: 'redirected, and the browser did not say where' });
      return target;
    }
    const location = response.headers.get('location');
    if (response.status < 300 || response.status >= 400 || response.status === 304 || !location) return null;
    return new URL(location, url).href;
  }

  /** A request and the redirects it meets, each hop in its turn; the last answer is returned. */
  async function follow(url: string, request: ArchiveRequest): Promise<Response> {
    let target = url;
    for (let hop = 1; ; hop++) {
      const response = await once(target, request);
      const next = await redirectedTo(response, target);
      if (next === null) return response;
      void response.body?.cancel().catch(() => undefined);
      if (hop >= MAX_HOPS) throw new ArchiveError({ kind: 'redirect-loop', hops: hop });
      // The article's URL goes to the archive the reader chose, and to no one else.
      if (new URL(next).hostname !== new URL(url).hostname) throw new ArchiveError({ kind: 'unavailable', status: response.status || 302 });
      target = next;
    }
  }

  return async function politeFetch(url: string, request: ArchiveRequest = {}): Promise<Response> {
    const host = new URL(url).host;
    for (let attempt = 0; ; attempt++) {
      const response = await follow(url, request);
      const live = !response.headers.has('memento-datetime');
      if (!live || (response.status !== 429 && response.status !== 503)) return response;
      // The body of a live error page is of no use; release the connection.
      void response.body?.cancel().catch(() => undefined);
      const asked = parseRetryAfter(response.headers.get('retry-after'), clock.now());
      if (response.status === 429) {
        // Every job stays away while the pause lasts; only a short Retry-After is waited out here.
        const paused = pauses.strike(host, asked);
        if (paused > options.maxWaitMs) throw new ArchiveError({ kind: 'rate-limited', retryAfterMs: paused });
        if (attempt >= options.retries) throw new ArchiveError({ kind: 'rate-limited', retryAfterMs: Math.max(paused, GIVE_UP_WAIT_MS) });
        await clock.sleep(paused, request.signal);
        continue;
      }
      const wait = asked ?? options.backoffMs * 2 ** attempt;
      if (attempt >= options.retries || wait > options.maxWaitMs) throw new ArchiveError({ kind: 'unavailable', status: 503 });
      await clock.sleep(wait, request.signal);
    }
  };
}

export type PoliteFetch = ReturnType<typeof createPoliteFetch>;

/** A body as read: its first `maxBytes` at most, and whether there was more. */
export interface ReadBody {
  bytes: Uint8Array;
  /** The body went on past the limit; the rest was not read. */
  cut: boolean;
}

/**
 * Reads a response body as it streams in, up to `maxBytes` (counted after the browser has
 * decompressed it), then stops reading and cancels the rest: a small gzip answer that expands
 * to gigabytes is stopped at the limit, not held in memory whole. Tells a body the server cut
 * short from one that took too long: the body is read under the same timeout as the request,
 * so a stalled transfer ends as "timed out".
 */
export async function readBody(response: Response, maxBytes = MAX_CAPTURE_BYTES): Promise<ReadBody> {
  const reader = response.body?.getReader();
  if (!reader) return { bytes: new Uint8Array(0), cut: false };
  const chunks: Uint8Array[] = [];
  let size = 0;
  let cut = false;
  try {
    for (let next = await reader.read(); !next.done; next = await reader.read()) {
      const chunk = next.value;
      if (size + chunk.byteLength > maxBytes) {
        chunks.push(chunk.subarray(0, maxBytes - size));
        size = maxBytes;
        cut = true;
        break;
      }
      chunks.push(chunk);
      size += chunk.byteLength;
    }
  } catch (error) {
    const name = (error as { name?: unknown } | null)?.name;
    if (name === 'TimeoutError') throw new ArchiveError({ kind: 'offline', detail: 'timed out' });
    if (name === 'AbortError') throw error;
    throw new ArchiveError({ kind: 'garbled', detail: `answer cut short (${describeNetworkError(error)})` });
  }
  // The rest is never downloaded nor decompressed.
  if (cut) void reader.cancel().catch(() => undefined);
  return { bytes: concat(chunks, size), cut };
}

function concat(chunks: readonly Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

/** Node's fetch hides the reason (a refused connection, a reset) in `cause`. */
function describeNetworkError(error: unknown): string {
  const cause = (error as { cause?: { message?: unknown } } | null)?.cause?.message;
  return typeof cause === 'string' ? `${String(error)}: ${cause}` : String(error);
}
