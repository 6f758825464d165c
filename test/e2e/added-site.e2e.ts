/**
 * A site the reader adds, in both browsers: a real Focus story (a publisher no site file
 * covers) and a section front of the same site. Before the site is added its pages get nothing;
 * the toolbar button offers it, the offer's click asks for the origin and the extension
 * registers its content script; the story then shows its history from the archive, while the
 * section front still gets nothing; removing the site in the options page takes the script and
 * the permission away again.
 *
 * What stands in for the reader: clicks on the toolbar button and in its popup are the
 * browser's own (see clickToolbarButton), and the browser's permission prompt is answered yes
 * as allowSiteAccess says. The extension's request at the click, the registration, the content
 * script and the removal are the extension's own code, unchanged.
 */
import { gunzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { launchBrowser, type BrowserSession } from '../support/browsers.ts';
import { startTestServers } from '../support/servers.ts';
import { FakeArchive } from '../support/fake-archive.ts';
import { LAUNCHER_COUNTED, SHADOW_ROOT } from '../support/hooks.ts';
import { inEachBrowser } from './each-browser.ts';
import { openSettingsFromSidebar } from './open-settings.ts';
import { HOSTNAMES, type Scenario } from './scenarios.ts';

const FOCUS_URL = 'https://www.focus.de/kaufberatung/deals_angebote/may-the-4th-be-with-you-lego-feiert-den-star-wars-tag-mit-neuen-sets-und-exklusiven-geschenken_id_92942238.html';
const SECTION_URL = 'https://www.focus.de/kaufberatung/deals_angebote/';
const ORIGIN = 'https://www.focus.de';
const fixture = (path: string) => fileURLToPath(new URL(`../fixtures/${path}`, import.meta.url));

/**
 * The page as the test servers can serve it: without its scripts (ads, analytics, consent) and
 * its two shopping-widget frames, all from hosts they do not serve, which in Firefox opened a
 * blank window of their own and failed the tab's navigations. The JSON-LD stays: it is the page's
 * own word that it is a story.
 */
const liveHtml = gunzipSync(readFileSync(fixture('fundus/de/Focus_2023_04_28.html.gz')))
  .toString('utf8')
  .replace(/<script\b(?![^>]*application\/ld\+json)[^>]*>[\s\S]*?<\/script>/g, '')
  .replace(/<iframe\b[^>]*widget\.focus\.de[^>]*>\s*<\/iframe>/g, '');
const live = Buffer.from(liveHtml, 'utf8');
/** An earlier copy in the archive: the same page before one word of its first paragraph was edited. */
const earlier = Buffer.from(liveHtml.replaceAll('Bald heißt es wieder', 'Bald heißt es erneut'), 'utf8');

function focusScenario(): Scenario {
  const archive = new FakeArchive([{ url: FOCUS_URL, timestamp: '20230428120000', body: earlier }]);
  return {
    archive,
    pages: [
      { host: 'www.focus.de', path: new URL(FOCUS_URL).pathname, body: live },
      { host: 'www.focus.de', path: new URL(SECTION_URL).pathname, file: fixture('pages/written/focus-section-front.html') },
    ],
  };
}

/** Long enough for a content script that runs at document_idle to have shown its launcher and asked the archive. */
const SETTLE_MS = 3_000;
const settle = () => new Promise((resolve) => setTimeout(resolve, SETTLE_MS));

async function hasLauncher(browser: BrowserSession): Promise<boolean> {
  return browser.evaluate<boolean>(`!!${SHADOW_ROOT}`);
}

/** Runs in an extension page: the content scripts the extension registered, and the origins it holds. */
const EXTENSION_STATE = `(async () => {
  const api = globalThis.browser ?? globalThis.chrome;
  const scripts = await api.scripting.getRegisteredContentScripts();
  const { origins } = await api.permissions.getAll();
  return { scripts: scripts.map((s) => ({ id: s.id, matches: s.matches })), origins };
})()`;

inEachBrowser('a site the reader adds', focusScenario, (session) => {
  const archiveAskedFor = (url: string) => session.scenario.archive.requests.filter((r) => decodeURIComponent(r.url).includes(url));

  it('before it is added, a story of the site gets no launcher and nothing is sent', async () => {
    await session.browser.open(FOCUS_URL);
    await settle();
    expect(await hasLauncher(session.browser)).toBe(false);
    expect(archiveAskedFor('focus.de')).toEqual([]);
  });

  it('the toolbar button offers the site; accepting adds it, and the story shows its history from the archive', async () => {
    const { browser } = session;
    // The popup reloads the page it was opened on, which then shows its history.
    await addFocusSite(browser);
    expect(await browser.evaluate<string>(`${SHADOW_ROOT}.querySelector('[data-testid=launcher]').textContent`)).toMatch(/2 versions/);
    expect(archiveAskedFor(FOCUS_URL).some((r) => r.url.startsWith('/cdx/search/cdx'))).toBe(true);

    // Once the site is added, the toolbar button opens its story's history, as on a supported site.
    await browser.clickToolbarButton();
    await browser.waitFor(`${SHADOW_ROOT}?.querySelector('[data-testid=status]')`, 15_000);
    expect(await browser.toolbarPopupTitle()).toBeNull();
  });

  it('a page of the added site that is not a story gets no launcher and sends nothing', async () => {
    const before = session.scenario.archive.requests.length;
    await session.browser.open(SECTION_URL);
    await settle();
    expect(await hasLauncher(session.browser)).toBe(false);
    expect(session.scenario.archive.requests.slice(before)).toEqual([]);
  });

  it('removing the site in the options page unregisters its script and gives the permission back; its story then gets nothing', async () => {
    const { browser } = session;
    await openSettingsFromSidebar(browser, FOCUS_URL);
    await browser.waitFor(`document.querySelector('[data-testid=added-sites] [data-origin="${ORIGIN}"]')`);
    const added = await browser.evaluate<{ scripts: { id: string; matches: string[] }[]; origins: string[] }>(EXTENSION_STATE);
    expect(added.scripts).toEqual([{ id: `added-site ${ORIGIN}`, matches: [`${ORIGIN}/*`] }]);
    expect(added.origins).toContain(`${ORIGIN}/*`);

    await browser.click(`[data-origin="${ORIGIN}"] [data-testid=remove-site]`);
    await browser.waitFor(`document.querySelector('[data-testid=added-sites-none]')`);
    const removed = await browser.evaluate<{ scripts: unknown[]; origins: string[] }>(EXTENSION_STATE);
    expect(removed.scripts).toEqual([]);
    expect(removed.origins).not.toContain(`${ORIGIN}/*`);

    const before = session.scenario.archive.requests.length;
    await browser.open(FOCUS_URL);
    await settle();
    expect(await hasLauncher(browser)).toBe(false);
    expect(session.scenario.archive.requests.slice(before)).toEqual([]);
  });
});

/** Adds the Focus site through the toolbar, as the tests above do, and waits for its story's launcher. */
async function addFocusSite(browser: BrowserSession): Promise<void> {
  await browser.allowSiteAccess(`${ORIGIN}/*`);
  await browser.open(FOCUS_URL);
  await browser.clickToolbarButton();
  await expect.poll(() => browser.toolbarPopupTitle(), { timeout: 15_000 }).toBe('Show history for articles on www.focus.de');
  await browser.clickToolbarPopupButton();
  await browser.waitFor(LAUNCHER_COUNTED, 30_000);
}

// Firefox installs a test build as a temporary add-on, which it uninstalls when it quits: only Chromium can be restarted with the extension.
describe('a site the reader added, after the browser restarts, in chromium', () => {
  it('is still listed in the options page, and its stories still show their history', async () => {
    const scenario = focusScenario();
    const servers = await startTestServers({ pages: scenario.pages, archive: scenario.archive, hostnames: HOSTNAMES });
    const profileDir = await mkdtemp(join(tmpdir(), 'article-history-restart-'));
    const launch = () => launchBrowser('chromium', { extensionDir: resolve('dist/chrome'), servers, hostnames: HOSTNAMES, profileDir });
    try {
      const first = await launch();
      try {
        await addFocusSite(first);
      } finally {
        await first.close();
      }
      const again = await launch();
      try {
        await again.open(FOCUS_URL);
        await again.waitFor(LAUNCHER_COUNTED, 30_000);
        await openSettingsFromSidebar(again, FOCUS_URL);
        await again.waitFor(`document.querySelector('[data-testid=added-sites] [data-origin="${ORIGIN}"]')`);
      } finally {
        await again.close();
      }
    } finally {
      await servers.close();
      await rm(profileDir, { recursive: true, force: true });
    }
  });

  // What the background's start puts right: a browser or an update of the extension that did not
  // keep the registered script. A story already open when the background starts, as a browser's
  // restored tabs are, gets the script injected.
  it('a story open while the extension starts without its registered script gets its history too', async () => {
    const scenario = focusScenario();
    const servers = await startTestServers({ pages: scenario.pages, archive: scenario.archive, hostnames: HOSTNAMES });
    const browser = await launchBrowser('chromium', { extensionDir: resolve('dist/chrome'), servers, hostnames: HOSTNAMES });
    try {
      await addFocusSite(browser);
      // The script gone, as a browser that did not keep it leaves it: the story loads without it.
      await openSettingsFromSidebar(browser, FOCUS_URL);
      await browser.evaluate(`(globalThis.browser ?? globalThis.chrome).scripting.unregisterContentScripts()`);
      await browser.open(FOCUS_URL);
      await settle();
      expect(await hasLauncher(browser)).toBe(false);
      // The background starts again while the story is open: stopped, then woken by the reader's click on the toolbar button.
      await browser.stopExtensionWorker();
      await browser.clickToolbarButton();
      await browser.waitFor(LAUNCHER_COUNTED, 30_000);
    } finally {
      await browser.close();
      await servers.close();
    }
  });
});
