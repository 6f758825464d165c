/**
 * The sidebar's first view in both real browsers, on the NYT Rahami story (the breaking version
 * of 2016, the rewrite archived in 2019, and the live page, which differs from the rewrite only
 * in its corrections): it opens on a pair that shows what changed, says nothing that
 * contradicts itself, and leaves every mark on the page in view.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { allInShadow, HISTORY_DONE, inShadow, LAUNCHER_COUNTED } from '../support/hooks.ts';
import { inEachBrowser } from './each-browser.ts';
import { RAHAMI_URL, rahamiScenario } from './scenarios.ts';

const SCREENSHOTS = resolve('artifacts/screenshots');
const SIDEBAR = inShadow('[data-testid=sidebar]');
const PAIR = `${allInShadow('[data-testid=version]')}.map((v) => v.dataset.selected ?? '')`;
const pick = (version: number, role: 'from' | 'to') => `#article-history-root >>> [data-testid=version]:nth-child(${version}) input[name=${role}]`;
/** Every mark on the page (changed and added paragraphs, removed-here notes) whose box reaches under the sidebar. */
const MARKS_UNDER_SIDEBAR = `(() => {
  const edge = ${SIDEBAR}.getBoundingClientRect().left;
  return [...document.querySelectorAll('[data-article-history], article-history-removed')]
    .map((mark) => ({ text: mark.textContent.slice(0, 60), right: mark.getBoundingClientRect().right }))
    .filter((mark) => mark.right > edge + 0.5);
})()`;

