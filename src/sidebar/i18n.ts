/** The sidebar's strings: `t` and `plural` for messages, and the ways it words gaps, times and lists. */
import browser from 'webextension-polyfill';
import type { Gap } from '../core/timeline.ts';
import { messagesLocale, plural, t, type PluralKey } from '../i18n.ts';

export { plural, t };

const GAP_KEYS: Record<Exclude<Gap['unit'], 'moment'>, PluralKey> = {
  minute: 'gapMinutes',
  hour: 'gapHours',
  day: 'gapDays',
  month: 'gapMonths',
  year: 'gapYears',
};

/** "about 1 hour later", "3 days later". */
export function formatGap(gap: Gap): string {
  return gap.unit === 'moment' ? t('gapMoment') : plural(GAP_KEYS[gap.unit], gap.count);
}

let timeFormat: Intl.DateTimeFormat | undefined;

/** Made once: every render of the timeline formats every version's time. */
export function formatTime(iso: string): string {
  timeFormat ??= new Intl.DateTimeFormat(browser.i18n.getUILanguage(), { dateStyle: 'medium', timeStyle: 'short' });
  return timeFormat.format(new Date(iso));
}

/** "the headline and 2 corrections", in the messages' language. */
export function formatList(items: string[]): string {
  return new Intl.ListFormat(messagesLocale(), { type: 'conjunction' }).format(items);
}
