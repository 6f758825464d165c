/**
 * Time as the politeness code sees it. The extension runs on the real clock; the politeness
 * bench runs the same code on a faster one, so that ten minutes of the archive's limits pass in
 * seconds.
 */
export interface Clock {
  now(): number;
  /** Resolves after `ms`; rejects with the signal's reason if the signal aborts first. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export const REAL_CLOCK: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) => sleepFor(ms, signal, (resolve, wait) => setTimeout(resolve, wait)),
};

/** A sleep on any timer: `schedule` starts the timer and returns its id for clearTimeout. */
export function sleepFor(ms: number, signal: AbortSignal | undefined, schedule: (resolve: () => void, ms: number) => ReturnType<typeof setTimeout>): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason as Error);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason as Error);
    };
    const timer = schedule(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, Math.max(0, ms));
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
