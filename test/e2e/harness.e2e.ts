/**
 * The harness itself, in both browsers, with a throwaway MV3 extension: its content script
 * runs on a real hostname served locally, its background fetches https://web.archive.org
 * (the fake archive, self-signed certificate) and reports back, and clicks and keys reach an
 * open shadow root. If this fails, every other e2e test would fail for a reason of its own.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type BrowserName, type BrowserSession } from '../support/browsers.ts';
import { FakeArchive } from '../support/fake-archive.ts';
import { startTestServers, type TestServers } from '../support/servers.ts';

const ARTICLE = 'https://www.nytimes.com/2016/09/20/nyregion/harness.html';
const HOSTNAMES = ['www.nytimes.com', 'web.archive.org'];

const CONTENT_SCRIPT = `
document.documentElement.setAttribute('data-smoke-content', 'ran');
console.log('smoke content script ran');
const host = document.createElement('div');
host.id = 'article-history-root';
const root = host.attachShadow({ mode: 'open' });
const button = document.createElement('button');
button.dataset.testid = 'launcher';
button.textContent = 'launcher';
button.style.cssText = 'position:fixed;right:10px;bottom:10px;width:120px;height:40px';
button.addEventListener('click', () => { button.dataset.clicked = 'yes'; button.focus(); });
button.addEventListener('keydown', (e) => { button.dataset.key = (e.altKey ? 'Alt+' : '') + e.key; });
root.append(button);
document.documentElement.append(host);
chrome.runtime.sendMessage({ type: 'cdx' }, (answer) => {
  document.documentElement.setAttribute('data-smoke-fetch', JSON.stringify(answer));
});
`;

const BACKGROUND = `
chrome.runtime.onMessage.addListener((message, _sender, sendResponse) => {
  console.log('smoke background: asked for', message.type);
  fetch('https://web.archive.org/cdx/search/cdx?url=${ARTICLE}&output=json&fl=timestamp,original')
    .then(async (r) => sendResponse({ status: r.status, body: await r.text() }))
    .catch((e) => sendResponse({ error: String(e) }));
  return true;
});
`;

async function writeExtension(dir: string, browser: BrowserName): Promise<void> {
  const manifest = {
    manifest_version: 3,
    name: 'harness smoke',
    version: '1.0',
    host_permissions: ['https://web.archive.org/*', 'https://www.nytimes.com/*'],
    content_scripts: [{ matches: ['https://www.nytimes.com/*'], js: ['content.js'], run_at: 'document_idle' }],
    background: browser === 'chromium' ? { service_worker: 'background.js' } : { scripts: ['background.js'] },
    ...(browser === 'firefox' ? { browser_specific_settings: { gecko: { id: 'harness-smoke@article-history.test' } } } : {}),
  };
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest));
  await writeFile(join(dir, 'content.js'), CONTENT_SCRIPT);
  await writeFile(join(dir, 'background.js'), BACKGROUND);
}

for (const name of ['chromium', 'firefox'] as BrowserName[]) {
  describe(`the e2e harness in ${name}`, () => {
    let extensionDir: string;
    let archive: FakeArchive;
    let servers: TestServers;
    let browser: BrowserSession;

    beforeAll(async () => {
      extensionDir = await mkdtemp(join(tmpdir(), 'harness-smoke-ext-'));
      await writeExtension(extensionDir, name);
      archive = new FakeArchive([{ url: ARTICLE, timestamp: '20160919204901', body: '<html><body><p>then</p></body></html>' }]);
      servers = await startTestServers({
        pages: [{ host: 'www.nytimes.com', path: new URL(ARTICLE).pathname, body: '<!doctype html><title>now</title><p>now</p>' }],
        archive,
        hostnames: HOSTNAMES,
      });
      browser = await launchBrowser(name, { extensionDir, servers, hostnames: HOSTNAMES });
    });

    afterAll(async () => {
      await browser?.close();
      await servers?.close();
      if (extensionDir) await rm(extensionDir, { recursive: true, force: true });
    });

    it('serves the article under its real hostname and runs the content script on it', async () => {
      await browser.open(ARTICLE);
      expect(await browser.evaluate(() => document.title)).toBe('now');
      await browser.waitFor(`document.documentElement.dataset.smokeContent === 'ran'`);
      expect(servers.pages.requests).toContainEqual({ host: 'www.nytimes.com', path: new URL(ARTICLE).pathname });
    });

    it("collects the page's console, and in Chromium the service worker's", async () => {
      await browser.evaluate(() => console.warn('from the test page'));
      await browser.waitFor(() => document.documentElement.hasAttribute('data-smoke-fetch'), 20_000);
      expect(browser.logs).toContainEqual('[page] warn: from the test page');
      if (name === 'chromium') expect(browser.logs).toContainEqual('[worker] log: smoke background: asked for cdx');
    });

    it("lets the extension's background fetch the fake archive over HTTPS", async () => {
      await browser.waitFor(() => document.documentElement.hasAttribute('data-smoke-fetch'), 20_000);
      const answer = await browser.evaluate<{ status?: number; body?: string; error?: string }>(
        (attr: string) => JSON.parse(document.documentElement.getAttribute(attr) ?? '{}'),
        'data-smoke-fetch',
      );
      expect(answer.error).toBeUndefined();
      expect(answer.status).toBe(200);
      expect(JSON.parse(answer.body ?? '')).toEqual([
        ['timestamp', 'original'],
        ['20160919204901', ARTICLE],
      ]);
      expect(archive.requests.map((r) => r.url)).toContainEqual(expect.stringMatching(/^\/cdx\/search\/cdx\?/));
    });

    it('clicks and types into the open shadow root', async () => {
      await browser.click('#article-history-root >>> [data-testid=launcher]');
      const launcher = `document.getElementById('article-history-root').shadowRoot.querySelector('[data-testid=launcher]')`;
      await browser.waitFor(`${launcher}.dataset.clicked === 'yes'`);
      await browser.pressKey('Alt+K');
      await browser.waitFor(`${launcher}.dataset.key?.toLowerCase() === 'alt+k'`);
    });

    it('reaches nothing but the hosts it serves', async () => {
      const status = await browser.evaluate(() =>
        fetch('https://example.com/', { mode: 'no-cors' }).then(
          () => 'reached',
          () => 'refused',
        ),
      );
      expect(status).toBe('refused');
    });
  });
}
