/**
 * How often we ask the Wayback Machine to save a page. Save Page Now keeps its own count, apart
 * from the listing pool: a few saves a minute from an anonymous IP, then a 429, and an IP that
 * keeps saving through it is refused for five minutes. So a save waits for three things: fewer
 * than `perMinute` saves in the last minute, no save pause (five minutes after a save's 429, or
 * longer if Retry-After says so), and no pause of the whole host (archive-pause.ts: a 429 from
 * any endpoint may be the firewall's, which counts every request of the IP).
 *
 * Every record is handed to `persist` on every change, as the listing budget's is, so that every
 * tab shares one count and a restarted worker does not start again from a full one.
 */

export interface SaveLimitRecord {
  host: string;
  /** Epoch ms at which each recent save was asked for, oldest first. */
  saves: number[];
  /** Epoch ms before which no save is asked for; 0 when none is paused. */
  pausedUntil: number;
}

export interface SavePolicy {
  perMinute: number;
  /** The wait after a save's 429, when Retry-After asks for less. */
  pauseMs: number;
  /** A Retry-After longer than this is capped. */
  maxPauseMs: number;
}

const MINUTE = 60_000;

/**
 * An anonymous IP may make 3 saves a minute (the SPN2 limits as client libraries quote them); we
 * keep 2, leaving the IP's other tools one, as the listing budget keeps 80% of its pool. The
 * block after a 429 lasts 5 minutes.
 */
export const DEFAULT_SAVE_POLICY: SavePolicy = { perMinute: 2, pauseMs: 5 * MINUTE, maxPauseMs: 6 * 60 * MINUTE };

export class SaveLimits {
  private readonly records = new Map<string, SaveLimitRecord>();

  constructor(
    private readonly persist: (records: SaveLimitRecord[]) => void = () => undefined,
    private readonly policy: SavePolicy = DEFAULT_SAVE_POLICY,
    private readonly now: () => number = Date.now,
  ) {}

  /** Takes back what a previous worker persisted; a time in the future (a clock set back) counts as now. */
  restore(records: readonly SaveLimitRecord[]): void {
    const now = this.now();
    for (const { host, saves, pausedUntil } of records) {
      this.records.set(host, { host, saves: saves.map((at) => Math.min(at, now)).sort((a, b) => a - b), pausedUntil });
    }
  }

  /** When the next save of `host` may be asked for: now, or later. */
  nextSaveAt(host: string): number {
    const now = this.now();
    const record = this.record(host);
    const recent = record.saves.filter((at) => at > now - MINUTE);
    const windowFree = recent.length < this.policy.perMinute ? now : recent[recent.length - this.policy.perMinute]! + MINUTE;
    return Math.max(now, windowFree, record.pausedUntil);
  }

  /** Counts a save asked for now. */
  spend(host: string): void {
    const now = this.now();
    const record = this.record(host);
    this.update({ ...record, saves: [...record.saves.filter((at) => at > now - MINUTE), now] });
  }

  /** The archive answered a save with 429: no save for five minutes, or as long as it asked. Returns when saves may start again. */
  refused(host: string, retryAfterMs: number | null): number {
    const wait = Math.min(Math.max(this.policy.pauseMs, retryAfterMs ?? 0), this.policy.maxPauseMs);
    const record = this.record(host);
    this.update({ ...record, pausedUntil: Math.max(record.pausedUntil, this.now() + wait) });
    return this.record(host).pausedUntil;
  }

  /** The archive is busy with this IP's earlier saves (not a 429): the next save waits `ms`. */
  holdFor(host: string, ms: number): number {
    const record = this.record(host);
    this.update({ ...record, pausedUntil: Math.max(record.pausedUntil, this.now() + ms) });
    return this.record(host).pausedUntil;
  }

  private record(host: string): SaveLimitRecord {
    return this.records.get(host) ?? { host, saves: [], pausedUntil: 0 };
  }

  private update(record: SaveLimitRecord): void {
    this.records.set(record.host, record);
    this.persist([...this.records.values()].map((r) => ({ ...r, saves: [...r.saves] })));
  }
}
