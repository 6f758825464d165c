/**
 * A capture that answered 200 under the story's address but holds another story or the section
 * front is not a version: no made-up headline change, no wrong "since" date.
 */
import { expect, it } from 'vitest';
import { allInShadow, HISTORY_DONE, inShadow, LAUNCHER_COUNTED } from '../support/hooks.ts';
import { inEachBrowser } from './each-browser.ts';
import { otherPagesRahamiScenario, RAHAMI_URL } from './scenarios.ts';

inEachBrowser('', otherPagesRahamiScenario, (session) => {
  it('leaves out the archived copies that are another page', async () => {
    await session.browser.open(RAHAMI_URL);
    await session.browser.waitFor(LAUNCHER_COUNTED, 60_000);
    await session.browser.evaluate(`${inShadow('[data-testid=launcher]')}.click()`);
    await session.browser.waitFor(HISTORY_DONE, 60_000);

    // Both copies that are not the story were fetched and looked at...
    const mementos = session.scenario.archive.requests.map((r) => /\/web\/(\d{14})id_\//.exec(r.url)?.[1]).filter(Boolean);
    expect(mementos).toEqual(expect.arrayContaining(['20170301120000', '20180301120000']));
    // ...and neither became a version: the breaking story, the rewrite, and the page today.
    const times = await session.browser.evaluate<string[]>(`${allInShadow('[data-testid=version]')}.map((v) => v.dataset.capturedAt)`);
    expect(times.slice(0, 2)).toEqual(['2016-09-19T20:49:01.000Z', '2019-10-16T11:16:56.000Z']);
    expect(times.some((t) => t.startsWith('2017') || t.startsWith('2018'))).toBe(false);
    const headlines = await session.browser.evaluate<string>(`${inShadow('[data-testid=sidebar]')}.textContent`);
    expect(headlines).not.toMatch(/Sudan/);
  });
});
