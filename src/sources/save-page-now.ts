/**
 * Save Page Now: asks the Wayback Machine to capture a page as it is now. We have no archive.org
 * account, so we use what an anonymous client may: `GET /save/<url>`, which runs the capture
 * while the request waits and answers with where the capture went. The SPN2 API (`POST /save`,
 * then `GET /save/status/<job_id>` until "success" or "error") wants S3 keys of an account.
 *
 * Where the capture went comes in one of three forms, all seen in the answers client libraries
 * were written against: a redirect to `/web/<timestamp>/<url>`; a 200 whose `Content-Location`
 * is that path (with `X-Location: save-sync`); or, since 2025, a `Link` header whose
 * rel="memento" entry is the capture. Refusals are a live 429 ("no more than N per minute"),
 * a 403 naming robots or a block in `X-Archive-Wayback-Runtime-Error`, or a page (HTML, or the
 * SPN2 JSON with `status_ext`) that says why: captured 10 times today, too many active sessions,
 * a blocked URL.
 */
import type { ArchivePauses } from './archive-pause.ts';
import { REAL_CLOCK, type Clock } from './clock.ts';
import { parseRetryAfter, readBody } from './polite-fetch.ts';
import type { SaveLimits } from './save-limits.ts';

/** Why the archive did not save the page, in terms the reader can act on. */
export type SaveRefusal =
  /** Too many saves from this IP: none is asked for before `retryAt` (epoch ms). */
  | { kind: 'rate-limited'; retryAt: number }
  /** The archive saves one URL only so many times a day. */
  | { kind: 'daily-limit' }
  /** The archive does not keep this site, or the site keeps the archive out. */
  | { kind: 'excluded' }
  /** No answer, a server error, or a capture that failed on the archive's side. */
  | { kind: 'unavailable' }
  /** An answer that says neither where the capture is nor why there is none. */
  | { kind: 'garbled' };

export type SaveOutcome =
  /** `timestamp`: the capture's 14-digit UTC key; `captureUrl`: where the reader can see it. */
  | { kind: 'saved'; timestamp: string; captureUrl: string }
  | { kind: 'refused'; reason: SaveRefusal };

/** What the reader sees of one save: `saving` while the archive captures the page. */
export type SaveState = { kind: 'saving' } | SaveOutcome;

/** What one answer of the archive says, before the limits are told of it. */
type Answer = SaveOutcome | { kind: 'too-many'; retryAfterMs: number | null } | { kind: 'busy' };

/** The archive captures the page while we wait; its own time limit for a capture is 45 s. */
const SAVE_TIMEOUT_MS = 70_000;
/** A page saying why there is no capture is a few KB; more is not that page. */
const MAX_REFUSAL_BYTES = 256 * 1024;
/** "Too many active sessions": the IP's earlier saves still run. */
const BUSY_WAIT_MS = 60_000;

type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

export interface SavePageNowDeps {
  /** The archive's base URL: the Wayback Machine's, `https://web.archive.org`. */
  base: string;
  limits: SaveLimits;
  /** The pause of the whole host after 429s, shared with listings and mementos. */
  pauses: ArchivePauses;
  fetch?: Fetch;
  clock?: Clock;
  /** Where an opaque redirect points (webRequest reads it in the extension; see polite-fetch.ts). */
  redirectTarget?: (url: string) => Promise<string | null>;
}

export function saveRequestUrl(base: string, url: string): string {
  return `${base.replace(/\/+$/, '')}/save/${url}`;
}

