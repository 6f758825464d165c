/**
 * How the background tells the reader about followed stories: a notification per change found,
 * and the global badge counting stories with a change not seen yet.
 *
 * The badge has two layers. A tab showing a supported article sets its own badge (the number of
 * versions, see toolbar.ts) and that wins on that tab; every other tab shows the global one set
 * here. A tab whose article has one version clears its own text and so shows the global count.
 */
import browser from 'webextension-polyfill';
import type { FollowChange } from './follow-service.ts';

const PREFIX = 'follow ';
const ICON = 'icons/icon-128.png';

export async function notifyChange(change: FollowChange, summary: string): Promise<void> {
  // One id per story: a second change replaces the first one's notification rather than piling up.
  await browser.notifications
    .create(`${PREFIX}${change.url}`, { type: 'basic', iconUrl: browser.runtime.getURL(ICON), title: change.title, message: summary })
    .then(
      () => undefined,
      (error: unknown) => console.error('article-history: cannot show a notification', error),
    );
}

/** The story a notification is about, or null for a notification that is not ours. */
export function notificationStory(id: string): string | null {
  return id.startsWith(PREFIX) ? id.slice(PREFIX.length) : null;
}

export function showUnseenOnBadge(count: number): void {
  const ignore = () => undefined;
  browser.action.setBadgeText({ text: count > 0 ? String(count) : '' }).catch(ignore);
  browser.action.setBadgeBackgroundColor({ color: '#1f6feb' }).catch(ignore);
}
