/**
 * The pause after a 429. The archive blocks an IP that keeps asking for more than a minute
 * after a 429, for an hour and longer each time, in every tab and every other tool on that IP;
 * so every 429 stops every job asking that host: for as long as Retry-After says, or a minute
 * when it says nothing (as it often does). Several within a few minutes mean the archive wants
 * us gone for a while: the pause grows to minutes. The state is handed to `persist` on every
 * change, so a service worker that restarts mid-pause keeps waiting instead of knocking again.
 */

export interface PauseRecord {
  host: string;
  /** Epoch ms before which nothing is asked of this host; 0 when not paused. */
  until: number;
  /** Epoch ms of the recent live 429s, newest last. */
  strikes: number[];
  /** Length of the last pause after repeated 429s, so one that follows soon after lasts longer. */
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
  /** The wait after a 429 without Retry-After. */
  unannouncedMs: number;
}

const MINUTE = 60_000;

export const DEFAULT_PAUSE_POLICY: PausePolicy = {
  strikes: 3,
  windowMs: 10 * MINUTE,
  pauseMs: 5 * MINUTE,
  maxPauseMs: 30 * MINUTE,
  maxRetryAfterMs: 6 * 60 * MINUTE,
  unannouncedMs: MINUTE,
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

  /** Counts a live 429. `retryAfterMs` is what the archive asked for, if it said. Returns the pause now in force. */
  strike(host: string, retryAfterMs: number | null): number {
    const now = this.now();
    const record = this.records.get(host) ?? { host, until: 0, strikes: [], lastPauseMs: 0 };
    record.strikes = [...record.strikes.filter((at) => now - at < this.policy.windowMs), now];
    let pause = 0;
    if (record.strikes.length >= this.policy.strikes) {
      // A pause that comes soon after the previous one ended doubles, up to the maximum.
      const recentlyPaused = record.lastPauseMs > 0 && now - record.until < this.policy.windowMs * 3;
      pause = recentlyPaused ? Math.min(this.policy.maxPauseMs, record.lastPauseMs * 2) : this.policy.pauseMs;
      record.lastPauseMs = pause;
      record.strikes = [];
    }
    pause = Math.max(pause, Math.min(retryAfterMs ?? this.policy.unannouncedMs, this.policy.maxRetryAfterMs));
    record.until = Math.max(record.until, now + pause);
    this.records.set(host, record);
    this.persist({ ...record, strikes: [...record.strikes] });
    return this.remaining(host);
  }
}
