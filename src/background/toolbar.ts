/**
 * The toolbar button for a tab. Its default (manifest) look is plain, with a tooltip saying it
 * works on news articles; a tab whose article reports in gets the full icon, the number of
 * versions as a badge once known, and a tooltip that says what a click will do. Until it has
 * more than one version, its badge text is cleared (null) rather than set empty, so that the
 * global badge (followed stories with unseen changes, follow-alerts.ts) shows through.
 */
import browser from 'webextension-polyfill';
import type { HistoryState } from '../core/history.ts';
import { plural, t } from '../i18n.ts';

const ARTICLE_ICON = { 16: 'icons/icon-16.png', 32: 'icons/icon-32.png' };

export function showInToolbar(tabId: number, state: HistoryState): void {
  const count = state.versions.length;
  const title = count > 1 ? plural('actionTitleVersions', count) : t('actionTitleArticle');
  // A tab that closed meanwhile rejects these; there is nothing left to show then.
  const ignore = () => undefined;
  browser.action.setIcon({ tabId, path: ARTICLE_ICON }).catch(ignore);
  browser.action.setTitle({ tabId, title }).catch(ignore);
  browser.action.setBadgeText({ tabId, text: count > 1 ? String(count) : null }).catch(ignore);
  if (count > 1) browser.action.setBadgeBackgroundColor({ tabId, color: '#d6582a' }).catch(ignore);
}
