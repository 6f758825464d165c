/**
 * The one-line summary of a change ("Headline changed; 2 paragraphs rewritten, 1 added"): what a
 * notification says, and the title of a feed entry. The parts are counted here; each context
 * words them in its own way (the browser's _locales, or the CLI's English), through `SummaryWords`.
 */
import { isEdited } from './diff/summary.ts';
import type { ArticleDiff } from './diff/types.ts';

export interface ChangeCounts {
  headline: boolean;
  byline: boolean;
  /** Corrections added, removed or reworded. */
  corrections: number;
  /** Paragraphs whose words changed, including split and merged ones. */
  rewritten: number;
  added: number;
  removed: number;
  /** Moved, whether or not their words changed on the way. */
  moved: number;
}

export function countChanges(diff: ArticleDiff): ChangeCounts {
  const counts: ChangeCounts = {
    headline: isEdited(diff.title),
    byline: isEdited(diff.byline),
    corrections: diff.corrections.filter(isEdited).length,
    rewritten: 0,
    added: 0,
    removed: 0,
    moved: 0,
  };
  for (const op of diff.paragraphs) {
    if (op.kind === 'changed' || op.kind === 'split' || op.kind === 'merged') counts.rewritten++;
    else if (op.kind === 'added') counts.added++;
    else if (op.kind === 'removed') counts.removed++;
    else if (op.kind === 'moved') counts.moved++;
  }
  return counts;
}

export const hasChanges = (counts: ChangeCounts): boolean =>
  counts.headline || counts.byline || counts.corrections + counts.rewritten + counts.added + counts.removed + counts.moved > 0;

/** How one context words the parts of a summary. */
export interface SummaryWords {
  headline(): string;
  byline(): string;
  corrections(count: number): string;
  /** The body's parts, in the order rewritten, added, removed, moved; each is given its count. */
  rewritten(count: number): string;
  added(count: number): string;
  removed(count: number): string;
  moved(count: number): string;
  /** Joins the fields that changed ("Headline changed", "byline changed") and the body's parts. */
  join(fields: string[], body: string[]): string;
  /** Said when nothing but formatting changed. */
  nothing(): string;
}

export function summaryLine(counts: ChangeCounts, words: SummaryWords): string {
  const fields = [
    ...(counts.headline ? [words.headline()] : []),
    ...(counts.byline ? [words.byline()] : []),
    ...(counts.corrections > 0 ? [words.corrections(counts.corrections)] : []),
  ];
  const body = [
    ...(counts.rewritten > 0 ? [words.rewritten(counts.rewritten)] : []),
    ...(counts.added > 0 ? [words.added(counts.added)] : []),
    ...(counts.removed > 0 ? [words.removed(counts.removed)] : []),
    ...(counts.moved > 0 ? [words.moved(counts.moved)] : []),
  ];
  return fields.length + body.length === 0 ? words.nothing() : words.join(fields, body);
}
