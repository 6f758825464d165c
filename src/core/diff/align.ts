/**
 * The unchanged backbone of a diff: pairs of identical paragraphs (same normalised text, here
 * an interned id) that keep their order. Paragraphs found once in each version anchor the
 * alignment (their heaviest order-keeping chain, as in patience diff), so a paragraph that moved
 * far cannot drag its neighbours out of place; between anchors a longest-common-subsequence
 * pass matches the rest, repeated paragraphs included.
 */

import { AnchorFinder, type Match } from './anchors.ts';

/** Beyond this many cells a gap without anchors is left unmatched rather than filled by O(n·m) LCS. */
const maxLcsCells = 250_000;

/** `weights[i]` (positive): how much text old paragraph `i` holds; anchors holding more text win ties. */
export function alignExact(oldIds: readonly number[], newIds: readonly number[], weights: readonly number[]): Match[] {
  const out: Match[] = [];
  const anchors = new AnchorFinder().reserve(Math.max(idCount(oldIds), idCount(newIds)));
  alignRange({ a: oldIds, b: newIds, weights, anchors }, 0, oldIds.length, 0, newIds.length, out);
  return out;
}

/** Ids are small integers counted from 0 (interned texts): tables indexed by them stay small. */
function idCount(ids: readonly number[]): number {
  let count = 0;
  for (const id of ids) if (id >= count) count = id + 1;
  return count;
}

interface Sides {
  a: readonly number[];
  b: readonly number[];
  weights: readonly number[];
  anchors: AnchorFinder;
}

function alignRange(sides: Sides, a0: number, a1: number, b0: number, b1: number, out: Match[]): void {
  const { a, b } = sides;
  while (a0 < a1 && b0 < b1 && a[a0] === b[b0]) out.push({ from: a0++, to: b0++ });
  let common = 0;
  while (a1 - common > a0 && b1 - common > b0 && a[a1 - common - 1] === b[b1 - common - 1]) common++;
  a1 -= common;
  b1 -= common;
  if (a0 < a1 && b0 < b1) {
    const { anchors, shared } = sides.anchors.find(a, b, a0, a1, b0, b1, (i) => sides.weights[i]!);
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
