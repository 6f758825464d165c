/**
 * The archive rate-limits us, in both real browsers: the reader sees the rate-limited status
 * with the versions known so far, and after repeated 429s the extension stops asking, for this
 * story and for the next one the reader opens (the pause is shared by every job and kept in
 * IndexedDB, not in a timer).
 */
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { inShadow } from '../support/hooks.ts';
import { inEachBrowser } from './each-browser.ts';
import { RAHAMI_URL, rahamiScenario } from './scenarios.ts';

const SECOND_STORY = 'https://www.nytimes.com/2019/02/21/nyregion/winter-weather-manholes-pipes.html';
const secondPage = { host: 'www.nytimes.com', path: new URL(SECOND_STORY).pathname, file: resolve('test/fixtures/pages/nytimes-3.html') };

inEachBrowser(
  'an archive that rate-limits',
  rahamiScenario,
  (session) => {
    it('tells the reader, then asks nothing more of the archive until the pause ends, for any story', async () => {
      session.scenario.archive.setFault({ kind: 'rate-limit' });
      await session.browser.open(RAHAMI_URL);
      await session.browser.waitFor(`${inShadow('[data-testid=launcher]')}`, 30_000);
      await session.browser.click('#article-history-root >>> [data-testid=launcher]');
      await session.browser.waitFor(`${inShadow('[data-testid=status]')}?.dataset.state === 'rate-limited'`, 60_000);
      // The first request and its two retries: three 429s start the pause.
      expect(session.scenario.archive.requests.map((r) => r.url.split('?')[0])).toEqual(['/cdx/search/cdx', '/cdx/search/cdx', '/cdx/search/cdx']);
      expect(await session.browser.evaluate(`${inShadow('[data-testid=status]')}.textContent`)).toMatch(/\d+ min/);

      // The reader reads another story: its job waits out the same pause without a request.
      await session.browser.open(SECOND_STORY);
      await session.browser.waitFor(`${inShadow('[data-testid=launcher]')}`, 30_000);
      await session.browser.click('#article-history-root >>> [data-testid=launcher]');
      await session.browser.waitFor(`${inShadow('[data-testid=status]')}?.dataset.state === 'rate-limited'`, 60_000);
      // And the first story again, reloaded.
      await session.browser.open(RAHAMI_URL);
      await session.browser.waitFor(`${inShadow('[data-testid=launcher]')}`, 30_000);
      await new Promise((r) => setTimeout(r, 1500));
      expect(session.scenario.archive.requests).toHaveLength(3);
    });
  },
  { extraPages: [secondPage] },
);
