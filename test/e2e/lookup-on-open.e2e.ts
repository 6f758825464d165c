/**
 * "Look up history only when I open the sidebar", in both browsers: with it on, an article that
 * loads sends nothing to the archive and leaves nothing in the store; opening its sidebar then
 * finds its history. With it off again, the same load asks the archive at once: the control that
 * shows the wait below is long enough to see a lookup happen.
 *
 * The store is read from the options page, which shares the background's IndexedDB, while the
 * article loads in a tab behind it.
 */
import { expect, it } from 'vitest';
import type { BrowserSession } from '../support/browsers.ts';
import { HISTORY_DONE, inShadow, LAUNCHER_COUNTED } from '../support/hooks.ts';
import { inEachBrowser } from './each-browser.ts';
import { openSettingsFromSidebar } from './open-settings.ts';
import { RAHAMI_URL, rahamiScenario } from './scenarios.ts';

const byTestId = (id: string) => `document.querySelector('[data-testid=${id}]')`;
/**
 * With lookups on page load, the archive is asked within about a second of the load event (the
 * second test checks it); this is how long a lookup that must not come is waited for.
 */
const QUIET_MS = 5_000;

/** Runs in the options page: how many records the stores that hold articles have, by store. */
function storedRecords(): Promise<Record<string, number>> {
  return new Promise((done, fail) => {
    const open = indexedDB.open('article-history');
    open.onerror = () => fail(open.error);
    open.onsuccess = () => {
      const db = open.result;
      // The archive's budgets and pauses name no article: they are the archive's, not the reader's.
      const stores = [...db.objectStoreNames].filter((name) => name !== 'budgets' && name !== 'pauses');
      const tx = db.transaction(stores, 'readonly');
      const counts = stores.map((name) => [name, tx.objectStore(name).count()] as const);
      tx.oncomplete = () => {
        db.close();
        done(Object.fromEntries(counts.map(([name, request]) => [name, request.result])));
      };
      tx.onerror = () => fail(tx.error);
    };
  });
}

const total = (counts: Record<string, number>) => Object.values(counts).reduce((sum, n) => sum + n, 0);

async function setLookupOnOpen(browser: BrowserSession, on: boolean): Promise<void> {
  await browser.waitFor(byTestId('lookup-on-open'));
  if ((await browser.evaluate<boolean>(`${byTestId('lookup-on-open')}.checked`)) !== on) await browser.click('[data-testid=lookup-on-open]');
  await browser.waitFor(`${byTestId('lookup-status')}.textContent.startsWith('Saved: history is looked up ${on ? 'only when you open the sidebar' : 'as an article loads'}')`);
}

async function forgetEverything(browser: BrowserSession): Promise<void> {
  await browser.evaluate(`${byTestId('forget-all')}.click()`);
  await browser.waitFor(`${byTestId('forget-status')}.textContent.includes('nothing is stored any more')`);
}

inEachBrowser('', rahamiScenario, (session) => {
  const archiveRequests = () => session.scenario.archive.requests.length;
  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  it('with "only when I open the sidebar" on, a loaded article sends nothing and stores nothing; opening the sidebar finds its history', async () => {
    const browser = session.browser;
    await openSettingsFromSidebar(browser, RAHAMI_URL);
    expect(await browser.evaluate<string>(`${byTestId('what-is-sent')}.textContent`)).toContain('web.archive.org');
    await setLookupOnOpen(browser, true);
    await forgetEverything(browser);
    expect(total(await browser.evaluate(storedRecords))).toBe(0);
    const before = archiveRequests();

    await browser.openInBackground(RAHAMI_URL);
    await pause(QUIET_MS);
    expect(archiveRequests()).toBe(before);
    const stored = await browser.evaluate(storedRecords);
    expect(stored).toEqual(Object.fromEntries(Object.keys(stored).map((name) => [name, 0])));

    await browser.open(RAHAMI_URL);
    await browser.waitFor(`${inShadow('[data-testid=launcher]')}?.dataset.lookup === 'held'`, 30_000);
    expect(await browser.evaluate<string>(`${inShadow('[data-testid=launcher]')}.textContent`)).toBe('History');
    await pause(QUIET_MS);
    expect(archiveRequests()).toBe(before);

    await browser.click('#article-history-root >>> [data-testid=launcher]');
    await browser.waitFor(HISTORY_DONE, 60_000);
    await browser.waitFor(LAUNCHER_COUNTED);
    expect(await browser.evaluate<string>(`${inShadow('[data-testid=launcher]')}.textContent`)).toBe('3 versions');
    expect(archiveRequests()).toBeGreaterThan(before);
  });

  it('turned off again, a loaded article is looked up and stored at once', async () => {
    const browser = session.browser;
    // The option is still on: the sidebar opens on "History", and its settings button leads to the options.
    await browser.open(RAHAMI_URL);
    await browser.waitFor(inShadow('[data-testid=launcher]'), 30_000);
    await browser.click('#article-history-root >>> [data-testid=launcher]');
    // Clicked once the sidebar has settled: a status line still changing can move the button under the click.
    await browser.waitFor(HISTORY_DONE, 60_000);
    await browser.followNewTab(() => browser.click('#article-history-root >>> [data-testid=open-options]'));
    await setLookupOnOpen(browser, false);
    await forgetEverything(browser);
    const before = archiveRequests();

    await browser.openInBackground(RAHAMI_URL);
    const deadline = Date.now() + QUIET_MS;
    let stored = await browser.evaluate(storedRecords);
    while ((archiveRequests() === before || !stored.visits) && Date.now() < deadline) {
      await pause(100);
      stored = await browser.evaluate(storedRecords);
    }
    expect(archiveRequests()).toBeGreaterThan(before);
    expect(stored.visits).toBeGreaterThan(0);
  });
});
