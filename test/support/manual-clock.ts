/**
 * A clock the test moves by hand, for the politeness code (src/sources/clock.ts): `advance`
 * fires the sleeps that fall due in order, letting the code they wake run before the next.
 */
import type { Clock } from '../../src/sources/clock.ts';

interface Sleeper {
  at: number;
  resolve: () => void;
}

export interface ManualClock extends Clock {
  /** Moves time forward by `ms`, waking each sleep on the way at its own time. */
  advance(ms: number): Promise<void>;
  /** Lets promises and I/O callbacks that are ready run, without moving time. */
  settle(): Promise<void>;
}

export function manualClock(start = 1_000_000): ManualClock {
  let now = start;
  let sleepers: Sleeper[] = [];
  const settle = async () => {
    for (let i = 0; i < 20; i++) await new Promise((resolve) => setImmediate(resolve));
  };
  return {
    now: () => now,
    sleep(ms, signal) {
      return new Promise((resolve, reject) => {
        if (signal?.aborted) return reject(signal.reason as Error);
        const sleeper = { at: now + Math.max(0, ms), resolve };
        sleepers.push(sleeper);
        signal?.addEventListener('abort', () => {
          sleepers = sleepers.filter((s) => s !== sleeper);
          reject(signal.reason as Error);
        });
      });
    },
    async advance(ms) {
      const end = now + ms;
      await settle();
      for (;;) {
        const next = sleepers.filter((s) => s.at <= end).sort((a, b) => a.at - b.at)[0];
        if (!next) break;
        now = Math.max(now, next.at);
        sleepers = sleepers.filter((s) => s !== next);
        next.resolve();
        await settle();
      }
      now = end;
      await settle();
    },
    settle,
  };
}
