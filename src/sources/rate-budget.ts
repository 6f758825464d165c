/**
 * How many requests of each kind we let ourselves make of an archive host. The Wayback
 * Machine counts per IP: `/cdx/search/cdx` and `/web/timemap` share one pool of 30 a minute
 * (since June 2026), mementos are allowed far more. A reader's browser shares that IP with
 * every tab and every other tool, so we keep 80% of the listing pool, as the edgi `wayback`
 * library does (24 a minute), and 8 mementos a second.
 *
 * Each class holds `max` tokens and a token spent comes back one window later: a sliding
 * window, not a bucket refilled at a steady rate, because a full bucket of 24 refilled at 24 a
 * minute lets 48 through in one minute, and the archive counts requests in a minute.
 * `reserve` tokens are kept back from background tabs, so that the article the reader is
 * looking at is listed at once even when a front page's worth of tabs has used the rest.
 *
 * What was spent is handed to `persist` on every change: a worker that restarts (or a browser
 * that restores 40 tabs) must not start again from a full budget.
 */

export type EndpointClass = 'listing' | 'memento';

/** The article in a tab the reader can see goes first; background tabs and follow-ups wait. */
export type Priority = 'visible' | 'background';

export interface BudgetLimit {
  max: number;
  windowMs: number;
  /** Tokens background requests may not take. */
  reserve: number;
}

export const ARCHIVE_BUDGETS: Record<EndpointClass, BudgetLimit> = {
  listing: { max: 24, windowMs: 60_000, reserve: 4 },
  memento: { max: 8, windowMs: 1_000, reserve: 2 },
};

export interface BudgetRecord {
  host: string;
  /** Epoch ms at which each of the class's recent requests started, oldest first. */
  spent: Record<EndpointClass, number[]>;
}

/**
 * A CDX query or a timemap lists captures; anything else asked of an archive is a memento (or
 * a redirect to one). Only the archive's own part of the path is read: a memento URL ends
 * with the original URL, whose path may say anything.
 */
export function endpointClass(url: string): EndpointClass {
  const own = new URL(url).pathname.split(/\/[a-z][a-z0-9+.-]*:/i)[0]!;
  return /(^|\/)(cdx|timemap)(\/|$)/i.test(own) ? 'listing' : 'memento';
}

export class RateBudgets {
  private readonly records = new Map<string, BudgetRecord>();

  constructor(
    private readonly persist: (record: BudgetRecord) => void = () => undefined,
    private readonly limits: Record<EndpointClass, BudgetLimit> = ARCHIVE_BUDGETS,
    private readonly now: () => number = Date.now,
  ) {}

  /** Takes back what a previous worker spent. A time in the future (a clock set back) counts as now. */
  restore(records: readonly BudgetRecord[]): void {
    const now = this.now();
    for (const { host, spent } of records) {
      const clamp = (times: readonly number[]) => times.map((at) => Math.min(at, now)).sort((a, b) => a - b);
      this.records.set(host, { host, spent: { listing: clamp(spent.listing), memento: clamp(spent.memento) } });
    }
  }

  /** Milliseconds until a request of this class and priority may start; 0 when it may start now. */
  delay(host: string, kind: EndpointClass, priority: Priority): number {
    return Math.max(0, this.nextStart(this.recent(host, kind), kind, priority, this.now()) - this.now());
  }

  /** Counts a request that starts now. */
  spend(host: string, kind: EndpointClass): void {
    const record = this.records.get(host) ?? { host, spent: { listing: [], memento: [] } };
    record.spent = { ...record.spent, [kind]: [...this.recent(host, kind), this.now()] };
    this.records.set(host, record);
    this.persist({ host, spent: { listing: [...record.spent.listing], memento: [...record.spent.memento] } });
  }

  /**
   * When a request with `ahead` others of its class before it may start, if each of them
   * starts as soon as the budget lets it: for the reader, "about 3 min".
   */
  estimate(host: string, kind: EndpointClass, priority: Priority, ahead: number): number {
    const starts = this.recent(host, kind);
    let at = this.now();
    for (let i = 0; i <= ahead; i++) {
      at = this.nextStart(starts, kind, priority, at);
      starts.push(at);
    }
    return at;
  }

  /** The earliest time from `from` on at which one more request fits in the window after `starts` (ascending). */
  private nextStart(starts: readonly number[], kind: EndpointClass, priority: Priority, from: number): number {
    const { max, windowMs, reserve } = this.limits[kind];
    const cap = priority === 'visible' ? max : Math.max(1, max - reserve);
    const inWindow = starts.filter((at) => at > from - windowMs);
    if (inWindow.length < cap) return from;
    // The oldest starts must leave the window until one fewer than `cap` remain.
    return inWindow[inWindow.length - cap]! + windowMs;
  }

  private recent(host: string, kind: EndpointClass): number[] {
    const since = this.now() - this.limits[kind].windowMs;
    return (this.records.get(host)?.spent[kind] ?? []).filter((at) => at > since);
  }
}
