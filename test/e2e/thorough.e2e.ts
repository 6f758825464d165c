/**
 * Bisection reads only the captures it needs, so a change made and undone between two captures
 * with the same text stays hidden until the reader asks to check every copy.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserName, BrowserSession } from '../support/browsers.ts';
import { allInShadow, HISTORY_DONE, inShadow, LAUNCHER_COUNTED } from '../support/hooks.ts';
import { openScenario, RAHAMI_URL, revertedRahamiScenario, type RunningScenario, type Scenario } from './scenarios.ts';

const MIDDLE_CAPTURE = '/web/20160920120000id_/';

for (const name of ['chromium', 'firefox'] as BrowserName[]) {
  describe(`in ${name}`, () => {
    let scenario: Scenario;
    let running: RunningScenario;
    let browser: BrowserSession;

    beforeAll(async () => {
      scenario = revertedRahamiScenario();
      running = await openScenario(name, scenario);
      browser = running.browser;
    });

    afterAll(() => running?.close());

    it('finds the version between two identical captures once the reader asks to check every copy', async () => {
      await browser.open(RAHAMI_URL);
      await browser.waitFor(LAUNCHER_COUNTED, 60_000);
      await browser.evaluate(`${inShadow('[data-testid=launcher]')}.click()`);
      await browser.waitFor(HISTORY_DONE, 60_000);
      const versions = () => browser.evaluate<string[]>(`${allInShadow('[data-testid=version]')}.map((v) => v.dataset.capturedAt)`);
      expect(await versions()).toHaveLength(2);
      expect(scenario.archive.requests.some((r) => r.url.startsWith(MIDDLE_CAPTURE))).toBe(false);

      await browser.evaluate(`${inShadow('[data-testid=check-every-capture]')}.click()`);
      await browser.waitFor(`${allInShadow('[data-testid=version]')}.length === 4 && ${HISTORY_DONE}`, 60_000);
      expect(await versions()).toEqual(['2016-09-19T20:49:01.000Z', '2016-09-20T12:00:00.000Z', '2016-09-21T12:00:00.000Z', expect.any(String)]);
      expect(scenario.archive.requests.filter((r) => r.url.startsWith(MIDDLE_CAPTURE))).toHaveLength(1);
      expect(await browser.evaluate<boolean>(`!${inShadow('[data-testid=check-every-capture]')}`)).toBe(true);
    });
  });
}
