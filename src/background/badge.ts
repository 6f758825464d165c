/** The toolbar badge: how many versions the tab's article has, once known. */
import browser from 'webextension-polyfill';
import type { HistoryState } from '../core/history.ts';

export function showVersionCount(tabId: number, state: HistoryState): void {
  const count = state.versions.length;
  const text = count > 1 ? String(count) : '';
  browser.action.setBadgeText({ tabId, text }).catch(() => undefined);
  browser.action.setBadgeBackgroundColor({ tabId, color: '#d6582a' }).catch(() => undefined);
}
