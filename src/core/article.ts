/**
 * The article model shared by every context. An Article is what an extractor reads out of
 * one page (live or archived); it carries text only, never HTML, so nothing from an archive
 * can reach a page as markup.
 */
export interface Article {
  /** Canonical URL of the story (tracking parameters, AMP/mobile variants, fragments removed). */
  url: string;
  /** Id of the site file that extracted it (`nytimes`, `washingtonpost`, ... or `generic`). */
  site: string;
  /**
   * Which reader read it: `site:era` (a site file's template, named by its `since`) or
   * `generic`. Two copies read by different readers may differ in page furniture, not in story.
   */
  reader: string;
  title: string;
  byline: string | null;
  /** ISO 8601, as stated by the page. */
  publishedAt: string | null;
  modifiedAt: string | null;
  /** Correction and editor's notes, kept apart from the body. */
  corrections: string[];
  /** Body paragraphs, display text (not normalised). */
  paragraphs: string[];
  /** A paywalled or truncated page: paragraphs beyond the last are unknown, not deleted. */
  partial: boolean;
  /** A live blog changes by design. */
  liveBlog: boolean;
}

/**
 * The parts of an Article that a diff compares, and the reader that read them when it is known:
 * without it, no paragraph is taken for page furniture of another layout.
 */
export type ArticleText = Pick<Article, 'title' | 'byline' | 'corrections' | 'paragraphs' | 'partial'> & Partial<Pick<Article, 'reader'>>;
