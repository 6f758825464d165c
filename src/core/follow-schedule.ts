/**
 * When a followed story is checked again. The news-diff sites of the 2010s re-read a story
 * every few minutes while it was breaking and rarely once it had settled: a story that keeps
 * its text is checked ever less often (×1.5 per unchanged check), one that changed is watched
 * closely again, and after 30 days the checks stop unless the reader pinned the story. A live
 * page that fails (paywall, 404, a redirect elsewhere) is asked less often still: failing again
 * is the likely answer, and each check costs the site a request.
 */

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

export const FIRST_INTERVAL_MS = 15 * MINUTE;
export const BACKOFF = 1.5;
/** A failed check stretches the wait this much more than an unchanged one. */
export const FAILURE_BACKOFF = 3;
/** Even a settled (or pinned) story is checked at least this often while it is followed. */
export const MAX_INTERVAL_MS = DAY;
/** An unpinned story is checked no more after this long since it was followed. */
export const FOLLOW_FOR_MS = 30 * DAY;

export interface FollowSchedule {
  followedAt: number;
  pinned: boolean;
  /** The wait after the last check. */
  intervalMs: number;
  /** Failed checks in a row. */
  failures: number;
  /** Null once checks have stopped (an unpinned story followed for 30 days). */
  nextCheckAt: number | null;
}

export type CheckResult = 'changed' | 'unchanged' | 'failed';

export function newSchedule(now: number, pinned = false): FollowSchedule {
  return { followedAt: now, pinned, intervalMs: FIRST_INTERVAL_MS, failures: 0, nextCheckAt: now + FIRST_INTERVAL_MS };
}

/** Whether checks go on at `at`: an unpinned story stops 30 days after it was followed. */
const stillChecked = (schedule: FollowSchedule, at: number) => schedule.pinned || at < schedule.followedAt + FOLLOW_FOR_MS;

function at(schedule: FollowSchedule, now: number, intervalMs: number, failures: number): FollowSchedule {
  const next = now + intervalMs;
  return { ...schedule, intervalMs, failures, nextCheckAt: stillChecked(schedule, next) ? next : null };
}

/** The schedule after a check that ended in `result` at `now`. */
export function afterCheck(schedule: FollowSchedule, result: CheckResult, now: number): FollowSchedule {
  switch (result) {
    case 'changed':
      // A story being edited is likely to be edited again soon.
      return at(schedule, now, FIRST_INTERVAL_MS, 0);
    case 'unchanged':
      return at(schedule, now, Math.min(MAX_INTERVAL_MS, schedule.intervalMs * BACKOFF), 0);
    case 'failed':
      return at(schedule, now, Math.min(MAX_INTERVAL_MS, schedule.intervalMs * FAILURE_BACKOFF), schedule.failures + 1);
  }
}

/** Pinning keeps a story checked past 30 days (and restarts the checks of one that stopped); unpinning lets them stop. */
export function pinSchedule(schedule: FollowSchedule, pinned: boolean, now: number): FollowSchedule {
  const changed = { ...schedule, pinned };
  if (pinned && changed.nextCheckAt === null) return { ...changed, nextCheckAt: now + changed.intervalMs };
  if (!pinned && changed.nextCheckAt !== null && !stillChecked(changed, changed.nextCheckAt)) return { ...changed, nextCheckAt: null };
  return changed;
}

export const isDue = (schedule: FollowSchedule, now: number): boolean => schedule.nextCheckAt !== null && schedule.nextCheckAt <= now;

/** When the one alarm should next fire: the earliest check of all, or null when none is scheduled. */
export function earliestCheck(schedules: Iterable<FollowSchedule>): number | null {
  let earliest: number | null = null;
  for (const { nextCheckAt } of schedules) if (nextCheckAt !== null && (earliest === null || nextCheckAt < earliest)) earliest = nextCheckAt;
  return earliest;
}
