/**
 * How alike two paragraphs are, measured on their bags of lower-cased words: the overlap is the
 * size of the multiset intersection, the similarity Dice's coefficient 2·overlap / (|a| + |b|).
 * Every comparison is counted against a budget; once it is spent, paragraphs count as unlike,
 * so the worst case ends as "removed + added" instead of running long.
 */
export interface Pair {
  from: number;
  to: number;
  overlap: number;
}

/** Regions with at most this many old x new pairs compare every pair. */
const compareAllLimit = 400;
/** How many candidates each paragraph keeps when a region is too large to compare every pair. */
const candidatesPerParagraph = 4;
/** How many of its rarest words a paragraph is looked up by. */
const probeWords = 8;

/** A paragraph's lower-cased words as word ids (small integers counted from 0), in any order. */
export type Bag = readonly number[];

export class Similarity {
  private readonly overlaps = new Map<number, number>();
  /** A count per word id, zero between uses: multisets are intersected by counting, not sorting. */
  private counts = new Int32Array(0);

  /**
   * Paragraphs' bags are read through `oldBag` and `newBag` when first compared; `newCount` is
   * the number of new paragraphs.
   */
  constructor(
    private readonly oldBag: (i: number) => Bag,
    private readonly newBag: (j: number) => Bag,
    private readonly newCount: number,
    private comparisonsLeft: number,
  ) {}

  oldSize(i: number): number {
    return this.oldBag(i).length;
  }

  newSize(j: number): number {
    return this.newBag(j).length;
  }

  /** Words of old paragraph `i` also found in new paragraph `j` (0 once the budget is spent). */
  overlap(i: number, j: number): number {
    const key = i * this.newCount + j;
    const known = this.overlaps.get(key);
    if (known !== undefined) return known;
    if (this.comparisonsLeft <= 0) return 0;
    this.comparisonsLeft--;
    const value = this.bagOverlap([this.oldBag(i)], [this.newBag(j)]);
    this.overlaps.set(key, value);
    return value;
  }

  /** Overlap of a set of old paragraphs, taken together, with a set of new ones. */
  groupOverlap(olds: readonly number[], news: readonly number[]): number {
    if (this.comparisonsLeft <= 0) return 0;
    this.comparisonsLeft--;
    return this.bagOverlap(
      olds.map((i) => this.oldBag(i)),
      news.map((j) => this.newBag(j)),
    );
  }

  /**
   * Pairs worth comparing between old paragraphs `olds` and new paragraphs `news`, with their
   * overlap. Small regions compare every pair; larger ones look up each paragraph's distinctive
   * words in an index of the other side and keep the few paragraphs sharing most of them, so
   * the work grows with the number of words, not with the product of paragraph counts.
   */
  candidates(olds: readonly number[], news: readonly number[]): Pair[] {
    const pairs = new Map<number, Pair>();
    const add = (from: number, to: number) => {
      const key = from * this.newCount + to;
      if (pairs.has(key)) return;
      const overlap = this.overlap(from, to);
      if (overlap > 0) pairs.set(key, { from, to, overlap });
    };
    if (olds.length * news.length <= compareAllLimit) {
      for (const i of olds) for (const j of news) add(i, j);
    } else {
      for (const [j, found] of this.nearest(news, (j) => this.newBag(j), olds, (i) => this.oldBag(i))) {
        for (const i of found) add(i, j);
      }
      for (const [i, found] of this.nearest(olds, (i) => this.oldBag(i), news, (j) => this.newBag(j))) {
        for (const j of found) add(i, j);
      }
    }
    return [...pairs.values()];
  }

  /** For each query paragraph, the few targets sharing most of its rarest words. */
  private nearest(
    queries: readonly number[],
    queryBag: (q: number) => Bag,
    targets: readonly number[],
    targetBag: (t: number) => Bag,
  ): Map<number, number[]> {
    // An inverted index, word id -> targets containing it, in one flat array: postings of
    // word w are holders[start[w] .. start[w + 1]).
    const targetWords = targets.map((t) => this.distinct(targetBag(t)));
    const queryWords = queries.map((q) => this.distinct(queryBag(q)));
    const vocabulary = this.counts.length;
    const start = new Int32Array(vocabulary + 1);
    for (const words of targetWords) for (const word of words) start[word + 1]!++;
    for (let w = 0; w < vocabulary; w++) start[w + 1]! += start[w]!;
    const holders = new Int32Array(start[vocabulary]!);
    const filled = start.slice(0, vocabulary);
    targetWords.forEach((words, index) => {
      for (const word of words) holders[filled[word]!++] = index;
    });
    const postings = (word: number) => start[word + 1]! - start[word]!;
    // Words found in many target paragraphs ("the", "said") say nothing about which one is the
    // match; a paragraph is looked up by its few rarest words, which bounds the work per query.
    const maxPostings = Math.max(candidatesPerParagraph, Math.ceil(Math.sqrt(targets.length)));
    const shared = new Int32Array(targets.length);
    const result = new Map<number, number[]>();
    queries.forEach((q, n) => {
      const rare = queryWords[n]!.filter((word) => postings(word) > 0 && postings(word) <= maxPostings);
      rare.sort((a, b) => postings(a) - postings(b) || a - b);
      const touched: number[] = [];
      for (const word of rare.slice(0, probeWords)) {
        for (let k = start[word]!; k < start[word + 1]!; k++) {
          const index = holders[k]!;
          if (shared[index] === 0) touched.push(index);
          shared[index]!++;
        }
      }
      touched.sort((x, y) => shared[y]! - shared[x]! || x - y);
      result.set(q, touched.slice(0, candidatesPerParagraph).map((index) => targets[index]!));
      for (const index of touched) shared[index] = 0;
    });
    return result;
  }

  /** Size of the intersection of two multisets, each given as the union of some bags. */
  private bagOverlap(as: Bag[], bs: Bag[]): number {
    const counts = this.countsFor([...as, ...bs]);
    for (const bag of as) for (const word of bag) counts[word]!++;
    let n = 0;
    for (const bag of bs) {
      for (const word of bag) {
        if (counts[word]! > 0) {
          counts[word]!--;
          n++;
        }
      }
    }
    for (const bag of as) for (const word of bag) counts[word] = 0;
    return n;
  }

  /** The word ids of a bag, each once. */
  private distinct(bag: Bag): number[] {
    const counts = this.countsFor([bag]);
    const out: number[] = [];
    for (const word of bag) if (counts[word]!++ === 0) out.push(word);
    for (const word of out) counts[word] = 0;
    return out;
  }

  /** The count table, large enough for every word of `bags`. */
  private countsFor(bags: Bag[]): Int32Array {
    let size = 0;
    for (const bag of bags) for (const word of bag) if (word >= size) size = word + 1;
    if (size > this.counts.length) this.counts = new Int32Array(Math.max(size, 2 * this.counts.length));
    return this.counts;
  }
}

export function dice(overlap: number, sizeA: number, sizeB: number): number {
  return sizeA + sizeB === 0 ? 0 : (2 * overlap) / (sizeA + sizeB);
}
