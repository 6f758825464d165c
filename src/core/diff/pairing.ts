/**
 * Pairing of paragraphs that are not identical: inside a gap of the exact alignment (old and
 * new paragraphs between the same two unchanged ones), edited paragraphs are paired with their
 * new text, one old paragraph with the several it was split into, several old ones with the
 * paragraph they were merged into; whatever is left is then searched for paragraphs that moved
 * and were edited on the way.
 */
import { heaviestChain, type Match } from './anchors.ts';
import { dice, type Pair, type Similarity } from './similarity.ts';

export type Link =
  | { kind: 'pair'; from: number; to: number }
  | { kind: 'split'; from: number; to: number[] }
  | { kind: 'merged'; from: number[]; to: number };

/** Paragraphs sharing less than this (Dice on words) are shown as removed and added, not as edited. */
const pairMin = 0.5;
/** A moved paragraph must stay closer to its old text than an edited one in place. */
const moveMin = 0.6;
/** Each part of a split (or merge) must have this share of its words in the whole. */
const partContainedMin = 0.6;
/** A split or merge must explain the text clearly better than pairing with its largest part. */
const groupGainMin = 0.1;
const maxGroupParts = 4;
/** Gaps larger than this many old x new cells are first cut at confidently paired paragraphs. */
const maxDpCells = 10_000;
/** Similarity above which a mutual best match is trusted to cut a large gap. */
const anchorMin = 0.8;

/** In-place links for the old paragraphs `olds` and new paragraphs `news` of one gap, in order. */
export function pairGap(olds: readonly number[], news: readonly number[], similarity: Similarity): Link[] {
  if (olds.length === 0 || news.length === 0) return [];
  if (olds.length * news.length <= maxDpCells) return bestLinks(olds, news, similarity);
  // A long gap is most often a run of paragraphs each edited in place: pairing by position
  // finds that without indexing every word, and anything it misses is left to the sub-gaps.
  const alongside = confidentPairs(scored(inLine(olds, news, similarity), similarity), anchorMin);
  if (alongside.length * 2 >= Math.min(olds.length, news.length)) return cutAtAnchors(olds, news, alongside, similarity);
  const pairs = scored(similarity.candidates(olds, news), similarity);
  for (const min of [anchorMin, pairMin]) {
    const anchors = confidentPairs(pairs, min);
    if (anchors.length > 0) return cutAtAnchors(olds, news, anchors, similarity);
  }
  return [];
}

/**
 * Links between paragraphs that are not in the same gap: a paragraph edited and moved. Each
 * new paragraph takes its most similar old one, most similar pairs first.
 */
export function pairMoved(olds: readonly number[], news: readonly number[], similarity: Similarity): Match[] {
  const likely = scored(similarity.candidates(olds, news), similarity)
    .filter((pair) => pair.score >= moveMin)
    .sort((x, y) => y.score - x.score || x.from - y.from || x.to - y.to);
  const usedOld = new Set<number>();
  const usedNew = new Set<number>();
  const moved: Match[] = [];
  for (const pair of likely) {
    if (usedOld.has(pair.from) || usedNew.has(pair.to)) continue;
    usedOld.add(pair.from);
    usedNew.add(pair.to);
    moved.push({ from: pair.from, to: pair.to });
  }
  return moved;
}

/** Each old paragraph against the new one at the same relative position in the gap. */
function inLine(olds: readonly number[], news: readonly number[], similarity: Similarity): Pair[] {
  const step = olds.length > 1 ? (news.length - 1) / (olds.length - 1) : 0;
  return olds.map((from, x) => {
    const to = news[Math.round(x * step)]!;
    return { from, to, overlap: similarity.overlap(from, to) };
  });
}

type Scored = Pair & { score: number };

/** Candidate pairs with their similarity. */
function scored(pairs: Pair[], similarity: Similarity): Scored[] {
  return pairs.map((pair) => ({ ...pair, score: dice(pair.overlap, similarity.oldSize(pair.from), similarity.newSize(pair.to)) }));
}

/** Pairs that are each other's best match and similar enough, reduced to an order-keeping chain. */
function confidentPairs(pairs: Scored[], min: number): Scored[] {
  const bestOld = new Map<number, number>();
  const bestNew = new Map<number, number>();
  for (const pair of pairs) {
    bestOld.set(pair.from, Math.max(bestOld.get(pair.from) ?? 0, pair.score));
    bestNew.set(pair.to, Math.max(bestNew.get(pair.to) ?? 0, pair.score));
  }
  const mutual = pairs
    .filter((p) => p.score >= min && p.score === bestOld.get(p.from) && p.score === bestNew.get(p.to))
    .sort((x, y) => x.from - y.from || x.to - y.to);
  return heaviestChain(mutual, (pair) => pair.overlap);
}

