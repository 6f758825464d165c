/**
 * Following a story, in both browsers, against the fake web: the reader follows the Rahami story
 * from the sidebar, the live page changes, and the `follow-check` alarm fires (through the test
 * build's hook, which runs the alarm's own handler for the time the alarm was set for). The
 * background reads the live page with no help from the tab: a notification says what changed,
 * the badge counts one story, the followed-stories page lists the change, and the feeds it
 * exports hold the change once, with the changed words. A live page that fails (404, a paywall)
 * is a note on the story's row, never a notification.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DOMParser, type Element as XmlElement } from '@xmldom/xmldom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ATOM_NS } from '../../src/core/export/atom.ts';
import type { HistoryExport } from '../../src/core/export/json.ts';
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

/** A feed's entries as a feed reader reads them; the parse fails on anything not well-formed. */
function feedEntries(xml: string) {
  const feed = new DOMParser({ onError: (level, message) => { if (level !== 'warning') throw new Error(message); } }).parseFromString(xml, 'application/xml');
  const text = (entry: XmlElement, name: string) => entry.getElementsByTagNameNS(ATOM_NS, name)[0]?.textContent ?? '';
  return Array.from(feed.getElementsByTagNameNS(ATOM_NS, 'entry')).map((entry) => ({ id: text(entry, 'id'), title: text(entry, 'title'), content: text(entry, 'content') }));
}

/** The words the check found changed, as a feed entry's content marks them. */
const CHANGED_WORDS = ['<del>Arrested</del><ins>Charged</ins>', '<del>tracked down</del><ins>found</ins>'];
const holdsTheChange = (content: string) => CHANGED_WORDS.every((words) => content.includes(words));

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

    it('the followed-stories page exports the change: the feed of every followed story and the story\'s own feed hold it once, with the changed words', async () => {
      const all = await browser.download(() => browser.click('[data-testid=export-followed-feed]'));
      expect(all.name).toBe('followed-stories.atom');
      const entries = feedEntries(all.text);
      const changed = entries.filter((entry) => holdsTheChange(entry.content));
      expect(changed).toHaveLength(1);
      // Newest first: the change the check found comes before the archive's older ones.
      expect(entries[0]).toEqual(changed[0]);
      expect(changed[0]!.title).toBe(`${NEW_HEADLINE} — Headline changed; 1 paragraph rewritten`);

      const own = await browser.download(() => browser.click('[data-testid=followed-story] [data-testid=export-atom]'));
      expect(own.name).toBe('ahmad-khan-rahami-is-charged-in-manhattan-and-new-jersey.history.atom');
      const ownEntries = feedEntries(own.text);
      expect(ownEntries.filter((entry) => holdsTheChange(entry.content))).toEqual([{ ...changed[0]!, title: 'Headline changed; 1 paragraph rewritten' }]);
      expect(ownEntries.map((entry) => entry.id)).toEqual(entries.map((entry) => entry.id));

      const json = await browser.download(() => browser.click('[data-testid=followed-story] [data-testid=export-json]'));
      const data = JSON.parse(json.text) as HistoryExport;
      expect(data.url).toBe(RAHAMI_URL);
      expect(data.versions.at(-1)!.title).toBe(NEW_HEADLINE);
      const markdown = await browser.download(() => browser.click('[data-testid=followed-story] [data-testid=export-markdown]'));
      expect(markdown.text.split('\n')[0]).toBe(`# ${NEW_HEADLINE}`);
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
