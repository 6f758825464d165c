/**
 * The archive rate-limits us, in both real browsers: the reader sees the rate-limited status
 * with the versions known so far, and after repeated 429s the extension stops asking, for this
 * story and for the next one the reader opens (the pause is shared by every job and kept in
 * IndexedDB, not in a timer).
 */
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserName, BrowserSession } from '../support/browsers.ts';
import { inShadow } from '../support/hooks.ts';
import { openScenario, RAHAMI_URL, rahamiScenario, type RunningScenario, type Scenario } from './scenarios.ts';
const SECOND_STORY = 'https://www.nytimes.com/2019/02/21/nyregion/winter-weather-manholes-pipes.html';

for (const name of ['chromium', 'firefox'] as BrowserName[]) {
  describe(`in ${name}, an archive that rate-limits`, () => {
    let scenario: Scenario;
    let running: RunningScenario;
    let browser: BrowserSession;

    beforeAll(async () => {
      scenario = rahamiScenario();
      const secondPage = { host: 'www.nytimes.com', path: new URL(SECOND_STORY).pathname, file: resolve('test/fixtures/pages/nytimes-3.html') };
      running = await openScenario(name, scenario, { extraPages: [secondPage] });
      browser = running.browser;
    });

    afterAll(() => running?.close());

    it('tells the reader, then asks nothing more of the archive until the pause ends, for any story', async () => {
      scenario.archive.setFault({ kind: 'rate-limit' });
      await browser.open(RAHAMI_URL);
      await browser.waitFor(`${inShadow('[data-testid=launcher]')}`, 30_000);
      await browser.click('#article-history-root >>> [data-testid=launcher]');
      await browser.waitFor(`${inShadow('[data-testid=status]')}?.dataset.state === 'rate-limited'`, 60_000);
      // The first request and its two retries: three 429s start the pause.
      expect(scenario.archive.requests.map((r) => r.url.split('?')[0])).toEqual(['/cdx/search/cdx', '/cdx/search/cdx', '/cdx/search/cdx']);
      expect(await browser.evaluate(`${inShadow('[data-testid=status]')}.textContent`)).toMatch(/\d+ min/);

      // The reader reads another story: its job waits out the same pause without a request.
      await browser.open(SECOND_STORY);
      await browser.waitFor(`${inShadow('[data-testid=launcher]')}`, 30_000);
      await browser.click('#article-history-root >>> [data-testid=launcher]');
      await browser.waitFor(`${inShadow('[data-testid=status]')}?.dataset.state === 'rate-limited'`, 60_000);
      // And the first story again, reloaded.
      await browser.open(RAHAMI_URL);
      await browser.waitFor(`${inShadow('[data-testid=launcher]')}`, 30_000);
      await new Promise((r) => setTimeout(r, 1500));
      expect(scenario.archive.requests).toHaveLength(3);
    });
  });
}
