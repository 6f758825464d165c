/**
 * "Archive this version now", in both real browsers, against a stand-in for Save Page Now that
 * answers as the archive documents it (test/support/fake-archive.ts, FakeSaves): the button is
 * offered only while the archive lacks the text the reader sees, a save says when it was made
 * and its capture joins the timeline, and a save the archive refuses says until when, without
 * asking the archive again before then.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { capturesFromFiles, FakeArchive } from '../support/fake-archive.ts';
import { allInShadow, HISTORY_DONE, inShadow } from '../support/hooks.ts';
import type { PageRoute } from '../support/servers.ts';
import { inEachBrowser } from './each-browser.ts';
import { RAHAMI_URL, type Scenario } from './scenarios.ts';

const page = (name: string) => fileURLToPath(new URL(`../fixtures/pages/${name}`, import.meta.url));
const LIVE = page('nytimes-rahami-2022.html');
/** Never archived: the archive holds no copy of it at all. */
const UNARCHIVED_URL = 'https://www.nytimes.com/2016/09/21/nyregion/never-archived-story.html';
/** Archived as it reads today (a page's archived copy must name the page's own address, or it is another page). */
const UP_TO_DATE_URL = 'https://www.nytimes.com/2018/05/18/us/school-shooting-santa-fe-texas.html';
/**
 * Without its scripts: offline, they would fail anyway, and one of them takes Firefox elsewhere
 * before the page has loaded ("Address rejected"). The archived copy has the same bytes.
 */
const UP_TO_DATE = readFileSync(page('nytimes-2018-old-format.html'), 'utf8').replace(/<script\b[\s\S]*?<\/script>/gi, '');

function saveScenario(): Scenario {
  const pages: PageRoute[] = [
    ...[RAHAMI_URL, UNARCHIVED_URL].map((url) => ({ host: 'www.nytimes.com', path: new URL(url).pathname, file: LIVE })),
    { host: 'www.nytimes.com', path: new URL(UP_TO_DATE_URL).pathname, body: UP_TO_DATE },
  ];
  const archive = new FakeArchive(
    [
      // The Rahami story's only copy is the breaking version of 2016: the live page reads otherwise.
      ...capturesFromFiles(RAHAMI_URL, [{ timestamp: '20160919204901', path: page('nytimes-rahami-2016-09-19.html') }]),
      { url: UP_TO_DATE_URL, timestamp: '20180518120000', body: UP_TO_DATE },
    ],
    // One save a minute, as if another tool on this IP had used the rest: the second save meets the 429.
    { saves: { capture: (url) => (url === UP_TO_DATE_URL ? Buffer.from(UP_TO_DATE) : readFileSync(LIVE)), perMinute: 1 } },
  );
  return { archive, pages };
}

inEachBrowser('archive this version now', saveScenario, (session) => {
  const saves = () => session.scenario.archive.requests.filter((r) => r.url.startsWith('/save/'));
  const openSidebar = async (url: string) => {
    await session.browser.open(url);
    await session.browser.waitFor(`${inShadow('[data-testid=launcher]')}`, 30_000);
    await session.browser.click('#article-history-root >>> [data-testid=launcher]');
    await session.browser.waitFor(HISTORY_DONE, 60_000);
  };
  const status = () => session.browser.evaluate<string>(`${inShadow('[data-testid=archive-now-status]')}?.textContent ?? ''`);
  const buttonShown = () => session.browser.evaluate<boolean>(`!!${inShadow('[data-testid=archive-now]')}`);
  // The button comes in a chunk of its own, loaded when a save is first wanted.
  const buttonAppears = () => session.browser.waitFor(`!!${inShadow('[data-testid=archive-now]')}`, 10_000);

  it('saves the live page, says when, and shows the new capture in the timeline once the archive lists it', async () => {
    await openSidebar(RAHAMI_URL);
    await buttonAppears();
    await session.browser.click('#article-history-root >>> [data-testid=archive-now]');
    await session.browser.waitFor(`${inShadow('[data-testid=archive-now-status]')}?.dataset.state === 'saved'`, 60_000);
    expect(await status()).toMatch(/^Saved to the Wayback Machine at \d{1,2}:\d{2}/);
    expect(saves().map((r) => r.url)).toEqual([`/save/${RAHAMI_URL}`]);
    const [saved] = session.scenario.archive.saved;
    expect(saved?.url).toBe(RAHAMI_URL);

    // The history lists the captures again: the newest version, the live text, is now also an archived copy.
    const captureLink = `/web/${saved!.timestamp}/`;
    await session.browser.waitFor(`${allInShadow('[data-testid=version] a')}.some((a) => a.href.includes(${JSON.stringify(captureLink)}))`, 60_000);
    const newest = await session.browser.evaluate<string>(`${allInShadow('[data-testid=version]')}.at(-1).innerHTML`);
    expect(newest).toContain(captureLink);
    expect(await buttonShown()).toBe(false);
  });

  it('offers no save when the newest archived copy reads as the live page', async () => {
    const asked = saves().length;
    await openSidebar(UP_TO_DATE_URL);
    expect(await session.browser.evaluate(`${allInShadow('[data-testid=version]')}.length`)).toBe(1);
    // Long enough for the button's chunk to load, were it wanted.
    await new Promise((r) => setTimeout(r, 1_000));
    expect(await buttonShown()).toBe(false);
    expect(saves().length).toBe(asked);
  });

  it('says until when the archive refuses more saves, and asks it nothing before then', async () => {
    await openSidebar(UNARCHIVED_URL);
    await buttonAppears();
    const before = Date.now();
    await session.browser.click('#article-history-root >>> [data-testid=archive-now]');
    await session.browser.waitFor(`${inShadow('[data-testid=archive-now-status]')}?.dataset.state === 'refused'`, 60_000);
    const refusal = await status();
    expect(refusal).toMatch(/^The archive refused: too many saves, try again after \d{1,2}:\d{2}/);
    // Five minutes after the 429, in the browser's own wording of a time of day.
    const retryAfter = new Date(before + 5 * 60_000);
    const hour = retryAfter.getHours() % 12 || 12;
    expect(refusal).toMatch(new RegExp(`(${retryAfter.getHours()}|${hour}):(${String(retryAfter.getMinutes()).padStart(2, '0')}|${String((retryAfter.getMinutes() + 1) % 60).padStart(2, '0')})`));
    expect(session.scenario.archive.rateLimited.length).toBe(1);
    const asked = saves().length;

    // Asking again during the pause is answered at home: the archive hears nothing.
    await session.browser.click('#article-history-root >>> [data-testid=archive-now]');
    await session.browser.waitFor(`${inShadow('[data-testid=archive-now-status]')}?.dataset.state === 'refused'`, 30_000);
    expect(await status()).toBe(refusal);
    await new Promise((r) => setTimeout(r, 1_000));
    expect(saves().length).toBe(asked);
    expect(session.scenario.archive.blocks).toEqual([]);
  });
});
