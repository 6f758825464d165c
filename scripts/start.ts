/**
 * `npm start`: builds the extension and opens Chromium with it on a real NYT article whose
 * earlier versions are served offline by the fake archive, with the sidebar open. Without a
 * display it runs headless, writes demo.png and exits.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { HISTORY_DONE, inShadow, LAUNCHER_COUNTED } from '../test/support/hooks.ts';
import { openScenario, RAHAMI_URL, rahamiScenario } from '../test/e2e/scenarios.ts';

const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;

// The demo drives the sidebar through its test hooks, so it runs the test build (an open shadow root).
execFileSync('npx', ['tsx', 'scripts/build.ts'], { stdio: 'inherit', env: { ...process.env, ARTICLE_HISTORY_TEST_HOOKS: '1' } });

const running = await openScenario('chromium', rahamiScenario(), { headless });
const { browser } = running;

await browser.open(RAHAMI_URL);
await browser.waitFor(LAUNCHER_COUNTED, 60_000);
await browser.evaluate(`${inShadow('[data-testid=launcher]')}.click()`);
await browser.waitFor(HISTORY_DONE, 60_000);
await browser.waitFor(inShadow('[data-testid=change]'), 30_000);

if (headless) {
  const path = resolve('demo.png');
  await browser.screenshot(path);
  console.log(`No display: ran headless and saved the sidebar on ${RAHAMI_URL} to ${path}`);
  await running.close();
} else {
  console.log(`Chromium is open on ${RAHAMI_URL} with Article History loaded (archive served offline). Close it or press Ctrl-C to stop.`);
  process.on('SIGINT', () => {
    void running
      .close()
      .catch(() => undefined)
      .finally(() => process.exit(0));
  });
}
