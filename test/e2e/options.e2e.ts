/**
 * The options page, in both browsers: it shows the archive in use, refuses an address that is
 * not one, and forgets every stored version, so that the next visit asks the archive again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserName, BrowserSession } from '../support/browsers.ts';
import { LAUNCHER_COUNTED } from '../support/hooks.ts';
import { openScenario, RAHAMI_URL, rahamiScenario, type RunningScenario, type Scenario } from './scenarios.ts';

const OPTIONS_PAGE = 'src/options/options.html';
const byTestId = (id: string) => `document.querySelector('[data-testid=${id}]')`;

for (const name of ['chromium', 'firefox'] as BrowserName[]) {
  describe(`in ${name}`, () => {
    let scenario: Scenario;
    let running: RunningScenario;
    let browser: BrowserSession;

    beforeAll(async () => {
      scenario = rahamiScenario();
      running = await openScenario(name, scenario);
      browser = running.browser;
    });

    afterAll(() => running?.close());

    const listings = () => scenario.archive.requests.filter((r) => r.url.startsWith('/cdx/search/cdx')).length;

    it('shows the archive in use and refuses an address that is not an archive', async () => {
      await browser.open(browser.extensionUrl(OPTIONS_PAGE));
      await browser.waitFor(`${byTestId('archive-base')}?.value === 'https://web.archive.org'`);
      await browser.evaluate(`(() => { const input = ${byTestId('archive-base')}; input.value = 'web.archive.org'; input.dispatchEvent(new Event('input', { bubbles: true })); })()`);
      await browser.evaluate(`${byTestId('save-archive')}.click()`);
      await browser.waitFor(`${byTestId('archive-status')}.textContent.startsWith('Not saved')`);
    });

    it('forgets what it stored: the next visit asks the archive again', async () => {
      await browser.open(RAHAMI_URL);
      await browser.waitFor(LAUNCHER_COUNTED, 60_000);
      const before = listings();
      expect(before).toBeGreaterThan(0);

      await browser.open(browser.extensionUrl(OPTIONS_PAGE));
      await browser.waitFor(`${byTestId('forget-all')}`);
      await browser.evaluate(`${byTestId('forget-all')}.click()`);
      await browser.waitFor(`${byTestId('forget-status')}.textContent.includes('nothing is stored any more')`);

      await browser.open(RAHAMI_URL);
      await browser.waitFor(LAUNCHER_COUNTED, 60_000);
      // The capture list was cached for hours; only a store emptied by the page makes this visit list again.
      expect(listings()).toBeGreaterThan(before);
    });
  });
}