inEachBrowser('the first view', rahamiScenario, (session, name) => {
  /** The page's root element as the site left it, before the sidebar first opened. */
  let rootStyleBefore: string | null;
  let widthBefore: number;

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    await session.browser.open(RAHAMI_URL);
    await session.browser.waitFor(LAUNCHER_COUNTED, 60_000);
    rootStyleBefore = await session.browser.evaluate<string | null>(`document.documentElement.getAttribute('style')`);
    widthBefore = await session.browser.evaluate<number>(`document.body.getBoundingClientRect().width`);
    await session.browser.click('#article-history-root >>> [data-testid=launcher]');
    await session.browser.waitFor(HISTORY_DONE, 60_000);
  });

  it('opens on a pair that shows a change: the breaking version against the page now, not a corrections-only pair', async () => {
    await session.browser.waitFor(`${allInShadow('[data-testid=change]')}.length > 0`, 20_000);
    expect(await session.browser.evaluate<string[]>(PAIR)).toEqual(['from', '', 'to']);
    const summary = await session.browser.evaluate<string>(`${inShadow('[data-testid=diff-summary]')}.textContent`);
    expect(summary).toMatch(/^\d+ paragraphs changed · \d+ words added · \d+ words removed$/);
    expect(await session.browser.evaluate<string>(`${SIDEBAR}.textContent`)).not.toContain('did not change');
    expect(await session.browser.evaluate<string>(`${inShadow('[data-testid=pair-summary]')}.textContent`)).toMatch(/^Comparing version 1, .* with version 3, /);
    // The legend names only the sources on the timeline: nobody read this story here before.
    expect(await session.browser.evaluate<string[]>(`${allInShadow('.legend li')}.map((li) => li.textContent.trim())`)).toEqual(['web archive', 'this page now']);
    await session.browser.screenshot(resolve(SCREENSHOTS, `${name}-first-view.png`));
  });

  it('keeps every marked paragraph out from under the sidebar in a 1280 px window', async () => {
    expect(await session.browser.evaluate<number>('window.innerWidth')).toBe(1280);
    // The pair with the most marks, whichever pair the sidebar opened on.
    await session.browser.click(pick(1, 'from'));
    await session.browser.waitFor(`document.querySelectorAll('[data-article-history="added"]').length > 5`, 20_000);
    expect(await session.browser.evaluate<number>(`document.querySelectorAll('[data-article-history], article-history-removed').length`)).toBeGreaterThan(20);
    expect(await session.browser.evaluate(MARKS_UNDER_SIDEBAR)).toEqual([]);
    // Scrolled down the article, where the marks are.
    await session.browser.evaluate(`document.querySelector('[data-article-history]').scrollIntoView({ block: 'center' })`);
    await session.browser.screenshot(resolve(SCREENSHOTS, `${name}-marks-beside-sidebar.png`));
  });

  it('shows in the popover which version the paragraph is compared with, without covering the paragraph', async () => {
    await session.browser.evaluate(
      `[...document.querySelectorAll('p')].find((p) => p.textContent.includes('indiscriminately firing')).setAttribute('data-test-target', '')`,
    );
    await session.browser.click('[data-test-target]');
    await session.browser.waitFor(inShadow('[data-testid=popover]'), 10_000);
    // Sep 19 in UTC; a machine far enough east reads it as the early hours of Sep 20.
    expect(await session.browser.evaluate<string>(`${inShadow('[data-testid=popover-heading]')}.textContent`)).toMatch(/^In version 1, Sep (19|20), 2016, .*, this read:$/);
    const overlap = await session.browser.evaluate<number>(`(() => {
      const p = document.querySelector('[data-test-target]').getBoundingClientRect();
      const box = ${inShadow('[data-testid=popover]')}.getBoundingClientRect();
      return Math.max(0, Math.min(p.bottom, box.bottom) - Math.max(p.top, box.top)) * Math.max(0, Math.min(p.right, box.right) - Math.max(p.left, box.left));
    })()`);
    expect(overlap).toBe(0);
    await session.browser.screenshot(resolve(SCREENSHOTS, `${name}-popover.png`));
    await session.browser.pressKey('Escape');
    await session.browser.waitFor(`!${inShadow('[data-testid=popover]')}`, 5_000);
  });

  it('shows a reworded correction as one correction, changed word by word', async () => {
    // 2016 → 2019: "September 19" became "Sept. 19" in the first note, and a second note came.
    await session.browser.click(pick(1, 'from'));
    await session.browser.click(pick(2, 'to'));
    await session.browser.waitFor(`${PAIR}.join() === 'from,to,'`, 10_000);
    const corrections = await session.browser.evaluate<{ kind: string; del: string[]; ins: string[] }[]>(
      `${allInShadow('[data-testid=correction-change]')}.map((c) => ({ kind: c.dataset.kind, del: [...c.querySelectorAll('del')].map((d) => d.textContent.trim()), ins: [...c.querySelectorAll('ins')].map((d) => d.textContent.trim()) }))`,
    );
    expect(corrections.map((c) => c.kind)).toEqual(['changed', 'added']);
    expect(corrections[0]!.del).toEqual(['September']);
    expect(corrections[0]!.ins).toEqual(['Sept.']);
  });

  it('keeps the chosen pair in view while the change list scrolls', async () => {
    await session.browser.evaluate(`(() => { const aside = ${SIDEBAR}; aside.scrollTop = aside.scrollHeight; })()`);
    const at = await session.browser.evaluate<{ top: number; bottom: number; scrolled: number }>(`(() => {
      const r = ${inShadow('[data-testid=pair-summary]')}.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, scrolled: ${SIDEBAR}.scrollTop };
    })()`);
    expect(at.scrolled).toBeGreaterThan(1000);
    expect(at.top).toBeGreaterThanOrEqual(0);
    expect(at.bottom).toBeLessThan(100);
    await session.browser.screenshot(resolve(SCREENSHOTS, `${name}-pair-in-view.png`));
  });

  it('gives the page its own layout back on close', async () => {
    await session.browser.pressKey('Escape');
    await session.browser.waitFor(`!${SIDEBAR}`, 5_000);
    expect(await session.browser.evaluate<string | null>(`document.documentElement.getAttribute('style')`)).toBe(rootStyleBefore);
    expect(await session.browser.evaluate<number>(`document.body.getBoundingClientRect().width`)).toBe(widthBefore);
  });
});
