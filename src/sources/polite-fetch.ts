/**
 * fetch() with the manners the archive expects of us: at most two requests in flight per
 * host, a gap between requests, a timeout, and back-off on 429/503 that honours Retry-After.
 * A live 429/503 is told from an archived one by the absence of Memento-Datetime: an archived
 * error page is a real capture and is returned like any other response.
 */
import { ArchiveError } from './source.ts';

export interface PoliteFetchOptions {
  maxInFlight: number;
  spacingMs: number;
  timeoutMs: number;
  retries: number;
  /** Upper bound on one wait; a longer Retry-After becomes a rate-limited failure for the caller to schedule. */
  maxWaitMs: number;
}

export const DEFAULT_POLITENESS: PoliteFetchOptions = {
  maxInFlight: 2,
  spacingMs: 300,
  timeoutMs: 15_000,
  retries: 2,
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

export function createPoliteFetch(options: PoliteFetchOptions = DEFAULT_POLITENESS, fetchImpl: Fetch = (i, init) => fetch(i, init)) {
  const lanes = new Map<string, HostLane>();

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

  async function once(url: string, signal?: AbortSignal): Promise<Response> {
    const lane = await acquire(new URL(url).host);
    const timeout = AbortSignal.timeout(options.timeoutMs);
    try {
      return await fetchImpl(url, { signal: signal ? AbortSignal.any([signal, timeout]) : timeout, redirect: 'follow', credentials: 'omit' });
    } catch (error) {
      if (signal?.aborted) throw error;
      throw new ArchiveError({ kind: 'offline', detail: timeout.aborted ? 'timed out' : String(error) });
    } finally {
      release(lane);
    }
  }

  return async function politeFetch(url: string, signal?: AbortSignal): Promise<Response> {
    for (let attempt = 0; ; attempt++) {
      const response = await once(url, signal);
      const live = !response.headers.has('memento-datetime');
      if (!live || (response.status !== 429 && response.status !== 503)) return response;
      const wait = parseRetryAfter(response.headers.get('retry-after')) ?? 1000 * 2 ** (attempt + 1);
      if (attempt >= options.retries || wait > options.maxWaitMs) {
        throw new ArchiveError(
          response.status === 429 ? { kind: 'rate-limited', retryAfterMs: Math.max(wait, 60_000) } : { kind: 'unavailable', status: 503 },
        );
      }
      await sleep(wait);
    }
  };
}

export type PoliteFetch = ReturnType<typeof createPoliteFetch>;
