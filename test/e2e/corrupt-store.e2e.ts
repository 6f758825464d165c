/**
 * One bad record in the extension's IndexedDB (left by another build, a crash, or the reader's
 * own devtools) must not stop anything: the article it names still gets its history, and
 * "forget everything" still works. The records are written from the options page, which shares
 * the background's storage.
 */
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { HISTORY_DONE, inShadow, LAUNCHER_COUNTED } from '../support/hooks.ts';
import { inEachBrowser } from './each-browser.ts';
import { openSettingsFromSidebar } from './open-settings.ts';
import { RAHAMI_URL, rahamiScenario } from './scenarios.ts';

/** Another story, read for the first time after its records were spoilt. */
const OTHER_URL = 'https://www.nytimes.com/2016/09/21/nyregion/another-story.html';
const otherPage = { host: 'www.nytimes.com', path: new URL(OTHER_URL).pathname, file: resolve('test/fixtures/pages/nytimes-rahami-2022.html') };

/** Runs in the options page: a bad record in every store that names `url`. */
function spoil(url: string): Promise<string> {
  return new Promise((done, fail) => {
    const open = indexedDB.open('article-history');
    open.onerror = () => fail(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const stores = ['jobs', 'captures', 'captureLists', 'visits', 'versions', 'paragraphs', 'articles'].filter((name) => db.objectStoreNames.contains(name));
      const tx = db.transaction(stores, 'readwrite');
      tx.objectStore('jobs').put({ url, thorough: false, failedRuns: 0, captureFailures: {}, status: null });
      tx.objectStore('captures').put({ key: `web.archive.org|20160921000000|${url}`, url, source: 'web.archive.org', capture: null, fetchedAt: 1, result: 'text' });
      tx.objectStore('captureLists').put({ key: `web.archive.org|${url}`, url, source: 'web.archive.org', fetchedAt: Date.now(), captures: 'none' });
      tx.objectStore('visits').add({ url, firstSeenAt: null, hash: 7 });
      tx.objectStore('versions').put({ key: `${url}|1`, url, hash: '1', article: null });
      tx.objectStore('paragraphs').put({ id: 424242, text: 42, urls: url });
      tx.objectStore('articles').put({ url, lastViewedAt: 'never', bytes: 'many' });
      tx.oncomplete = () => {
        db.close();
        done(stores.join(','));
      };
      tx.onerror = () => fail(tx.error);
    };
  });
}

inEachBrowser(
  '',
  rahamiScenario,
  (session) => {
    it('an article whose stored records are all unreadable still gets its history', async () => {
      await openSettingsFromSidebar(session.browser, RAHAMI_URL);
      expect(await session.browser.evaluate(spoil, OTHER_URL)).toContain('jobs');

      await session.browser.open(OTHER_URL);
      await session.browser.waitFor(inShadow('[data-testid=launcher]'), 30_000);
      await session.browser.click('#article-history-root >>> [data-testid=launcher]');
      // With the old store the job threw on `status: null` and stayed on "Looking for earlier versions…".
      await session.browser.waitFor(HISTORY_DONE, 60_000);
      // The archive has no copy of this story: the live page is its one version.
      expect(await session.browser.evaluate(`${inShadow('[data-testid=launcher]')}.textContent`)).toBe('1 version');
    });

    it('"forget everything" works whatever the store holds', async () => {
      await openSettingsFromSidebar(session.browser, RAHAMI_URL);
      await session.browser.evaluate(spoil, RAHAMI_URL);
      await session.browser.waitFor(`document.querySelector('[data-testid=forget-all]')`);
      await session.browser.evaluate(`document.querySelector('[data-testid=forget-all]').click()`);
      await session.browser.waitFor(`document.querySelector('[data-testid=forget-status]').textContent.includes('nothing is stored any more')`);

      await session.browser.open(RAHAMI_URL);
      await session.browser.waitFor(LAUNCHER_COUNTED, 60_000);
    });
  },
  { extraPages: [otherPage] },
);
