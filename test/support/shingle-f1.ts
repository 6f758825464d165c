/**
 * The article-extraction-benchmark's measure of how well an extracted body matches a reviewed
 * one: 4-gram word shingles, counted with multiplicity. Scripts written without spaces (Chinese,
 * Japanese, Thai) have no words to count, so each of their characters is a token.
 */
export type ShingleCounts = { tp: number; fp: number; fn: number };

const TOKENS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]|[\p{L}\p{M}\p{N}_]+/gu;

function shingles(text: string): Map<string, number> {
  const tokens = text.match(TOKENS) ?? [];
  const counts = new Map<string, number>();
  for (let i = 0; i < Math.max(1, tokens.length - 3); i++) {
    const shingle = tokens.slice(i, i + 4).join(' ');
    if (shingle) counts.set(shingle, (counts.get(shingle) ?? 0) + 1);
  }
  return counts;
}

export function shingleCounts(truth: string, predicted: string): ShingleCounts {
  const want = shingles(truth);
  const got = shingles(predicted);
  const counts: ShingleCounts = { tp: 0, fp: 0, fn: 0 };
  for (const key of new Set([...want.keys(), ...got.keys()])) {
    const a = want.get(key) ?? 0;
    const b = got.get(key) ?? 0;
    counts.tp += Math.min(a, b);
    counts.fp += Math.max(0, b - a);
    counts.fn += Math.max(0, a - b);
  }
  return counts;
}

export const precisionOf = ({ tp, fp, fn }: ShingleCounts) => (fp === 0 && fn === 0 ? 1 : tp === 0 && fp === 0 ? 0 : tp / (tp + fp));
export const recallOf = ({ tp, fp, fn }: ShingleCounts) => (fp === 0 && fn === 0 ? 1 : tp === 0 && fn === 0 ? 0 : tp / (tp + fn));
export const f1Of = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

/** F1 of one page's body against its reviewed body. */
export function shingleF1(truth: string, predicted: string): number {
  const counts = shingleCounts(truth, predicted);
  return f1Of(precisionOf(counts), recallOf(counts));
}
