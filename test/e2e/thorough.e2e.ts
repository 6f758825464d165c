/**
 * Bisection reads only the captures it needs, so a change made and undone between two captures
 * with the same text stays hidden until the reader asks to check every copy.
 */
import { expect, it } from 'vitest';
import { allInShadow, HISTORY_DONE, inShadow, LAUNCHER_COUNTED } from '../support/hooks.ts';
import { inEachBrowser } from './each-browser.ts';
import { RAHAMI_URL, revertedRahamiScenario } from './scenarios.ts';

const MIDDLE_CAPTURE = '/web/20160920120000id_/';

inEachBrowser('', revertedRahamiScenario, (session) => {
  it('finds the version between two identical captures once the reader asks to check every copy', async () => {
    await session.browser.open(RAHAMI_URL);
    await session.browser.waitFor(LAUNCHER_COUNTED, 60_000);
    await session.browser.evaluate(`${inShadow('[data-testid=launcher]')}.click()`);
    await session.browser.waitFor(HISTORY_DONE, 60_000);
    const versions = () => session.browser.evaluate<string[]>(`${allInShadow('[data-testid=version]')}.map((v) => v.dataset.capturedAt)`);
    expect(await versions()).toHaveLength(2);
    expect(session.scenario.archive.requests.some((r) => r.url.startsWith(MIDDLE_CAPTURE))).toBe(false);

    await session.browser.click('#article-history-root >>> [data-testid=check-every-capture]');
    // The reader is told what it costs first; nothing is asked until they agree.
    await session.browser.waitFor(`${inShadow('[data-testid=check-every-capture-cost]')}?.textContent.includes('up to 3 copies')`);
    expect(session.scenario.archive.requests.some((r) => r.url.startsWith(MIDDLE_CAPTURE))).toBe(false);
    await session.browser.click('#article-history-root >>> [data-testid=confirm-check-every-capture]');
    await session.browser.waitFor(`${allInShadow('[data-testid=version]')}.length === 4 && ${HISTORY_DONE}`, 60_000);
    expect(await versions()).toEqual(['2016-09-19T20:49:01.000Z', '2016-09-20T12:00:00.000Z', '2016-09-21T12:00:00.000Z', expect.any(String)]);
    expect(session.scenario.archive.requests.filter((r) => r.url.startsWith(MIDDLE_CAPTURE))).toHaveLength(1);
    expect(await session.browser.evaluate<boolean>(`!${inShadow('[data-testid=check-every-capture]')}`)).toBe(true);
  });
});
