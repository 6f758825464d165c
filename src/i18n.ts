/**
 * UI strings come from _locales through the browser's i18n; this is the one door to them for
 * every context (content script, sidebar, options page, background).
 */
import browser from 'webextension-polyfill';

/** The message `key` with its placeholders filled in order; the key itself if it is missing, so a gap shows rather than blanks. */
export function t(key: string, ...substitutions: (string | number)[]): string {
  return browser.i18n.getMessage(key, substitutions.map(String)) || key;
}
