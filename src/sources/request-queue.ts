/**
 * Who asks the archive next. Every request to a host waits here for three things: no pause in
 * force (archive-pause.ts), a free lane (at most `maxInFlight` requests in flight), and a token
 * of its class (rate-budget.ts). Among those waiting, the article in a visible tab goes first,
 * then the others in the order they came; while the tab in front is asking, background
 * requests leave it a lane. One queue serves every job, so a front page of 40 tabs shares one
 * budget, and the tab in front does not wait behind it.
 */
import type { ArchivePauses } from './archive-pause.ts';
import { REAL_CLOCK, type Clock } from './clock.ts';
import { endpointClass, RateBudgets, type EndpointClass, type Priority } from './rate-budget.ts';
import { ArchiveError } from './source.ts';

/** Where a waiting request stands: requests of its class before it, and when it should start. */
export interface QueueWait {
  ahead: number;
  startsAt: number;
}

export interface Ticket {
  /** Read each time the queue chooses, so a tab brought to the front moves up at once. */
  priority?: () => Priority;
  signal?: AbortSignal;
  /** Called when the request has to wait, and again when its place changes. */
  onQueued?: (wait: QueueWait) => void;
}

export interface QueueOptions {
  maxInFlight: number;
  /** A pause longer than this fails the waiting requests as rate-limited, for their jobs to come back by alarm. */
  maxWaitMs: number;
}

interface Waiter {
  kind: EndpointClass;
  ticket: Ticket;
  seq: number;
  reported: number;
  go: (release: () => void) => void;
  fail: (error: unknown) => void;
}

interface Host {
  inFlight: number;
  waiting: Waiter[];
  timer: AbortController | null;
  /** When a request for a visible tab last started. */
  visibleAt: number;
}

/**
 * For this long after the tab in front asked, background requests leave it a lane: its next
 * request (the next capture of its story) must not wait for theirs to be answered.
 */
const VISIBLE_LANE_MS = 10_000;

const RANK: Record<Priority, number> = { visible: 0, background: 1 };

export class RequestQueue {
  private readonly hosts = new Map<string, Host>();
  private seq = 0;

  constructor(
    private readonly options: QueueOptions,
    private readonly budgets: RateBudgets = new RateBudgets(),
    private readonly pauses: ArchivePauses | null = null,
    private readonly clock: Clock = REAL_CLOCK,
  ) {}

  /** Waits for the request's turn; the returned function frees its lane when the exchange is over. */
  acquire(url: string, ticket: Ticket = {}): Promise<() => void> {
    const hostName = new URL(url).host;
    const host = this.host(hostName);
    return new Promise((resolve, reject) => {
      const signal = ticket.signal;
      if (signal?.aborted) return reject(signal.reason as Error);
      // A job's one signal sees every request of the job: each takes its listener off again.
      const onAbort = () => this.leave(hostName, waiter, signal!.reason);
      const settle = () => signal?.removeEventListener('abort', onAbort);
      const waiter: Waiter = {
        kind: endpointClass(url),
        ticket,
        seq: this.seq++,
        reported: -1,
        go: (release) => {
          settle();
          resolve(release);
        },
        fail: (error) => {
          settle();
          reject(error);
        },
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      host.waiting.push(waiter);
      this.pump(hostName);
    });
  }

  /** Priorities changed (another tab came to the front): choose again. */
  reschedule(): void {
    for (const host of this.hosts.keys()) this.pump(host);
  }

  private host(name: string): Host {
    let host = this.hosts.get(name);
    if (!host) this.hosts.set(name, (host = { inFlight: 0, waiting: [], timer: null, visibleAt: -Infinity }));
    return host;
  }

  private leave(hostName: string, waiter: Waiter, reason: unknown): void {
    const host = this.host(hostName);
    const index = host.waiting.indexOf(waiter);
    if (index < 0) return;
    host.waiting.splice(index, 1);
    waiter.fail(reason);
    this.pump(hostName);
  }

  private pump(hostName: string): void {
    const host = this.host(hostName);
    host.timer?.abort();
    host.timer = null;
    if (host.waiting.length === 0) return;

    const paused = this.pauses?.remaining(hostName) ?? 0;
    if (paused > this.options.maxWaitMs) {
      const error = new ArchiveError({ kind: 'rate-limited', retryAfterMs: paused });
      for (const waiter of host.waiting.splice(0)) waiter.fail(error);
      return;
    }

    let soonest = paused > 0 ? paused : Infinity;
    const order = [...host.waiting].sort((a, b) => RANK[priorityOf(a)] - RANK[priorityOf(b)] || a.seq - b.seq);
    if (paused === 0) {
      const now = this.clock.now();
      for (const waiter of order) {
        if (host.inFlight >= this.options.maxInFlight) break;
        const priority = priorityOf(waiter);
        if (priority === 'background' && now - host.visibleAt < VISIBLE_LANE_MS && host.inFlight >= this.options.maxInFlight - 1) continue;
        const delay = this.budgets.delay(hostName, waiter.kind, priority);
        if (delay > 0) {
          soonest = Math.min(soonest, delay);
          continue;
        }
        host.waiting.splice(host.waiting.indexOf(waiter), 1);
        host.inFlight++;
        if (priority === 'visible') host.visibleAt = now;
        this.budgets.spend(hostName, waiter.kind);
        waiter.go(once(() => this.release(hostName)));
      }
    }
    this.report(hostName, paused, order.filter((waiter) => host.waiting.includes(waiter)));
    if (host.waiting.length > 0 && soonest < Infinity) {
      const timer = new AbortController();
      host.timer = timer;
      this.clock.sleep(soonest, timer.signal).then(
        () => this.pump(hostName),
        () => undefined,
      );
    }
  }

  private release(hostName: string): void {
    this.host(hostName).inFlight--;
    this.pump(hostName);
  }

  /**
   * Tells each request that asked where it stands, when that changed, if it waits for the
   * budget or a pause: a wait for a lane is over in one answer's time, not worth a word.
   */
  private report(hostName: string, paused: number, waiting: Waiter[]): void {
    const ahead: Record<EndpointClass, number> = { listing: 0, memento: 0 };
    for (const waiter of waiting) {
      const place = ahead[waiter.kind]++;
      if (!waiter.ticket.onQueued || waiter.reported === place) continue;
      if (paused === 0 && this.budgets.delay(hostName, waiter.kind, priorityOf(waiter)) === 0) continue;
      waiter.reported = place;
      const startsAt = Math.max(this.clock.now() + paused, this.budgets.estimate(hostName, waiter.kind, priorityOf(waiter), place));
      waiter.ticket.onQueued({ ahead: place, startsAt });
    }
  }
}

function priorityOf(waiter: Waiter): Priority {
  return waiter.ticket.priority?.() ?? 'visible';
}

function once(fn: () => void): () => void {
  let done = false;
  return () => {
    if (done) return;
    done = true;
    fn();
  };
}
