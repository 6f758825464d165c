/** What changed between two versions of an article: the output of `diffArticles`. */

/** A run of words inside a changed paragraph or field. */
export interface WordPart {
  kind: 'same' | 'added' | 'removed';
  /** Display text (original, not normalised), including its surrounding whitespace. */
  text: string;
}

/** A headline, byline or other single-text field. */
export type FieldChange =
  | { kind: 'unchanged'; text: string }
  | { kind: 'formatting'; from: string; to: string }
  | { kind: 'changed'; from: string; to: string; parts: WordPart[] }
  | { kind: 'added'; to: string }
  | { kind: 'removed'; from: string };

/**
 * One step in turning the old paragraphs into the new ones. Indices are positions in the old
 * (`from`) and new (`to`) paragraph arrays. `formatting` is a pair whose texts differ only in
 * whitespace, quotes, dashes, invisible characters or Unicode form: not an edit.
 * `moved` has `parts` null when only formatting changed on the way. The `parts` of `split`
 * and `merged` diff the old text(s) against the new one(s) joined with "\n", so a "\n" in
 * the parts marks where the paragraph was cut or joined. `layout` is a paragraph on one side
 * only, between two copies read from different page layouts, that looks like page furniture
 * (see furniture.ts): shown as doubtful, never counted as an edit, never marked on the page.
 */
export type ParagraphOp =
  | { kind: 'unchanged'; from: number; to: number; text: string }
  | { kind: 'formatting'; from: number; to: number; oldText: string; text: string }
  | { kind: 'changed'; from: number; to: number; oldText: string; text: string; parts: WordPart[] }
  | { kind: 'added'; to: number; text: string }
  | { kind: 'removed'; from: number; oldText: string }
  | { kind: 'moved'; from: number; to: number; oldText: string; text: string; parts: WordPart[] | null }
  | { kind: 'split'; from: number; to: number[]; oldText: string; texts: string[]; parts: WordPart[] }
  | { kind: 'merged'; from: number[]; to: number; oldTexts: string[]; text: string; parts: WordPart[] }
  | LayoutOp;

/** What the alignment of paragraphs finds, before any is taken for page furniture. */
export type AlignedOp = Exclude<ParagraphOp, LayoutOp>;

export type LayoutOp = { kind: 'layout'; side: 'added'; to: number; text: string } | { kind: 'layout'; side: 'removed'; from: number; oldText: string };

export interface DiffTotals {
  /** Words in the body only (not headline, byline or corrections); a move adds and removes none. */
  wordsAdded: number;
  wordsRemoved: number;
  /** Paragraph operations other than unchanged, formatting and layout. */
  paragraphsChanged: number;
}

export interface ArticleDiff {
  title: FieldChange;
  byline: FieldChange;
  /**
   * Every correction of either version, matched like paragraphs: in the new version's order,
   * a removed one where it stood, a reworded one as `changed`.
   */
  corrections: FieldChange[];
  /** In the order of the new version; removed paragraphs sit where they were. */
  paragraphs: ParagraphOp[];
  totals: DiffTotals;
  /** True when either side is partial (paywalled): trailing removals are not reported. */
  partial: boolean;
  /**
   * The readers of the two copies (`site:era` or `generic`), when both are known; `differ` when
   * they are known to be different page layouts, which is when `layout` operations can appear.
   */
  readers: { old: string | null; new: string | null; differ: boolean };
}

export interface DiffOptions {
  /**
   * Upper bound on paragraph similarity comparisons. When it is reached, paragraphs not yet
   * paired are reported as removed and added, so the time a diff takes stays bounded.
   */
  maxComparisons?: number;
}
