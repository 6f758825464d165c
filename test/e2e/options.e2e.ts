/**
 * The options page, in both browsers, reached as a reader reaches it from an article: the
 * sidebar's settings button opens it in a tab. It shows the archive in use, refuses an address
 * that is not one, and forgets every stored version, so that the next visit asks the archive again.
 */
import { expect, it } from 'vitest';
import { LAUNCHER_COUNTED } from '../support/hooks.ts';
import { inEachBrowser } from './each-browser.ts';
import { openSettingsFromSidebar } from './open-settings.ts';
import { RAHAMI_URL, rahamiScenario } from './scenarios.ts';

const byTestId = (id: string) => `document.querySelector('[data-testid=${id}]')`;

inEachBrowser('', rahamiScenario, (session) => {
  const listings = () => session.scenario.archive.requests.filter((r) => r.url.startsWith('/cdx/search/cdx')).length;

  it("the sidebar's settings button opens the options page, which shows the archive in use and refuses an address that is not an archive", async () => {
    const opened = await openSettingsFromSidebar(session.browser, RAHAMI_URL);
    expect(opened.pathname).toBe('/src/options/options.html');
    expect(opened.protocol).toBe(session.browser.name === 'chromium' ? 'chrome-extension:' : 'moz-extension:');
    await session.browser.waitFor(`${byTestId('archive-base')}?.value === 'https://web.archive.org'`);
    await session.browser.evaluate(`(() => { const input = ${byTestId('archive-base')}; input.value = 'web.archive.org'; input.dispatchEvent(new Event('input', { bubbles: true })); })()`);
    await session.browser.evaluate(`${byTestId('save-archive')}.click()`);
    await session.browser.waitFor(`${byTestId('archive-status')}.textContent.startsWith('Not saved')`);
  });

  it('forgets what it stored: the next visit asks the archive again', async () => {
    await openSettingsFromSidebar(session.browser, RAHAMI_URL);
    const before = listings();
    expect(before).toBeGreaterThan(0);

    await session.browser.waitFor(`${byTestId('forget-all')}`);
    await session.browser.evaluate(`${byTestId('forget-all')}.click()`);
    await session.browser.waitFor(`${byTestId('forget-status')}.textContent.includes('nothing is stored any more')`);

    await session.browser.open(RAHAMI_URL);
    await session.browser.waitFor(LAUNCHER_COUNTED, 60_000);
    // The capture list was cached for hours; only a store emptied by the page makes this visit list again.
    expect(listings()).toBeGreaterThan(before);
  });
});
