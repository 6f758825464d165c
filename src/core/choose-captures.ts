/**
 * Which captures to fetch. Most captures of a story differ only in ads and timestamps, so we
 * fetch the first and the newest, then bisect only the intervals whose ends differ in text,
 * until every change is pinned between two adjacent captures. A story that changed k times
 * among n captures costs about 2 + k·log2(n) fetches instead of n.
 */

/** What a capture's text turned out to be: a hash of its normalised text, or no article at all. */
export type CaptureText = { kind: 'text'; hash: string } | { kind: 'unusable' };

export interface ChooseOptions {
  /** Stop after this many fetches; what was learnt so far still stands. */
  maxFetches: number;
  /** Fetch every capture with a distinct digest instead of bisecting (the "thorough" mode). */
  thorough: boolean;
  /**
   * Captures resolved at once. The archive takes two requests at a time from us; more in
   * parallel would only queue, and a queue keeps asking after a failure has ended the run.
   */
  concurrency?: number;
}

/** 20 changes among 2,000 captures take about 150 fetches (bench/history.ts). */
export const DEFAULT_CHOOSE = { maxFetches: 150, thorough: false, concurrency: 2 } satisfies ChooseOptions;

interface Keyed {
  digest: string;
}

export interface ChosenCaptures {
  /** Each resolved capture's text, by index into the captures (sorted oldest first). */
  texts: Map<number, CaptureText>;
  /** False when the fetch budget ran out before every change was pinned between two captures. */
  complete: boolean;
}

/**
 * Resolves captures in the order that shows the reader the most, soonest: the ends first, then
 * midpoints of differing intervals. `textOf` is called at most once per digest.
 */
export async function chooseCaptures<C extends Keyed>(
  captures: readonly C[],
  textOf: (capture: C) => Promise<CaptureText>,
  options: ChooseOptions = DEFAULT_CHOOSE,
  onResolved?: (index: number, text: CaptureText) => void,
): Promise<ChosenCaptures> {
  const resolved = new Map<number, CaptureText>();
  const byDigest = new Map<string, Promise<CaptureText>>();
  let fetches = 0;

  const resolve = async (index: number): Promise<CaptureText | null> => {
    const known = resolved.get(index);
    if (known) return known;
    const capture = captures[index]!;
    let pending = byDigest.get(capture.digest);
    if (!pending) {
      if (fetches >= options.maxFetches) return null;
      fetches++;
      pending = textOf(capture);
      byDigest.set(capture.digest, pending);
    }
    const text = await pending;
    resolved.set(index, text);
    onResolved?.(index, text);
    return text;
  };

  const done = (complete: boolean): ChosenCaptures => ({ texts: resolved, complete });
  if (captures.length === 0) return done(true);
  const width = Math.max(1, options.concurrency ?? DEFAULT_CHOOSE.concurrency);
  /** Resolves the indices a few at a time; false once the fetch budget is spent. */
  const resolveAll = async (indices: number[]): Promise<boolean> => {
    for (let i = 0; i < indices.length; i += width) {
      const texts = await Promise.all(indices.slice(i, i + width).map(resolve));
      if (texts.includes(null)) return false;
    }
    return true;
  };

  if (options.thorough) return done(await resolveAll(captures.map((_, i) => i)));

  const last = captures.length - 1;
  // The ends first, together: they alone already tell whether the story changed.
  if (!(await resolveAll(last > 0 ? [0, last] : [0]))) return done(false);

  // Breadth-first over intervals so that an interrupted run has refined every part a little.
  let intervals: [number, number][] = last > 0 ? [[0, last]] : [];
  while (intervals.length > 0) {
    const open = intervals.filter(([lo, hi]) => hi - lo >= 2 && !sameText(resolved.get(lo), resolved.get(hi)));
    const mids = open.map(([lo, hi]) => Math.floor((lo + hi) / 2));
    if (!(await resolveAll(mids))) return done(false);
    intervals = open.flatMap(([lo, hi], i): [number, number][] => [
      [lo, mids[i]!],
      [mids[i]!, hi],
    ]);
  }
  return done(true);
}

function sameText(a: CaptureText | undefined, b: CaptureText | undefined): boolean {
  // An unusable end (an error page, a capture we could not parse) cannot vouch for its
  // interval, so it is bisected like a changed one.
  return a?.kind === 'text' && b?.kind === 'text' && a.hash === b.hash;
}
