/**
 * The pause after repeated 429s. One 429 is answered by waiting and retrying that request;
 * several within a few minutes mean the archive wants us gone for a while, so every job stops
 * asking that host until the pause ends. The state is handed to `persist` on every change, so
 * a service worker that restarts mid-pause keeps waiting instead of knocking again at once.
 */

export interface PauseRecord {
  host: string;
  /** Epoch ms before which nothing is asked of this host; 0 when not paused. */
  until: number;
  /** Epoch ms of the recent live 429s, newest last. */
  strikes: number[];
  /** Length of the last pause, so a pause that follows another soon after lasts longer. */
  lastPauseMs: number;
}

export interface PausePolicy {
  /** This many 429s within `windowMs` start a pause. */
  strikes: number;
  windowMs: number;
  pauseMs: number;
  maxPauseMs: number;
  /** A Retry-After longer than this is capped: an archive that says "a week" gets asked again sooner. */
  maxRetryAfterMs: number;
}

const MINUTE = 60_000;

export const DEFAULT_PAUSE_POLICY: PausePolicy = {
  strikes: 3,
  windowMs: 10 * MINUTE,
  pauseMs: 5 * MINUTE,
  maxPauseMs: 30 * MINUTE,
  maxRetryAfterMs: 6 * 60 * MINUTE,
};

export class ArchivePauses {
  private readonly records = new Map<string, PauseRecord>();

  constructor(
    private readonly persist: (record: PauseRecord) => void = () => undefined,
    private readonly policy: PausePolicy = DEFAULT_PAUSE_POLICY,
    private readonly now: () => number = Date.now,
  ) {}

  /** Takes back the records a previous worker persisted. */
  restore(records: readonly PauseRecord[]): void {
    for (const record of records) this.records.set(record.host, { ...record, strikes: [...record.strikes] });
  }

  /** Milliseconds left in the host's pause; 0 when requests may go out. */
  remaining(host: string): number {
    return Math.max(0, (this.records.get(host)?.until ?? 0) - this.now());
  }

  /**
   * Counts a live 429. `retryAfterMs` is what the archive asked for, if it said. Returns the
   * pause now in force (0 when this 429 alone does not start one).
   */
  strike(host: string, retryAfterMs: number | null): number {
    const now = this.now();
    const record = this.records.get(host) ?? { host, until: 0, strikes: [], lastPauseMs: 0 };
    record.strikes = [...record.strikes.filter((at) => now - at < this.policy.windowMs), now];
    let pause = 0;
    if (record.strikes.length >= this.policy.strikes) {
      // A pause that comes soon after the previous one ended doubles, up to the maximum.
      const recentlyPaused = record.until > 0 && now - record.until < this.policy.windowMs * 3;
      pause = recentlyPaused ? Math.min(this.policy.maxPauseMs, record.lastPauseMs * 2) : this.policy.pauseMs;
      record.lastPauseMs = pause;
      record.strikes = [];
    }
    pause = Math.max(pause, Math.min(retryAfterMs ?? 0, this.policy.maxRetryAfterMs));
    if (pause > 0) record.until = Math.max(record.until, now + pause);
    this.records.set(host, record);
    this.persist({ ...record, strikes: [...record.strikes] });
    return this.remaining(host);
  }
}
