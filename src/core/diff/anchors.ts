/**
 * Anchors, as in patience diff: items found exactly once in each of two sequences pair up
 * unambiguously, and the heaviest chain of such pairs that keeps its order cuts the rest into
 * small independent gaps. Paragraphs are aligned this way (`align.ts`), and so are the tokens
 * inside an edited paragraph (`token-runs.ts`).
 */

export interface Match {
  from: number;
  to: number;
}

/**
 * Finds anchors between ranges of two sequences of ids, dense integers counted from 0. Its
 * tables are indexed by id and cleared after each use, so that one finder serves every range
 * of a diff without a hash lookup per item.
 */
export class AnchorFinder {
  private inA = new Int32Array(0);
  private inB = new Int32Array(0);
  private lastInB = new Int32Array(0);

  /** Makes room for ids below `idCount`. */
  reserve(idCount: number): this {
    if (idCount > this.inA.length) {
      const size = Math.max(idCount, 2 * this.inA.length);
      this.inA = new Int32Array(size);
      this.inB = new Int32Array(size);
      this.lastInB = new Int32Array(size);
    }
    return this;
  }

  /**
   * Ids occurring exactly once in each of the ranges `a[a0..a1)` and `b[b0..b1)`, paired and
   * reduced to their heaviest order-keeping chain (`weight` of an old position); `shared` tells
   * whether the ranges have any id in common at all.
   */
  find(
    a: readonly number[],
    b: readonly number[],
    a0: number,
    a1: number,
    b0: number,
    b1: number,
    weight: (from: number) => number,
  ): { anchors: Match[]; shared: boolean } {
    const { inA, inB, lastInB } = this;
    for (let i = a0; i < a1; i++) inA[a[i]!]!++;
    let shared = false;
    for (let j = b0; j < b1; j++) {
      const id = b[j]!;
      if (inA[id] === 0) continue;
      inB[id]!++;
      lastInB[id] = j;
      shared = true;
    }
    const pairs: Match[] = [];
    for (let i = a0; i < a1; i++) {
      const id = a[i]!;
      // `to` counted from b0 while chaining: the chain's work and memory grow with the range, not with b.
      if (inA[id] === 1 && inB[id] === 1) pairs.push({ from: i, to: lastInB[id]! - b0 });
    }
    for (let i = a0; i < a1; i++) inA[a[i]!] = 0;
    for (let j = b0; j < b1; j++) inB[b[j]!] = 0;
    const anchors = heaviestChain(pairs, (pair) => weight(pair.from));
    for (const anchor of anchors) anchor.to += b0;
    return { anchors, shared };
  }
}

/**
 * Pairs sorted by `from`, reduced to the chain whose `to` increases too and whose total weight
 * is largest (O(n log n), a Fenwick tree of best chains by `to`). Weighing by text, not
 * counting pairs, decides which of two blocks that swapped places stays put by how much text
 * each holds, a choice that comes out the same when the versions are swapped.
 */
export function heaviestChain<T extends Match>(pairs: readonly T[], weight: (pair: T) => number): T[] {
  // Most often nothing moved, and every pair is in the chain.
  if (pairs.every((pair, k) => k === 0 || pair.to > pairs[k - 1]!.to)) return [...pairs];
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
