/**
 * fetch() with the manners the archive expects of us: at most two requests in flight per
 * host, a gap between requests, a timeout, exponential back-off on 429/503 that honours
 * Retry-After, and the shared pause after repeated 429s (archive-pause.ts).
 * A live 429/503 is told from an archived one by the absence of Memento-Datetime: an archived
 * error page is a real capture and is returned like any other response.
 */
import { ArchivePauses } from './archive-pause.ts';
import { ArchiveError } from './source.ts';

export interface PoliteFetchOptions {
  maxInFlight: number;
  spacingMs: number;
  /** For the whole exchange, body included. */
  timeoutMs: number;
  retries: number;
  /** First back-off on a 429/503 without Retry-After; doubles on each retry. */
  backoffMs: number;
  /** Upper bound on one wait; a longer one becomes a rate-limited failure for the caller to schedule. */
  maxWaitMs: number;
}

export const DEFAULT_POLITENESS: PoliteFetchOptions = {
  maxInFlight: 2,
  spacingMs: 300,
  timeoutMs: 15_000,
  retries: 2,
  backoffMs: 2_000,
  maxWaitMs: 20_000,
};

type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

interface HostLane {
  inFlight: number;
  lastStart: number;
  waiting: (() => void)[];
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Retry-After is seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | null {
  if (!value) return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

/** A 429 that leaves no other clue still keeps us away this long. */
const MIN_RATE_LIMIT_WAIT = 60_000;

export function createPoliteFetch(
  options: PoliteFetchOptions = DEFAULT_POLITENESS,
  fetchImpl: Fetch = (i, init) => fetch(i, init),
  pauses: ArchivePauses = new ArchivePauses(),
) {
  const lanes = new Map<string, HostLane>();

  async function waitOutPause(host: string): Promise<void> {
    const left = pauses.remaining(host);
    if (left === 0) return;
    if (left > options.maxWaitMs) throw new ArchiveError({ kind: 'rate-limited', retryAfterMs: left });
    await sleep(left);
  }

  async function acquire(host: string): Promise<HostLane> {
    let lane = lanes.get(host);
    if (!lane) lanes.set(host, (lane = { inFlight: 0, lastStart: 0, waiting: [] }));
    while (lane.inFlight >= options.maxInFlight) await new Promise<void>((resolve) => lane!.waiting.push(resolve));
    lane.inFlight++;
    const gap = lane.lastStart + options.spacingMs - Date.now();
    lane.lastStart = Date.now() + Math.max(0, gap);
    if (gap > 0) await sleep(gap);
    return lane;
  }

  function release(lane: HostLane) {
    lane.inFlight--;
    lane.waiting.shift()?.();
  }

  async function once(url: string, host: string, signal?: AbortSignal): Promise<Response> {
    await waitOutPause(host);
    const lane = await acquire(host);
    const timeout = AbortSignal.timeout(options.timeoutMs);
    try {
      // A pause may have begun, or the caller given up, while this request waited for its lane.
      await waitOutPause(host);
      signal?.throwIfAborted();
      return await fetchImpl(url, { signal: signal ? AbortSignal.any([signal, timeout]) : timeout, redirect: 'follow', credentials: 'omit' });
    } catch (error) {
      if (signal?.aborted || error instanceof ArchiveError) throw error;
      throw new ArchiveError({ kind: 'offline', detail: timeout.aborted ? 'timed out' : describeNetworkError(error) });
    } finally {
      release(lane);
    }
  }

  return async function politeFetch(url: string, signal?: AbortSignal): Promise<Response> {
    const host = new URL(url).host;
    for (let attempt = 0; ; attempt++) {
      const response = await once(url, host, signal);
      const live = !response.headers.has('memento-datetime');
      if (!live || (response.status !== 429 && response.status !== 503)) return response;
      // The body of a live error page is of no use; release the connection.
      void response.body?.cancel().catch(() => undefined);
      const asked = parseRetryAfter(response.headers.get('retry-after'));
      if (response.status === 429) {
        const paused = pauses.strike(host, asked);
        if (paused > options.maxWaitMs) throw new ArchiveError({ kind: 'rate-limited', retryAfterMs: paused });
      }
      const wait = asked ?? options.backoffMs * 2 ** attempt;
      if (attempt >= options.retries || wait > options.maxWaitMs) {
        throw new ArchiveError(
          response.status === 429
            ? { kind: 'rate-limited', retryAfterMs: Math.max(wait, pauses.remaining(host), MIN_RATE_LIMIT_WAIT) }
            : { kind: 'unavailable', status: 503 },
        );
      }
      await sleep(wait);
    }
  };
}

export type PoliteFetch = ReturnType<typeof createPoliteFetch>;

/**
 * Reads a response body, telling a body cut short from one that took too long. The body is
 * read under the same timeout as the request, so a stalled transfer ends as "timed out".
 */
export async function readBody(response: Response): Promise<Uint8Array> {
  try {
    return new Uint8Array(await response.arrayBuffer());
  } catch (error) {
    const name = (error as { name?: unknown } | null)?.name;
    if (name === 'TimeoutError') throw new ArchiveError({ kind: 'offline', detail: 'timed out' });
    if (name === 'AbortError') throw error;
    throw new ArchiveError({ kind: 'garbled', detail: `answer cut short (${describeNetworkError(error)})` });
  }
}

/** Node's fetch hides the reason (a redirect loop, a refused connection) in `cause`. */
function describeNetworkError(error: unknown): string {
  const cause = (error as { cause?: { message?: unknown } } | null)?.cause?.message;
  return typeof cause === 'string' ? `${String(error)}: ${cause}` : String(error);
}
