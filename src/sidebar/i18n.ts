/** The sidebar's strings: `t` and `plural` for messages, and the ways it words gaps, times and lists. */
import { extensionApi } from '../extension-api.ts';
import type { Gap } from '../core/timeline.ts';
import { messagesLocale, plural, t } from '../i18n.ts';

export { plural, t };

/** Days are counted; the other units are rounded, so they read "about". */
const EXACT_UNITS: ReadonlySet<Gap['unit']> = new Set(['day']);

const durationFormats = new Map<string, Intl.NumberFormat>();

/** "2 hours", "3 Tage", "2時間": the browser's own words for a duration, in the messages' language. */
function formatDuration(unit: Exclude<Gap['unit'], 'moment'>, count: number): string {
  let format = durationFormats.get(unit);
  if (!format) {
    format = new Intl.NumberFormat(messagesLocale(), { style: 'unit', unit, unitDisplay: 'long' });
    durationFormats.set(unit, format);
  }
  return format.format(count);
}

/** "about 1 hour later", "3 days later". */
export function formatGap(gap: Gap): string {
  if (gap.unit === 'moment') return t('gapMoment');
  return t(EXACT_UNITS.has(gap.unit) ? 'gapExact' : 'gapAbout', formatDuration(gap.unit, gap.count));
}

let timeFormat: Intl.DateTimeFormat | undefined;

/** Made once: every render of the timeline formats every version's time. */
export function formatTime(iso: string): string {
  timeFormat ??= new Intl.DateTimeFormat(extensionApi().i18n.getUILanguage(), { dateStyle: 'medium', timeStyle: 'short' });
  return timeFormat.format(new Date(iso));
}

/** "the headline and 2 corrections", in the messages' language. */
export function formatList(items: string[]): string {
  return new Intl.ListFormat(messagesLocale(), { type: 'conjunction' }).format(items);
}
