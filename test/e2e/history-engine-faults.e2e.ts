/**
 * The archive misbehaves, in both real browsers. It rate-limits us: the reader sees the
 * rate-limited status with the versions known so far, and after a 429 the extension stops
 * asking, for this story and for the next one the reader opens (the pause is shared by every
 * job and kept in IndexedDB, not in a timer). It redirects: the extension follows each hop
 * itself (the browser hides where a redirect goes from fetch(); webRequest tells), and cuts a
 * loop short.
 */
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { allInShadow, HISTORY_DONE, inShadow, LAUNCHER_COUNTED } from '../support/hooks.ts';
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
      // A 429 without Retry-After: not one more request for a minute, from any job.
      expect(session.scenario.archive.requests.map((r) => r.url.split('?')[0])).toEqual(['/cdx/search/cdx']);
      expect(await session.browser.evaluate(`${inShadow('[data-testid=status]')}.textContent`)).toMatch(/checking again in 1 min/);

      // The reader reads another story: its job waits out the same pause without a request.
      await session.browser.open(SECOND_STORY);
      await session.browser.waitFor(`${inShadow('[data-testid=launcher]')}`, 30_000);
      await session.browser.click('#article-history-root >>> [data-testid=launcher]');
      await session.browser.waitFor(`${inShadow('[data-testid=status]')}?.dataset.state === 'rate-limited'`, 60_000);
      // And the first story again, reloaded.
      await session.browser.open(RAHAMI_URL);
      await session.browser.waitFor(`${inShadow('[data-testid=launcher]')}`, 30_000);
      await new Promise((r) => setTimeout(r, 1500));
      expect(session.scenario.archive.requests).toHaveLength(1);
    });
  },
  { extraPages: [secondPage] },
);

inEachBrowser(
  'an archive that redirects',
  rahamiScenario,
  (session) => {
    it('follows a redirect within the archive to the capture, hop by hop', async () => {
      const { archive } = session.scenario;
      // The 2019 capture is first sent to an inexact time, which the archive sends back to the capture.
      const handle = archive.handle.bind(archive);
      let detoured = false;
      archive.handle = (req, res) => {
        if (!detoured && req.url?.includes('/web/20191016111656id_/')) {
          detoured = true;
          return void res.writeHead(302, { Location: `https://web.archive.org${req.url.replace(/^https?:\/\/[^/]+/, '').replace('20191016111656', '20191016111650')}` }).end();
        }
        handle(req, res);
      };
      await session.browser.open(RAHAMI_URL);
      await session.browser.waitFor(LAUNCHER_COUNTED, 60_000);
      await session.browser.click('#article-history-root >>> [data-testid=launcher]');
      await session.browser.waitFor(HISTORY_DONE, 60_000);
      expect(await session.browser.evaluate(`${allInShadow('[data-testid=version]')}.length`)).toBe(3);
      // The detour (answered before the archive logs it), then the two hops after it.
      expect(detoured).toBe(true);
      expect(archive.requests.map((r) => r.url.replace(/\/https:.*$/, '')).filter((u) => u.startsWith('/web/2019'))).toEqual([
        '/web/20191016111650id_',
        '/web/20191016111656id_',
      ]);
    });

    it('cuts a redirect loop after five requests and says the archive sent us in circles', async () => {
      const { archive } = session.scenario;
      archive.setFault({ kind: 'redirect-loop' }, 'cdx');
      const before = archive.requests.length;
      await session.browser.open(SECOND_STORY);
      await session.browser.waitFor(`${inShadow('[data-testid=launcher]')}`, 30_000);
      await session.browser.click('#article-history-root >>> [data-testid=launcher]');
      await session.browser.waitFor(`${inShadow('[data-testid=status]')}?.dataset.state === 'failed'`, 60_000);
      expect(await session.browser.evaluate(`${inShadow('[data-testid=status]')}.textContent`)).toMatch(/sent us in circles/);
      await new Promise((r) => setTimeout(r, 1500));
      expect(archive.requests.slice(before).map((r) => r.url.split('?')[0])).toEqual(Array(5).fill('/cdx/search/cdx'));
    });
  },
  { extraPages: [secondPage] },
);
