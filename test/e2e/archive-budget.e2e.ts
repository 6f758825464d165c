/**
 * A reader opens a front page's worth of stories in background tabs, in both real browsers,
 * against an archive that keeps the real limits (30 listings a minute per IP). The extension
 * keeps within 24 a minute, 20 for background tabs, lists the story in front at once, and a
 * story that must wait says it is queued.
 */
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { FakeArchive } from '../support/fake-archive.ts';
import { inShadow } from '../support/hooks.ts';
import type { PageRoute } from '../support/servers.ts';
import { inEachBrowser } from './each-browser.ts';
import type { Scenario } from './scenarios.ts';

const story = (n: number) => `https://www.nytimes.com/2016/09/${String((n % 28) + 1).padStart(2, '0')}/nyregion/story-${n}.html`;
const BACKGROUND = Array.from({ length: 22 }, (_, n) => story(n));
const IN_FRONT = Array.from({ length: 6 }, (_, n) => story(100 + n));

function frontPageScenario(): Scenario {
  const file = resolve('test/fixtures/pages/nytimes-rahami-2022.html');
  const pages: PageRoute[] = [...BACKGROUND, ...IN_FRONT].map((url) => ({ host: 'www.nytimes.com', path: new URL(url).pathname, file }));
  return { archive: new FakeArchive([]), pages };
}

/** The most requests that reached the archive within any 60 s. */
function busiestMinute(times: number[]): number {
  return Math.max(0, ...times.map((start) => times.filter((at) => at >= start && at < start + 60_000).length));
}

inEachBrowser('a front page opened in background tabs', frontPageScenario, (session) => {
  const listings = () =>
    session.scenario.archive.requests.filter((r) => r.url.startsWith('/cdx/')).map((r) => ({ url: new URLSearchParams(r.url.split('?')[1]).get('url')!, at: r.at }));
  const listed = (url: string) => listings().some((l) => l.url === url);
  const until = async (check: () => boolean, timeoutMs: number) => {
    for (const deadline = Date.now() + timeoutMs; !check(); await new Promise((r) => setTimeout(r, 100))) {
      if (Date.now() > deadline) throw new Error('timed out');
    }
  };
  const openInFront = async (url: string) => {
    await session.browser.open(url);
    await session.browser.waitFor(`${inShadow('[data-testid=launcher]')}`, 30_000);
    await session.browser.click('#article-history-root >>> [data-testid=launcher]');
    await session.browser.waitFor(`['done', 'queued'].includes(${inShadow('[data-testid=status]')}?.dataset.state)`, 30_000);
    return session.browser.evaluate<string>(`${inShadow('[data-testid=status]')}.dataset.state`);
  };

  it('keeps background tabs to 20 listings a minute, lists the story in front at once, and says when one is queued', async () => {
    for (const url of BACKGROUND) await session.browser.openInBackground(url);
    await until(() => listings().length >= 20, 60_000);
    await new Promise((r) => setTimeout(r, 2_000));
    expect(busiestMinute(listings().map((l) => l.at))).toBe(20);
    const waiting = BACKGROUND.filter((url) => !listed(url));
    expect(waiting.length).toBeGreaterThan(0);

    // The story the reader opens in front is listed at once, ahead of the tabs that wait.
    const opened = Date.now();
    expect(await openInFront(IN_FRONT[0]!)).toBe('done');
    expect(listings().find((l) => l.url === IN_FRONT[0])!.at - opened).toBeLessThan(10_000);
    // So is a background tab's story still waiting, when the reader brings it to the front.
    expect(listed(waiting[0]!)).toBe(false);
    expect(await openInFront(waiting[0]!)).toBe('done');

    // Stories read in front use the last of the minute's 24; the next one waits its turn, and says so.
    let state = 'done';
    let next = 1;
    while (state === 'done' && next < IN_FRONT.length) state = await openInFront(IN_FRONT[next++]!);
    expect(state).toBe('queued');
    expect(listed(IN_FRONT[next - 1]!)).toBe(false);
    expect(busiestMinute(listings().map((l) => l.at))).toBe(24);
    expect(await session.browser.evaluate(`${inShadow('[data-testid=status]')}.textContent`)).toMatch(/waits its turn \(\d+ before it, about 1 min\)/);
    expect(session.scenario.archive.rateLimited).toEqual([]);
  }, 240_000);
});
