/**
 * The page is not trusted. Its scripts can dispatch key presses on its own document and click
 * its own paragraphs; the sidebar acts only on the reader's input. (The shipped build also
 * closes the shadow root, which `npm test` checks on the shipped build; these tests run the
 * test build, whose root is open for the drivers.)
 */
import { expect, it } from 'vitest';
import { allInShadow, HISTORY_DONE, inShadow, LAUNCHER_COUNTED } from '../support/hooks.ts';
import { inEachBrowser } from './each-browser.ts';
import { RAHAMI_URL, rahamiScenario } from './scenarios.ts';

const ACTIVE = `${allInShadow('[data-testid=change]')}.findIndex((c) => c.getAttribute('aria-current') === 'true')`;

inEachBrowser('', rahamiScenario, (session) => {
  it("does not move, open or close for key presses and clicks the page's own scripts make", async () => {
    await session.browser.open(RAHAMI_URL);
    await session.browser.waitFor(LAUNCHER_COUNTED, 60_000);
    await session.browser.click('#article-history-root >>> [data-testid=launcher]');
    await session.browser.waitFor(HISTORY_DONE, 60_000);
    await session.browser.waitFor(`document.querySelectorAll('[data-article-history]').length > 0`, 20_000);

    // What a hostile page can do from its own script: synthetic keys and clicks.
    await session.browser.evaluate(`(() => {
      for (const key of ['j', 'j', ']', 'Escape']) document.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
      document.querySelector('[data-article-history]').click();
    })()`);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await session.browser.evaluate(ACTIVE)).toBe(-1);
    expect(await session.browser.evaluate(`!!${inShadow('[data-testid=popover]')}`)).toBe(false);
    expect(await session.browser.evaluate(`!!${inShadow('[data-testid=sidebar]')}`)).toBe(true);

    // The reader's own key press still works.
    await session.browser.pressKey('j');
    await session.browser.waitFor(`${ACTIVE} >= 0`);
  });
});
