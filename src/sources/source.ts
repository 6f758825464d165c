/**
 * A place earlier versions of an article come from. Another archive (a Memento/pywb archive,
 * archive.today) is one more implementation of `ArchiveSource`.
 */
import type { Ticket } from './request-queue.ts';

/** One capture of a URL as the archive lists it. */
export interface Capture {
  /** 14-digit UTC timestamp, the archive's own key for the capture. */
  timestamp: string;
  /** The URL as it was captured (scheme and host variants differ between captures). */
  original: string;
  /** Content digest: changes with any byte of the page, so equal digests mean equal text but not vice versa. */
  digest: string;
}

/** The archived bytes of one capture, undecoded: the charset is decided later, from headers and markup. */
export interface CaptureBody {
  bytes: Uint8Array;
  contentType: string | null;
  /** The body went on past MAX_CAPTURE_BYTES: `bytes` are its beginning only. */
  cut?: boolean;
}

export type ArchiveFailure =
  /** A live 429, or the shared pause after repeated ones: nothing is asked until `retryAfterMs` has passed. */
  | { kind: 'rate-limited'; retryAfterMs: number }
  /** A live 5xx (or another status that is not an answer): try again later. */
  | { kind: 'unavailable'; status: number }
  /** The archive holds the site but does not show it (an administrative block). */
  | { kind: 'blocked' }
  /** The site asked the archive to hide its captures (robots.txt or a request to the archive). */
  | { kind: 'excluded' }
  /** No memento at that time (a listed capture the archive cannot replay). */
  | { kind: 'not-archived' }
  /** The capture is an archived redirect to another URL: a different page, not a version of this one. */
  | { kind: 'moved'; to: string }
  /** An answer we cannot read: not JSON, cut short, not the shape asked for. */
  | { kind: 'garbled'; detail: string }
  /** Redirect after redirect: the chain was cut after `hops` requests. */
  | { kind: 'redirect-loop'; hops: number }
  /** No answer: offline, timed out, refused. */
  | { kind: 'offline'; detail: string };

/** Failures that may be gone in a few minutes; the others will be the same answer tomorrow. */
export function isTransient(failure: ArchiveFailure): boolean {
  return ['rate-limited', 'unavailable', 'garbled', 'redirect-loop', 'offline'].includes(failure.kind);
}

/** A failure the archive told us about, typed so callers can tell "try later" from "never". */
export class ArchiveError extends Error {
  constructor(readonly failure: ArchiveFailure) {
    super(`archive: ${failure.kind}`);
    this.name = 'ArchiveError';
  }
}

/** How a job asks the archive: the signal that cancels it, its priority, and where to hear that it waits its turn. */
export type ArchiveRequest = Ticket;

export interface ArchiveSource {
  /** Stable id, used in cache keys and sightings. */
  readonly id: string;
  listCaptures(url: string, request?: ArchiveRequest): Promise<Capture[]>;
  fetchCapture(capture: Capture, request?: ArchiveRequest): Promise<CaptureBody>;
  /** Where a reader can see this capture in the archive's own viewer. */
  viewUrl(capture: Capture): string;
}

/** `20160919204901` → `2016-09-19T20:49:01.000Z`. */
export function timestampToIso(timestamp: string): string {
  const m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(timestamp);
  if (!m) throw new Error(`not a 14-digit timestamp: ${timestamp}`);
  return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.000Z`;
}
