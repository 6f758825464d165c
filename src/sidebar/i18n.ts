/** The sidebar's strings: `t` for messages, and the ways it words gaps and times. */
import browser from 'webextension-polyfill';
import type { Gap } from '../core/timeline.ts';
import { t } from '../i18n.ts';

export { t };

const GAP_KEYS: Record<Gap['unit'], [one: string, many: string]> = {
  moment: ['gapMoment', 'gapMoment'],
  minute: ['gapMinute', 'gapMinutes'],
  hour: ['gapHour', 'gapHours'],
  day: ['gapDay', 'gapDays'],
  month: ['gapMonth', 'gapMonths'],
  year: ['gapYear', 'gapYears'],
};

/** "about 1 hour later", "3 days later". */
export function formatGap(gap: Gap): string {
  const [one, many] = GAP_KEYS[gap.unit];
  return gap.count === 1 ? t(one) : t(many, gap.count);
}

let timeFormat: Intl.DateTimeFormat | undefined;

/** Made once: every render of the timeline formats every version's time. */
export function formatTime(iso: string): string {
  timeFormat ??= new Intl.DateTimeFormat(browser.i18n.getUILanguage(), { dateStyle: 'medium', timeStyle: 'short' });
  return timeFormat.format(new Date(iso));
}
