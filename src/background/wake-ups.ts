/**
 * Wake-ups for history jobs as alarms: unlike a timer, an alarm survives the service worker
 * being stopped, and starts it again when it fires.
 */
import browser from 'webextension-polyfill';
import type { WakeUps } from './history-service.ts';

const PREFIX = 'history-job ';

export const alarmWakeUps: WakeUps = {
  at(url, when) {
    browser.alarms.create(`${PREFIX}${url}`, { when }).catch((error: unknown) => console.error('article-history: cannot set an alarm', error));
  },
  cancel(url) {
    browser.alarms.clear(`${PREFIX}${url}`).catch(() => undefined);
  },
};

/** The article an alarm is for, or null for an alarm that is not a job's. */
export function alarmArticle(name: string): string | null {
  return name.startsWith(PREFIX) ? name.slice(PREFIX.length) : null;
}

/** The one alarm of followed stories: set to the earliest due check, it runs every check that is due. */
export const FOLLOW_ALARM = 'follow-check';

export function setFollowAlarm(when: number | null): void {
  const failed = (error: unknown) => console.error('article-history: cannot set the follow alarm', error);
  if (when === null) browser.alarms.clear(FOLLOW_ALARM).catch(failed);
  else browser.alarms.create(FOLLOW_ALARM, { when }).catch(failed);
}
