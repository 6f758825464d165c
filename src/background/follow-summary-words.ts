/**
 * The browser's words for a change's one-line summary, over _locales (the `followSummary*` keys).
 * Kept to the background, where notifications are written; a shared browser `SummaryWords`
 * over src/i18n.ts can take its place without anything else changing.
 */
import type { SummaryWords } from '../core/change-summary.ts';
import { plural, t } from '../i18n.ts';

export const followSummaryWords: SummaryWords = {
  headline: () => t('followSummaryHeadline'),
  byline: () => t('followSummaryByline'),
  corrections: (count) => plural('followSummaryCorrections', count),
  rewritten: (count) => plural('followSummaryRewritten', count),
  added: (count) => plural('followSummaryAdded', count),
  removed: (count) => plural('followSummaryRemoved', count),
  moved: (count) => plural('followSummaryMoved', count),
  join: (fields, body) => {
    const list = (parts: string[]) => parts.reduce((first, next) => t('followSummaryList', first, next));
    const line = fields.length > 0 && body.length > 0 ? t('followSummaryJoin', list(fields), list(body)) : list(fields.length > 0 ? fields : body);
    // "byline changed" is lower case inside a line, and begins one alone.
    return line.charAt(0).toLocaleUpperCase() + line.slice(1);
  },
  nothing: () => t('followSummaryFormatting'),
};
