/**
 * Following a story, in both browsers, against the fake web: the reader follows the Rahami story
 * from the sidebar, the live page changes, and the `follow-check` alarm fires (through the test
 * build's hook, which runs the alarm's own handler for the time the alarm was set for). The
 * background reads the live page with no help from the tab: a notification says what changed,
 * the badge counts one story, and the followed-stories page lists the change. A live page that
 * fails (404, a paywall) is a note on the story's row, never a notification.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserName, BrowserSession } from '../support/browsers.ts';
import { inShadow, LAUNCHER_COUNTED } from '../support/hooks.ts';
import type { PageRoute } from '../support/servers.ts';
import { openScenario, RAHAMI_URL, rahamiScenario, type RunningScenario } from './scenarios.ts';

const LIVE = readFileSync(fileURLToPath(new URL('../fixtures/pages/nytimes-rahami-2022.html', import.meta.url)), 'utf8');
const HEADLINE = 'Ahmad Khan Rahami Is Arrested in Manhattan and New Jersey Bombings';
const NEW_HEADLINE = 'Ahmad Khan Rahami Is Charged in Manhattan and New Jersey Bombings';
const SENTENCE = 'was tracked down on Monday morning sleeping in the dank doorway of a neighborhood bar';
const NEW_SENTENCE = 'was found on Monday morning asleep in the doorway of a bar';

/** The live page with every `from` replaced by `to` (a headline is in the title, the metadata and the page), failing loudly if the fixture no longer holds `from`. */
function edited(html: string, from: string, to: string): string {
  if (!html.includes(from)) throw new Error(`the live fixture no longer holds "${from}"`);
  return html.replaceAll(from, to);
}

const livePage = (change: Partial<PageRoute>): PageRoute => ({ host: 'www.nytimes.com', path: new URL(RAHAMI_URL).pathname, ...change });
const byTestId = (id: string) => `document.querySelector('[data-testid=${id}]')`;
/** The extension's API in one of its own pages: `browser` in Firefox, `chrome` in Chromium. */
const API = `(globalThis.browser ?? globalThis.chrome)`;

for (const name of ['chromium', 'firefox'] as BrowserName[]) {
  describe(`following a story in ${name}`, () => {
    let running: RunningScenario | undefined;
    let browser: BrowserSession;
    beforeAll(async () => {
      running = await openScenario(name, rahamiScenario());
      browser = running.browser;
    });
    afterAll(() => running?.close());

    const fireFollowCheck = () => browser.evaluate<{ checked: number }>(`${API}.runtime.sendMessage({ type: 'follow:check-now' })`);
    /**
     * The notifications the extension made since `watchNotifications`: those still open
     * (getAll), and those shown or closed meanwhile, since headless Firefox closes each one as
     * soon as it is made.
     */
    const watchNotifications = () =>
      browser.evaluate(`(() => {
        const api = ${API};
        globalThis.seenNotifications = new Set();
        const note = (id) => globalThis.seenNotifications.add(id);
        api.notifications.onShown?.addListener(note);
        api.notifications.onClosed.addListener(note);
      })()`);
    const notifications = () =>
      browser.evaluate<string[]>(`${API}.notifications.getAll().then((open) => [...new Set([...Object.keys(open), ...globalThis.seenNotifications])])`);
    /** An absence can only be waited for: a notification made by the run would have shown well within this. */
    const noNotificationAfterAWhile = async () => {
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      expect(await notifications()).toEqual([]);
    };
    const badge = () => browser.evaluate<string>(`${API}.action.getBadgeText({})`);
    /** The followed-stories page, read again from the background. */
    const reloadList = async () => {
      // A mark the reloaded page no longer has: until it is gone, the list read is the old one.
      await browser.evaluate(`globalThis.beforeReload = true; setTimeout(() => location.reload(), 0)`);
      await browser.waitFor(`!globalThis.beforeReload && ${byTestId('followed-stories')}?.dataset.state === 'ready'`, 20_000);
      await watchNotifications();
    };
    const rowText = () => browser.evaluate<string>(`${byTestId('followed-story')}?.textContent ?? ''`);

    it('a followed story whose live page changed makes a notification, counts on the badge and shows its change on the followed-stories page', async () => {
      await browser.open(RAHAMI_URL);
      await browser.waitFor(LAUNCHER_COUNTED, 60_000);
      await browser.click('#article-history-root >>> [data-testid=launcher]');
      await browser.waitFor(inShadow('[data-testid=follow]'), 30_000);
      expect(await browser.evaluate(`${inShadow('[data-testid=follow]')}.getAttribute('aria-pressed')`)).toBe('false');
      await browser.click('#article-history-root >>> [data-testid=follow]');
      await browser.waitFor(`${inShadow('[data-testid=follow]')}.getAttribute('aria-pressed') === 'true'`);

      const page = await browser.followNewTab(() => browser.click('#article-history-root >>> [data-testid=open-followed]'));
      expect(new URL(page).pathname).toBe('/src/followed/followed.html');
      await browser.waitFor(`${byTestId('followed-stories')}?.dataset.state === 'ready'`, 20_000);
      await watchNotifications();
      expect(await rowText()).toContain(HEADLINE);
      expect(await badge()).toBe('');

      running!.servers.addPage(livePage({ body: edited(edited(LIVE, HEADLINE, NEW_HEADLINE), SENTENCE, NEW_SENTENCE) }));
      expect(await fireFollowCheck()).toEqual({ checked: 1 });

      // Headless Firefox closes a notification as soon as it is made: its events may come a moment after the run.
      for (let tries = 0; tries < 50 && (await notifications()).length === 0; tries++) await new Promise((resolve) => setTimeout(resolve, 100));
      expect(await notifications()).toEqual([`follow ${RAHAMI_URL}`]);
      expect(await badge()).toBe('1');
      await reloadList();
      const row = await rowText();
      expect(row).toContain(NEW_HEADLINE);
      expect(row).toContain('Headline changed; 1 paragraph rewritten');
      expect(await browser.evaluate(`${byTestId('followed-story')}.dataset.unseen`)).toBe('true');
    });

    it('a live page that fails (404, then a paywall) makes no notification and is noted on the row', async () => {
      await browser.evaluate(`${API}.notifications.clear(${JSON.stringify(`follow ${RAHAMI_URL}`)})`);
      await reloadList();
      expect(await notifications()).toEqual([]);

      running!.servers.addPage(livePage({ status: 404, body: '<!doctype html><title>Page Not Found</title><h1>Page Not Found</h1><p>We are sorry.</p>' }));
      expect(await fireFollowCheck()).toEqual({ checked: 1 });
      await noNotificationAfterAWhile();
      await reloadList();
      expect(await browser.evaluate(`${byTestId('followed-failure')}?.dataset.failure`)).toBe('not-found');

      // A paywalled read of a page with yet another headline: partial, so not an edit.
      const paywalled = edited(edited(LIVE, HEADLINE, 'Rahami Arrested'), '</body>', '<div id="gateway-content">Subscribe to continue reading</div></body>');
      running!.servers.addPage(livePage({ body: paywalled }));
      expect(await fireFollowCheck()).toEqual({ checked: 1 });
      await noNotificationAfterAWhile();
      await reloadList();
      expect(await browser.evaluate(`${byTestId('followed-failure')}?.dataset.failure`)).toBe('partial');
      expect(await rowText()).not.toContain('Rahami Arrested');
      // The badge still counts the one change the reader has not seen, and no more.
      expect(await badge()).toBe('1');
    });
  });
}
