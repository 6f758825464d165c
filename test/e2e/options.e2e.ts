/**
 * The options page, in both browsers: it shows the archive in use, refuses an address that is
 * not one, and forgets every stored version, so that the next visit asks the archive again.
 */
import { expect, it } from 'vitest';
import { LAUNCHER_COUNTED } from '../support/hooks.ts';
import { inEachBrowser } from './each-browser.ts';
import { RAHAMI_URL, rahamiScenario } from './scenarios.ts';

const OPTIONS_PAGE = 'src/options/options.html';
const byTestId = (id: string) => `document.querySelector('[data-testid=${id}]')`;

inEachBrowser('', rahamiScenario, (session) => {
  const listings = () => session.scenario.archive.requests.filter((r) => r.url.startsWith('/cdx/search/cdx')).length;

  it('shows the archive in use and refuses an address that is not an archive', async () => {
    await session.browser.open(session.browser.extensionUrl(OPTIONS_PAGE));
    await session.browser.waitFor(`${byTestId('archive-base')}?.value === 'https://web.archive.org'`);
    await session.browser.evaluate(`(() => { const input = ${byTestId('archive-base')}; input.value = 'web.archive.org'; input.dispatchEvent(new Event('input', { bubbles: true })); })()`);
    await session.browser.evaluate(`${byTestId('save-archive')}.click()`);
    await session.browser.waitFor(`${byTestId('archive-status')}.textContent.startsWith('Not saved')`);
  });

  it('forgets what it stored: the next visit asks the archive again', async () => {
    await session.browser.open(RAHAMI_URL);
    await session.browser.waitFor(LAUNCHER_COUNTED, 60_000);
    const before = listings();
    expect(before).toBeGreaterThan(0);

    await session.browser.open(session.browser.extensionUrl(OPTIONS_PAGE));
    await session.browser.waitFor(`${byTestId('forget-all')}`);
    await session.browser.evaluate(`${byTestId('forget-all')}.click()`);
    await session.browser.waitFor(`${byTestId('forget-status')}.textContent.includes('nothing is stored any more')`);

    await session.browser.open(RAHAMI_URL);
    await session.browser.waitFor(LAUNCHER_COUNTED, 60_000);
    // The capture list was cached for hours; only a store emptied by the page makes this visit list again.
    expect(listings()).toBeGreaterThan(before);
  });
});
