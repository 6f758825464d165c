/**
 * The unchanged backbone of a diff: pairs of identical paragraphs (same normalised text, here
 * an interned id) that keep their order. Paragraphs found once in each version anchor the
 * alignment (their heaviest order-keeping chain, as in patience diff), so a paragraph that moved
 * far cannot drag its neighbours out of place; between anchors a longest-common-subsequence
 * pass matches the rest, repeated paragraphs included.
 */

export interface Match {
  from: number;
  to: number;
}

/** Beyond this many cells a gap without anchors is left unmatched rather than filled by O(n·m) LCS. */
const maxLcsCells = 250_000;

/** `weights[i]` (positive): how much text old paragraph `i` holds; anchors holding more text win ties. */
export function alignExact(oldIds: readonly number[], newIds: readonly number[], weights: readonly number[]): Match[] {
  const out: Match[] = [];
  alignRange({ a: oldIds, b: newIds, weights }, 0, oldIds.length, 0, newIds.length, out);
  return out;
}

interface Sides {
  a: readonly number[];
  b: readonly number[];
  weights: readonly number[];
}

function alignRange(sides: Sides, a0: number, a1: number, b0: number, b1: number, out: Match[]): void {
  const { a, b } = sides;
  while (a0 < a1 && b0 < b1 && a[a0] === b[b0]) out.push({ from: a0++, to: b0++ });
  let common = 0;
  while (a1 - common > a0 && b1 - common > b0 && a[a1 - common - 1] === b[b1 - common - 1]) common++;
  a1 -= common;
  b1 -= common;
  if (a0 < a1 && b0 < b1) {
    const { anchors, shared } = uniqueAnchors(sides, a0, a1, b0, b1);
    if (anchors.length > 0) {
      let fromA = a0;
      let fromB = b0;
      for (const anchor of anchors) {
        alignRange(sides, fromA, anchor.from, fromB, anchor.to, out);
        out.push(anchor);
        fromA = anchor.from + 1;
        fromB = anchor.to + 1;
      }
      alignRange(sides, fromA, a1, fromB, b1, out);
    } else if (shared && (a1 - a0) * (b1 - b0) <= maxLcsCells) {
      out.push(...lcs(a, b, a0, a1, b0, b1));
    }
  }
  for (let k = 0; k < common; k++) out.push({ from: a1 + k, to: b1 + k });
}

/**
 * Ids occurring exactly once in each range, paired and reduced to their heaviest order-keeping
 * chain; `shared` tells whether the ranges have any id in common at all.
 */
function uniqueAnchors({ a, b, weights }: Sides, a0: number, a1: number, b0: number, b1: number): { anchors: Match[]; shared: boolean } {
  const seen = new Map<number, { inA: number; from: number; inB: number; to: number }>();
  for (let i = a0; i < a1; i++) {
    const entry = seen.get(a[i]!);
    if (entry) entry.inA++;
    else seen.set(a[i]!, { inA: 1, from: i, inB: 0, to: -1 });
  }
  let shared = false;
  for (let j = b0; j < b1; j++) {
    const entry = seen.get(b[j]!);
    if (!entry) continue;
    entry.inB++;
    entry.to = j;
    shared = true;
  }
  const pairs: Match[] = [];
  for (let i = a0; i < a1; i++) {
    const entry = seen.get(a[i]!)!;
    if (entry.inA === 1 && entry.inB === 1) pairs.push({ from: entry.from, to: entry.to });
  }
  return { anchors: heaviestChain(pairs, (pair) => weights[pair.from]!), shared };
}

/**
 * Pairs sorted by `from`, reduced to the chain whose `to` increases too and whose total weight
 * is largest (O(n log n), a Fenwick tree of best chains by `to`). Weighing by text, not
 * counting pairs, decides which of two blocks that swapped places stays put by how much text
 * each holds, a choice that comes out the same when the versions are swapped.
 */
export function heaviestChain<T extends Match>(pairs: readonly T[], weight: (pair: T) => number): T[] {
  const size = pairs.reduce((max, p) => Math.max(max, p.to + 1), 0);
  // tree[k]: the best chain (total weight, index of its last pair) among a range of `to` values.
  const treeWeight = new Float64Array(size + 1);
  const treeLast = new Int32Array(size + 1).fill(-1);
  const previous = new Int32Array(pairs.length).fill(-1);
  const total = new Float64Array(pairs.length);
  let best = -1;
  pairs.forEach((pair, index) => {
    let before = -1;
    let beforeWeight = 0;
    for (let k = pair.to; k > 0; k -= k & -k) {
      if (treeLast[k]! >= 0 && treeWeight[k]! > beforeWeight) {
        beforeWeight = treeWeight[k]!;
        before = treeLast[k]!;
      }
    }
    previous[index] = before;
    total[index] = beforeWeight + weight(pair);
    for (let k = pair.to + 1; k <= size; k += k & -k) {
      if (total[index]! > treeWeight[k]!) {
        treeWeight[k] = total[index]!;
        treeLast[k] = index;
      }
    }
    if (best < 0 || total[index]! > total[best]!) best = index;
  });
  const chain: T[] = [];
  for (let index = best; index >= 0; index = previous[index]!) chain.push(pairs[index]!);
  return chain.reverse();
}

function lcs(a: readonly number[], b: readonly number[], a0: number, a1: number, b0: number, b1: number): Match[] {
  const n = a1 - a0;
  const m = b1 - b0;
  const width = m + 1;
  // suffix[i * width + j]: length of the LCS of a[a0 + i..a1) and b[b0 + j..b1).
  const suffix = new Int32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      suffix[i * width + j] =
        a[a0 + i] === b[b0 + j]
          ? suffix[(i + 1) * width + j + 1]! + 1
          : Math.max(suffix[(i + 1) * width + j]!, suffix[i * width + j + 1]!);
    }
  }
  const out: Match[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[a0 + i] === b[b0 + j]) out.push({ from: a0 + i++, to: b0 + j++ });
    else if (suffix[(i + 1) * width + j]! >= suffix[i * width + j + 1]!) i++;
    else j++;
  }
  return out;
}
