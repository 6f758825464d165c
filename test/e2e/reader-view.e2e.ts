/**
 * The reader's view in both real browsers: picking versions, keyboard, the marks on the live
 * article and their popover, and isolation from a hostile page stylesheet.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { allInShadow, HISTORY_DONE, inShadow, LAUNCHER_COUNTED, SHADOW_ROOT } from '../support/hooks.ts';
import { inEachBrowser } from './each-browser.ts';
import { RAHAMI_URL, rahamiScenario } from './scenarios.ts';
const SCREENSHOTS = resolve('artifacts/screenshots');
/** The computed look of every paragraph of the page, in document order. */
const PARAGRAPH_LOOKS = `[...document.querySelectorAll('p')].map((p) => { const s = getComputedStyle(p); return [s.fontSize, s.backgroundColor, s.marginLeft, s.display].join('|'); })`;

inEachBrowser("the reader's view", rahamiScenario, (session, name) => {
  /** The page as the site styles it, before the sidebar or its marks were ever shown. */
  let looksBeforeSidebar: string[];

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    await session.browser.open(RAHAMI_URL);
    await session.browser.waitFor(LAUNCHER_COUNTED, 60_000);
    looksBeforeSidebar = await session.browser.evaluate<string[]>(PARAGRAPH_LOOKS);
  });

  it('opens with focus in the sidebar, and marks the changed and added paragraphs on the page', async () => {
    await session.browser.click('#article-history-root >>> [data-testid=launcher]');
    await session.browser.waitFor(HISTORY_DONE, 60_000);
    expect(await session.browser.evaluate(`${SHADOW_ROOT}.activeElement?.id`)).toBe('article-history-title');
    // Compare the breaking news version with the page as it is now.
    await session.browser.click(`#article-history-root >>> [data-testid=version] input[name=from]`);
    await session.browser.waitFor(`document.querySelectorAll('[data-article-history="added"]').length > 5`, 20_000);
    const marked = await session.browser.evaluate<string | null>(
      `[...document.querySelectorAll('p')].find((p) => p.textContent.includes('indiscriminately firing'))?.getAttribute('data-article-history') ?? null`,
    );
    expect(marked).toBe('changed');
    expect(await session.browser.evaluate(`document.querySelectorAll('article-history-removed').length`)).toBeGreaterThan(0);
    await session.browser.screenshot(resolve(SCREENSHOTS, `${name}-light.png`));
  });

  // Puppeteer can emulate prefers-color-scheme only over CDP, which Firefox does not have.
  it.skipIf(name === 'firefox')('follows the dark colour scheme', async () => {
    await session.browser.colorScheme('dark');
    const background = await session.browser.evaluate<string>(`getComputedStyle(${inShadow('[data-testid=sidebar]')}).backgroundColor`);
    expect(background).toBe('rgb(24, 28, 34)');
    await session.browser.screenshot(resolve(SCREENSHOTS, `${name}-dark.png`));
    await session.browser.colorScheme('light');
  });

  it('shows the earlier text of a marked paragraph in a popover', async () => {
    await session.browser.evaluate(
      `[...document.querySelectorAll('p')].find((p) => p.textContent.includes('indiscriminately firing')).setAttribute('data-test-target', '')`,
    );
    await session.browser.click('[data-test-target]');
    await session.browser.waitFor(`${inShadow('[data-testid=popover]')}`, 10_000);
    const popover = await session.browser.evaluate<string>(`${inShadow('[data-testid=popover] del')}?.textContent ?? ''`);
    expect(popover).toContain('indiscriminantly');
    await session.browser.screenshot(resolve(SCREENSHOTS, `${name}-overlay.png`));
    await session.browser.pressKey('Escape');
    await session.browser.waitFor(`!${inShadow('[data-testid=popover]')}`, 5_000);
    expect(await session.browser.evaluate(`!!${inShadow('[data-testid=sidebar]')}`)).toBe(true);
  });

  it('scrolls the page to a change clicked in the sidebar and flashes it', async () => {
    await session.browser.click('#article-history-root >>> [data-testid=change][data-kind=added]');
    await session.browser.waitFor(`document.querySelector('[data-article-history-flash]')?.getAttribute('data-article-history') === 'added'`, 5_000);
  });

  it('steps through changes with j and k, and through versions with [ and ]', async () => {
    await session.browser.pressKey('j');
    await session.browser.waitFor(`${inShadow('[data-testid=change].active')}`, 5_000);
    const first = await session.browser.evaluate<string>(`${inShadow('[data-testid=change].active')}.dataset.opIndex`);
    await session.browser.pressKey('j');
    await session.browser.waitFor(`${inShadow('[data-testid=change].active')}.dataset.opIndex !== ${JSON.stringify(first)}`, 5_000);
    await session.browser.pressKey('k');
    await session.browser.waitFor(`${inShadow('[data-testid=change].active')}.dataset.opIndex === ${JSON.stringify(first)}`, 5_000);
    // Stepping scrolls the sidebar's list, never the sidebar off the screen.
    expect(await session.browser.evaluate(`${inShadow('[data-testid=sidebar]')}.getBoundingClientRect().top`)).toBe(0);

    const pair = () => session.browser.evaluate<string[]>(`${allInShadow('[data-testid=version][data-selected]')}.map((v) => v.dataset.selected + ' ' + v.dataset.capturedAt)`);
    const versions = await session.browser.evaluate<number>(`${allInShadow('[data-testid=version]')}.length`);
    await session.browser.pressKey(']');
    await session.browser.waitFor(`${allInShadow('[data-testid=version]')}.at(-1).dataset.selected === 'to'`, 5_000);
    const newest = await pair();
    await session.browser.pressKey('[');
    await session.browser.waitFor(`${allInShadow('[data-testid=version]')}.at(-1).dataset.selected !== 'to'`, 5_000);
    expect(await pair()).not.toEqual(newest);
    expect(versions).toBeGreaterThanOrEqual(3);
    await session.browser.pressKey(']');
  });

  it('keeps its own look under a hostile page stylesheet, and its CSS never reaches the page', async () => {
    // A paragraph the overlay does not mark: only a leak of the sidebar's own CSS could change its look.
    const unmarked = await session.browser.evaluate<number>(`[...document.querySelectorAll('p')].findIndex((p) => !p.hasAttribute('data-article-history') && p.textContent.length > 40)`);
    expect(unmarked).toBeGreaterThanOrEqual(0);
    await session.browser.evaluate(`(() => { const s = document.createElement('style'); s.id = 'hostile-test-style'; s.textContent = '* { all: unset } div { font-size: 40px !important }'; document.head.append(s); })()`);
    const look = await session.browser.evaluate<{ position: string; width: number; fontSize: string }>(
      `(() => { const aside = ${inShadow('[data-testid=sidebar]')}; const p = ${inShadow('[data-testid=status]')}; return { position: getComputedStyle(aside).position, width: aside.getBoundingClientRect().width, fontSize: getComputedStyle(p).fontSize }; })()`,
    );
    expect(look.position).toBe('fixed');
    expect(look.width).toBeGreaterThan(280);
    expect(look.fontSize).toBe('14px');
    await session.browser.screenshot(resolve(SCREENSHOTS, `${name}-hostile-css.png`));
    await session.browser.evaluate(`document.getElementById('hostile-test-style').remove()`);
    const looks = await session.browser.evaluate<string[]>(PARAGRAPH_LOOKS);
    expect(looks[unmarked]).toBe(looksBeforeSidebar[unmarked]);
  });

  // Puppeteer cannot resize Firefox 140's viewport over BiDi (see browsers.ts).
  it.skipIf(name === 'firefox')('stays usable at 200% zoom: inside the window, nothing cut off sideways', async () => {
    await session.browser.viewport(640, 450);
    const fit = await session.browser.evaluate<{ top: number; left: number; right: number; overflow: number }>(
      `(() => { const aside = ${inShadow('[data-testid=sidebar]')}; const r = aside.getBoundingClientRect(); return { top: r.top, left: r.left, right: r.right, overflow: aside.scrollWidth - aside.clientWidth }; })()`,
    );
    expect(fit.top).toBe(0);
    expect(fit.left).toBeGreaterThanOrEqual(0);
    expect(fit.right).toBeLessThanOrEqual(640);
    expect(fit.overflow).toBeLessThanOrEqual(0);
    await session.browser.screenshot(resolve(SCREENSHOTS, `${name}-zoom-200.png`));
    await session.browser.viewport(1280, 900);
  });

  it('closes with Escape, removing every mark and giving focus back', async () => {
    await session.browser.pressKey('Escape');
    await session.browser.waitFor(`!${inShadow('[data-testid=sidebar]')}`, 5_000);
    expect(await session.browser.evaluate(`document.querySelectorAll('[data-article-history], article-history-removed').length`)).toBe(0);
    expect(await session.browser.evaluate(`${SHADOW_ROOT}.activeElement?.dataset.testid ?? null`)).toBe('launcher');
  });
});
