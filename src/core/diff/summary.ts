/** What a diff changed, part by part: what the sidebar reports first. */
import type { ArticleDiff, FieldChange } from './types.ts';

/** A headline, byline or correction whose words changed; a change of quotes or spacing is not one. */
export const isEdited = (change: FieldChange): boolean => change.kind !== 'unchanged' && change.kind !== 'formatting';

export interface ChangedParts {
  headline: boolean;
  byline: boolean;
  /** Corrections added, removed or reworded. */
  corrections: number;
  /** Body paragraphs changed, added, removed, moved, split or merged. */
  paragraphs: number;
}

export function changedParts(diff: ArticleDiff): ChangedParts {
  return {
    headline: isEdited(diff.title),
    byline: isEdited(diff.byline),
    corrections: diff.corrections.filter(isEdited).length,
    paragraphs: diff.totals.paragraphsChanged,
  };
}
