/**
 * `diffArticles(a, b)`: what changed between two versions of an article, in a form a reader
 * takes in at a glance. Paragraphs are aligned by content, not position, so a moved paragraph
 * reads as moved instead of turning the rest of the story red; words are diffed only inside
 * paragraphs that changed.
 */
import type { ArticleText } from '../article.ts';
import { readersDiffer } from '../reader.ts';
import { diffCorrections, diffField } from './fields.ts';
import { asLayout } from './layout.ts';
import { diffParagraphs, type CountedOp } from './paragraphs.ts';
import type { ArticleDiff, DiffOptions, ParagraphOp } from './types.ts';

export type { ArticleDiff, DiffOptions, DiffTotals, FieldChange, LayoutOp, ParagraphOp, WordPart } from './types.ts';

/**
 * Similarity comparisons allowed for one diff. A heavily rewritten story (the NYT Rahami pair)
 * needs under a thousand; a pathological pair of long versions stops here and shows what is
 * left as removed and added.
 */
const defaultMaxComparisons = 100_000;

export function diffArticles(a: ArticleText, b: ArticleText, options: DiffOptions = {}): ArticleDiff {
  const partial = a.partial || b.partial;
  const maxComparisons = options.maxComparisons ?? defaultMaxComparisons;
  const differ = readersDiffer(a.reader, b.reader);
  const aligned = diffParagraphs(a.paragraphs, b.paragraphs, maxComparisons);
  // A partial (paywalled) side ends early: its missing tail is unknown, not deleted.
  if (partial) while (aligned.at(-1)?.op.kind === 'removed') aligned.pop();
  const ops: CountedOp<ParagraphOp>[] = differ ? aligned.map(asLayout) : aligned;
  const totals = { wordsAdded: 0, wordsRemoved: 0, paragraphsChanged: 0 };
  for (const { op, wordsAdded, wordsRemoved } of ops) {
    totals.wordsAdded += wordsAdded;
    totals.wordsRemoved += wordsRemoved;
    if (op.kind !== 'unchanged' && op.kind !== 'formatting' && op.kind !== 'layout') totals.paragraphsChanged++;
  }
  return {
    title: diffField(a.title, b.title),
    byline: diffField(a.byline, b.byline, { ignoreCase: true }),
    corrections: diffCorrections(a.corrections, b.corrections, maxComparisons),
    paragraphs: ops.map(({ op }) => op),
    totals,
    partial,
    readers: { old: a.reader ?? null, new: b.reader ?? null, differ },
  };
}
