/**
 * One part of `npm run bench`: its figures as JSON and as a readable report. `json` maps each
 * top-level key of `npm run bench -- --json` to its value; the keys the issues name
 * (`extract`, `size`, `diff`, `history`, `ui`) are an API that checks outside this repo read.
 */
export interface BenchSection {
  json: Record<string, unknown>;
  report: string;
}

/** Median of timings in milliseconds; benches report medians so one slow run on a shared machine does not skew them. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return NaN;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Runs `fn` until `minRuns` runs and `minMs` have passed, and returns the median time of one run. */
export function timeMedian(fn: () => void, minRuns = 5, minMs = 200): number {
  const times: number[] = [];
  const start = performance.now();
  while (times.length < minRuns || performance.now() - start < minMs) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
    if (times.length >= 200) break;
  }
  return median(times);
}

/**
 * Median time of one run of each of several functions, timed in alternating batches of about
 * `batchMs` each: a machine that slows down for a while slows all of them alike, so that their
 * ratios hold even when the absolute figures drift. A batch rather than a single run, so that
 * one function's garbage is mostly collected while it runs, not while the next one is timed.
 * Runs at least `minRounds` rounds and `minMs`.
 */
export function timeMediansInTurn(fns: (() => void)[], minRounds = 7, minMs = 600, batchMs = 10): number[] {
  const sizes = fns.map((fn) => {
    const t0 = performance.now();
    fn();
    return Math.max(1, Math.round(batchMs / Math.max(performance.now() - t0, 0.001)));
  });
  const times = fns.map(() => [] as number[]);
  const start = performance.now();
  for (let round = 0; round < minRounds || (performance.now() - start < minMs && round < 100); round++) {
    fns.forEach((fn, k) => {
      const t0 = performance.now();
      for (let n = 0; n < sizes[k]!; n++) fn();
      times[k]!.push((performance.now() - t0) / sizes[k]!);
    });
  }
  return times.map(median);
}