function cutAtAnchors(olds: readonly number[], news: readonly number[], anchors: Match[], similarity: Similarity): Link[] {
  const links: Link[] = [];
  let oldAt = 0;
  let newAt = 0;
  for (const anchor of anchors) {
    const oldEnd = olds.indexOf(anchor.from, oldAt);
    const newEnd = news.indexOf(anchor.to, newAt);
    links.push(...pairGap(olds.slice(oldAt, oldEnd), news.slice(newAt, newEnd), similarity));
    links.push({ kind: 'pair', from: anchor.from, to: anchor.to });
    oldAt = oldEnd + 1;
    newAt = newEnd + 1;
  }
  links.push(...pairGap(olds.slice(oldAt), news.slice(newAt), similarity));
  return links;
}

const skipOld = 0;
const skipNew = 1;
const pairStep = 2;
/** `splitStep + k`: one old paragraph into k new ones; `mergeStep + k`: k old ones into one. */
const splitStep = 10;
const mergeStep = 20;

/**
 * The order-keeping set of links with the most words in common, by dynamic programming over
 * the gap (old paragraphs x new paragraphs; the gap is small, so this is cheap).
 */
function bestLinks(olds: readonly number[], news: readonly number[], similarity: Similarity): Link[] {
  const n = olds.length;
  const m = news.length;
  const oldAt = new Map(olds.map((i, x) => [i, x]));
  const newAt = new Map(news.map((j, y) => [j, y]));
  const overlap = new Map<number, number>();
  for (const pair of similarity.candidates(olds, news)) {
    overlap.set(oldAt.get(pair.from)! * m + newAt.get(pair.to)!, pair.overlap);
  }
  const at = (x: number, y: number) => overlap.get(x * m + y) ?? 0;
  const width = m + 1;
  const score = new Float64Array((n + 1) * width);
  const step = new Uint8Array((n + 1) * width);
  for (let x = 0; x <= n; x++) {
    for (let y = 0; y <= m; y++) {
      if (x === 0 && y === 0) continue;
      let best = x > 0 ? score[(x - 1) * width + y]! : -1;
      let choice = skipOld;
      if (y > 0 && score[x * width + y - 1]! > best) {
        best = score[x * width + y - 1]!;
        choice = skipNew;
      }
      // Pairs, splits and merges ending here all need the last old and new paragraphs to share words.
      const shared = x > 0 && y > 0 ? at(x - 1, y - 1) : 0;
      if (shared > 0) {
        const consider = (value: number, which: number) => {
          if (value > best) {
            best = value;
            choice = which;
          }
        };
        const from = olds[x - 1]!;
        const to = news[y - 1]!;
        if (dice(shared, similarity.oldSize(from), similarity.newSize(to)) >= pairMin) {
          consider(score[(x - 1) * width + y - 1]! + shared, pairStep);
        }
        groups(
          similarity.oldSize(from),
          y,
          (k) => ({ size: similarity.newSize(news[y - k]!), shared: at(x - 1, y - k) }),
          (k) => similarity.groupOverlap([from], news.slice(y - k, y)),
          (k, gain) => consider(score[(x - 1) * width + y - k]! + gain, splitStep + k),
        );
        groups(
          similarity.newSize(to),
          x,
          (k) => ({ size: similarity.oldSize(olds[x - k]!), shared: at(x - k, y - 1) }),
          (k) => similarity.groupOverlap(olds.slice(x - k, x), [to]),
          (k, gain) => consider(score[(x - k) * width + y - 1]! + gain, mergeStep + k),
        );
      }
      score[x * width + y] = best;
      step[x * width + y] = choice;
    }
  }
  const links: Link[] = [];
  let x = n;
  let y = m;
  while (x > 0 || y > 0) {
    const choice = step[x * width + y]!;
    if (choice === skipOld) x--;
    else if (choice === skipNew) y--;
    else if (choice === pairStep) links.push({ kind: 'pair', from: olds[--x]!, to: news[--y]! });
    else if (choice > mergeStep) {
      const k = choice - mergeStep;
      links.push({ kind: 'merged', from: olds.slice(x - k, x), to: news[y - 1]! });
      x -= k;
      y--;
    } else {
      const k = choice - splitStep;
      links.push({ kind: 'split', from: olds[x - 1]!, to: news.slice(y - k, y) });
      x--;
      y -= k;
    }
  }
  return links.reverse();
}

/**
 * Offers each convincing group ending at the current cell: the last `k` paragraphs on one side
 * (parts) taken together as one paragraph of size `wholeSize` on the other side. Every part
 * must be mostly contained in the whole, and the group must be clearly more similar to the
 * whole than its best single part is, or an added paragraph that happens to share common words
 * would pass for half of a split.
 */
function groups(
  wholeSize: number,
  available: number,
  part: (k: number) => { size: number; shared: number },
  together: (k: number) => number,
  offer: (k: number, gain: number) => void,
): void {
  let partsSize = 0;
  let bestSingle = 0;
  for (let k = 1; k <= maxGroupParts && k <= available; k++) {
    const { size, shared } = part(k);
    if (size === 0 || shared < partContainedMin * size) return;
    partsSize += size;
    bestSingle = Math.max(bestSingle, dice(shared, wholeSize, size));
    if (k === 1) continue;
    const gain = together(k);
    const whole = dice(gain, wholeSize, partsSize);
    if (whole >= pairMin && whole >= bestSingle + groupGainMin) offer(k, gain);
  }
}
