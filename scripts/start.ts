/**
 * `npm start`: builds the extension and opens Chromium with it on a real NYT article whose
 * earlier versions are served offline by the fake archive, with the sidebar open. Without a
 * display it runs headless, writes demo.png and exits.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { launchBrowser } from '../test/support/browsers.ts';
import { startTestServers } from '../test/support/servers.ts';
import { HOSTNAMES, RAHAMI_URL, rahamiScenario } from '../test/e2e/scenarios.ts';

const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;

execFileSync('npx', ['tsx', 'scripts/build.ts'], { stdio: 'inherit' });

const scenario = rahamiScenario();
const servers = await startTestServers({ pages: scenario.pages, archive: scenario.archive, hostnames: HOSTNAMES });
const browser = await launchBrowser('chromium', { extensionDir: resolve('dist/chrome'), servers, hostnames: HOSTNAMES, headless });

const inShadow = (selector: string) => `document.getElementById('article-history-root')?.shadowRoot?.querySelector(${JSON.stringify(selector)})`;

await browser.open(RAHAMI_URL);
await browser.waitFor(`/\\d+ versions/.test(${inShadow('[data-testid=launcher]')}?.textContent ?? '')`, 60_000);
await browser.evaluate(`${inShadow('[data-testid=launcher]')}.click()`);
await browser.waitFor(`${inShadow('[data-testid=change]')}`, 60_000);
// The most telling pair for this story: the breaking version against the page as it is now.
await browser.evaluate(`${inShadow('[data-testid=version] input[name=from]')}?.click()`);
await browser.waitFor(`${inShadow('[data-testid=status]')}?.dataset.state === 'done'`, 60_000);
await browser.waitFor(`${inShadow('[data-testid=change]')}`, 30_000);

if (headless) {
  const path = resolve('demo.png');
  await browser.screenshot(path);
  console.log(`No display: ran headless and saved the sidebar on ${RAHAMI_URL} to ${path}`);
  await browser.close();
  await servers.close();
} else {
  console.log(`Chromium is open on ${RAHAMI_URL} with Article History loaded (archive served offline). Close it or press Ctrl-C to stop.`);
  const stop = async () => {
    await browser.close().catch(() => undefined);
    await servers.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
}