export function createSavePageNow(deps: SavePageNowDeps) {
  const fetchImpl: Fetch = deps.fetch ?? ((input, init) => fetch(input, init));
  const clock = deps.clock ?? REAL_CLOCK;
  const root = deps.base.replace(/\/+$/, '');
  const host = new URL(root).host;

  async function ask(url: string): Promise<Answer> {
    const request = saveRequestUrl(root, url);
    let response: Response;
    try {
      response = await fetchImpl(request, { redirect: 'manual', credentials: 'omit', signal: AbortSignal.timeout(SAVE_TIMEOUT_MS) });
    } catch {
      return { kind: 'refused', reason: { kind: 'unavailable' } };
    }
    if (response.type === 'opaqueredirect') {
      const target = await deps.redirectTarget?.(request);
      return (target && captureAt(target, root)) || { kind: 'refused', reason: { kind: 'garbled' } };
    }
    return readAnswer(response, root, clock.now());
  }

  return {
    /** Asks the archive to save `url` now, unless the limits say to wait: then nothing is sent. */
    async save(url: string): Promise<SaveOutcome> {
      const notBefore = Math.max(deps.limits.nextSaveAt(host), clock.now() + deps.pauses.remaining(host));
      if (notBefore > clock.now()) return { kind: 'refused', reason: { kind: 'rate-limited', retryAt: notBefore } };
      deps.limits.spend(host);
      const answer = await ask(url);
      switch (answer.kind) {
        case 'too-many': {
          // The firewall may count every request of the IP: listings stay away too, as after any live 429.
          deps.pauses.strike(host, answer.retryAfterMs);
          return { kind: 'refused', reason: { kind: 'rate-limited', retryAt: deps.limits.refused(host, answer.retryAfterMs) } };
        }
        case 'busy':
          return { kind: 'refused', reason: { kind: 'rate-limited', retryAt: deps.limits.holdFor(host, BUSY_WAIT_MS) } };
        default:
          return answer;
      }
    },
  };
}

export type SavePageNow = ReturnType<typeof createSavePageNow>;

/** A capture's address, `/web/<timestamp>[modifier]/<url>` (absolute or not), as an outcome; null when it is not one. */
function captureAt(location: string, root: string): SaveOutcome | null {
  let path: string;
  try {
    path = new URL(location, root).pathname + new URL(location, root).search;
  } catch {
    return null;
  }
  const m = /^\/web\/(\d{14})(?:[a-z]{2}_)?\/(.+)$/.exec(path);
  return m ? { kind: 'saved', timestamp: m[1]!, captureUrl: `${root}/web/${m[1]}/${m[2]}` } : null;
}

/** The rel="memento" target of a Link header: the capture itself, not the first, last or neighbouring ones. */
function mementoLink(link: string | null): string | null {
  for (const part of link?.split(/,(?=\s*<)/) ?? []) {
    const m = /<([^>]+)>(.*)/.exec(part.trim());
    const rel = m && /;\s*rel="([^"]*)"/.exec(m[2]!)?.[1];
    if (m && rel?.split(/\s+/).length === 1 && rel === 'memento') return m[1]!;
  }
  return null;
}

async function readAnswer(response: Response, root: string, now: number): Promise<Answer> {
  const { status, headers } = response;
  if (status === 429) {
    void response.body?.cancel().catch(() => undefined);
    return { kind: 'too-many', retryAfterMs: parseRetryAfter(headers.get('retry-after'), now) };
  }
  const runtimeError = headers.get('x-archive-wayback-runtime-error') ?? '';
  if (/robot|blocked|accesscontrol/i.test(runtimeError)) return { kind: 'refused', reason: { kind: 'excluded' } };
  if (status >= 300 && status < 400) {
    const location = headers.get('location');
    return (location && captureAt(location, root)) || { kind: 'refused', reason: { kind: 'garbled' } };
  }
  if (status === 200) {
    const location = headers.get('content-location');
    const saved = (location && captureAt(location, root)) || (mementoLink(headers.get('link')) && captureAt(mementoLink(headers.get('link'))!, root));
    if (saved) {
      void response.body?.cancel().catch(() => undefined);
      return saved;
    }
  }
  let text = '';
  try {
    text = new TextDecoder().decode((await readBody(response, MAX_REFUSAL_BYTES)).bytes);
  } catch {
    return { kind: 'refused', reason: { kind: 'unavailable' } };
  }
  return refusalIn(text) ?? { kind: 'refused', reason: status >= 500 || status === 403 ? { kind: 'unavailable' } : { kind: 'garbled' } };
}

/** Why a page (HTML, or SPN2's JSON) says the archive did not save: by its `status_ext` code or its words. */
export function refusalIn(text: string): Answer | null {
  if (/too-many-daily-captures|captured \d+ times today/i.test(text)) return { kind: 'refused', reason: { kind: 'daily-limit' } };
  if (/user-session-limit|limit of active sessions/i.test(text)) return { kind: 'busy' };
  if (/error:blocked|excluded from the Wayback Machine|blocked by robots/i.test(text)) return { kind: 'refused', reason: { kind: 'excluded' } };
  if (/"status"\s*:\s*"error"|error:[a-z-]+/i.test(text)) return { kind: 'refused', reason: { kind: 'unavailable' } };
  return null;
}
