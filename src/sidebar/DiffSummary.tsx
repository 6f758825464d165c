import { changedParts } from '../core/diff/summary.ts';
import type { ArticleDiff } from '../core/diff/types.ts';
import { formatList, plural, t } from './i18n.ts';

/**
 * The first line about a pair: how much of the body changed, or, when the body did not, what
 * did (the headline, the byline, corrections). "Did not change" is said only of a pair in
 * which no word changed anywhere.
 */
export function DiffSummary({ diff }: { diff: ArticleDiff }) {
  const parts = changedParts(diff);
  const { paragraphsChanged, wordsAdded, wordsRemoved } = diff.totals;
  if (parts.paragraphs > 0) {
    return (
      <p class="totals" data-testid="diff-summary">
        {t('totals', plural('paragraphsChanged', paragraphsChanged), plural('wordsAdded', wordsAdded), plural('wordsRemoved', wordsRemoved))}
      </p>
    );
  }
  const changed = [
    ...(parts.headline ? [t('partHeadline')] : []),
    ...(parts.byline ? [t('partByline')] : []),
    ...(parts.corrections > 0 ? [plural('partCorrections', parts.corrections)] : []),
  ];
  return (
    <p class="totals" data-testid="diff-summary">
      {changed.length > 0 ? t('onlyPartsChanged', formatList(changed)) : t('noTextChanges')}
    </p>
  );
}
