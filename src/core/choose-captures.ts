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
}

export const DEFAULT_CHOOSE: ChooseOptions = { maxFetches: 40, thorough: false };

interface Keyed {
  digest: string;
}

/**
 * Resolves captures in the order that shows the reader the most, soonest: the ends first, then
 * midpoints of differing intervals. `textOf` is called at most once per digest.
 * Returns each resolved capture's text, by index into `captures` (sorted oldest first).
 */
export async function chooseCaptures<C extends Keyed>(
  captures: readonly C[],
  textOf: (capture: C) => Promise<CaptureText>,
  options: ChooseOptions = DEFAULT_CHOOSE,
  onResolved?: (index: number, text: CaptureText) => void,
): Promise<Map<number, CaptureText>> {
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

  if (captures.length === 0) return resolved;

  if (options.thorough) {
    for (let i = 0; i < captures.length; i++) if ((await resolve(i)) === null) break;
    return resolved;
  }

  const last = captures.length - 1;
  await resolve(0);
  if (last > 0) await resolve(last);

  // Breadth-first over intervals so that an interrupted run has refined every part a little.
  let intervals: [number, number][] = last > 0 ? [[0, last]] : [];
  while (intervals.length > 0) {
    const next: [number, number][] = [];
    for (const [lo, hi] of intervals) {
      if (hi - lo < 2 || sameText(resolved.get(lo), resolved.get(hi))) continue;
      const mid = Math.floor((lo + hi) / 2);
      if ((await resolve(mid)) === null) return resolved;
      next.push([lo, mid], [mid, hi]);
    }
    intervals = next;
  }
  return resolved;
}

function sameText(a: CaptureText | undefined, b: CaptureText | undefined): boolean {
  // An unusable end (an error page, a capture we could not parse) cannot vouch for its
  // interval, so it is bisected like a changed one.
  return a?.kind === 'text' && b?.kind === 'text' && a.hash === b.hash;
}
