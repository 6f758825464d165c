/** When followed stories are checked: a clock walks the schedule through a story's life. */
import { describe, expect, it } from 'vitest';
import { afterCheck, earliestCheck, FIRST_INTERVAL_MS, isDue, MAX_INTERVAL_MS, newSchedule, pinSchedule, type CheckResult, type FollowSchedule } from '../../src/core/follow-schedule.ts';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const T0 = Date.parse('2026-11-30T08:00:00Z');

/** Runs each check when it is due and returns the waits between them. */
function walk(schedule: FollowSchedule, results: CheckResult[]): { waits: number[]; schedule: FollowSchedule } {
  const waits: number[] = [];
  let now = T0;
  for (const result of results) {
    if (schedule.nextCheckAt === null) break;
    waits.push(schedule.nextCheckAt - now);
    now = schedule.nextCheckAt;
    schedule = afterCheck(schedule, result, now);
  }
  return { waits, schedule };
}

describe('the follow schedule', () => {
  it('checks every 15 minutes at first, then 1.5 times longer after each unchanged check', () => {
    const { waits } = walk(newSchedule(T0), ['unchanged', 'unchanged', 'unchanged']);
    expect(waits).toEqual([15 * MINUTE, 22.5 * MINUTE, 33.75 * MINUTE]);
  });

  it('goes back to every 15 minutes after a change', () => {
    const { waits } = walk(newSchedule(T0), ['unchanged', 'unchanged', 'changed', 'unchanged']);
    expect(waits).toEqual([15 * MINUTE, 22.5 * MINUTE, 33.75 * MINUTE, FIRST_INTERVAL_MS]);
  });

  it('checks a failing page less often than an unchanged one, and counts the failures', () => {
    const failed = afterCheck(newSchedule(T0), 'failed', T0 + FIRST_INTERVAL_MS);
    const unchanged = afterCheck(newSchedule(T0), 'unchanged', T0 + FIRST_INTERVAL_MS);
    expect(failed.intervalMs).toBeGreaterThan(unchanged.intervalMs);
    expect(failed.failures).toBe(1);
    expect(afterCheck(failed, 'unchanged', T0 + DAY).failures).toBe(0);
  });

  it('waits at most a day between checks', () => {
    const { schedule } = walk(newSchedule(T0), Array<CheckResult>(20).fill('unchanged'));
    expect(schedule.intervalMs).toBe(MAX_INTERVAL_MS);
  });

  it('stops 30 days after the story was followed, unless it is pinned', () => {
    const unpinned = walk(newSchedule(T0), Array<CheckResult>(100).fill('unchanged'));
    expect(unpinned.schedule.nextCheckAt).toBeNull();
    expect(unpinned.waits.reduce((a, b) => a + b, 0)).toBeLessThan(30 * DAY);
    const pinned = walk(newSchedule(T0, true), Array<CheckResult>(100).fill('unchanged'));
    expect(pinned.schedule.nextCheckAt).not.toBeNull();
    expect(pinned.waits.reduce((a, b) => a + b, 0)).toBeGreaterThan(30 * DAY);
  });

  it('pinning a story whose checks stopped starts them again; unpinning it after 30 days stops them', () => {
    const stopped = walk(newSchedule(T0), Array<CheckResult>(100).fill('unchanged')).schedule;
    const now = T0 + 40 * DAY;
    const pinned = pinSchedule(stopped, true, now);
    expect(pinned.nextCheckAt).toBe(now + pinned.intervalMs);
    expect(pinSchedule(pinned, false, now).nextCheckAt).toBeNull();
  });

  it('says which checks are due, and when the one alarm should fire', () => {
    const a = newSchedule(T0);
    const b = newSchedule(T0 + 5 * MINUTE);
    expect(isDue(a, T0 + 14 * MINUTE)).toBe(false);
    expect(isDue(a, T0 + 15 * MINUTE)).toBe(true);
    expect(earliestCheck([b, a])).toBe(T0 + 15 * MINUTE);
    expect(earliestCheck([{ ...a, nextCheckAt: null }])).toBeNull();
  });
});
