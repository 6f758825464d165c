/**
 * Copies of one story read from different page layouts, in both real browsers: the NYT Rahami
 * story's breaking version of 2016, read by the site file's 2014 era, against today's page in a
 * layout no era reads, which the generic reader reads. The sidebar says so in one line, shows the
 * date line only the generic reader kept as a collapsed layout? row, leaves it out of the
 * totals, and the live page gets no mark for it.
 */
import { beforeAll, expect, it } from 'vitest';
import { diffArticles } from '../../src/core/diff/index.ts';
import { extractFixture } from '../support/fixtures.ts';
import { allInShadow, HISTORY_DONE, inShadow, LAUNCHER_COUNTED } from '../support/hooks.ts';
import { inEachBrowser } from './each-browser.ts';
import { RAHAMI_URL, rahamiUnreadLayoutScenario } from './scenarios.ts';

const DATE_LINE = 'Sept. 19, 2016';
const LAYOUT_ROWS = `${allInShadow('[data-testid=layout-paragraph]')}.map((row) => ({ side: row.dataset.side, text: row.textContent.trim() }))`;

inEachBrowser('copies read from different layouts', rahamiUnreadLayoutScenario, (session) => {
  beforeAll(async () => {
    await session.browser.open(RAHAMI_URL);
    await session.browser.waitFor(LAUNCHER_COUNTED, 60_000);
    await session.browser.click('#article-history-root >>> [data-testid=launcher]');
    await session.browser.waitFor(HISTORY_DONE, 60_000);
    await session.browser.waitFor(`${allInShadow('[data-testid=change]')}.length > 0`, 20_000);
  });

  it('says in one plain line that the two copies were read from different page layouts', async () => {
    expect(await session.browser.evaluate<string[]>(`${allInShadow('[data-testid=layout-note]')}.map((p) => p.textContent)`)).toEqual([
      "These two copies were read from different page layouts: short lines marked 'layout?' may be page furniture, not edits.",
    ]);
  });

  it('shows the date line only the generic reader kept as a collapsed layout? row, not as an added paragraph', async () => {
    expect(await session.browser.evaluate(LAYOUT_ROWS)).toEqual([{ side: 'added', text: 'layout?' }]);
    const changes = await session.browser.evaluate<string[]>(`${allInShadow('[data-testid=change]')}.map((c) => c.textContent)`);
    expect(changes.filter((text) => text.includes(DATE_LINE))).toEqual([]);
    await session.browser.click('#article-history-root >>> [data-testid=layout-paragraph] button');
    await session.browser.waitFor(`${inShadow('[data-testid=layout-paragraph]')}.textContent.includes(${JSON.stringify(DATE_LINE)})`, 5_000);
  });

  it('counts what the same two copies count when the site file reads both', async () => {
    const url = 'https://www.nytimes.com/2016/09/20/nyregion/nyc-nj-explosions-ahmad-khan-rahami.html';
    const [breaking, today] = await Promise.all([extractFixture('pages/nytimes-rahami-2016-09-19.html', url), extractFixture('pages/nytimes-rahami-2022.html', url)]);
    const { paragraphsChanged, wordsAdded, wordsRemoved } = diffArticles(breaking, today).totals;
    const summary = await session.browser.evaluate<string>(`${inShadow('[data-testid=diff-summary]')}.textContent`);
    expect(summary).toBe(`${paragraphsChanged} paragraphs changed · ${wordsAdded} words added · ${wordsRemoved} words removed`);
  });

  it('marks the story’s changes on the live page, and not the date line', async () => {
    await session.browser.waitFor(`document.querySelectorAll('[data-article-history]').length > 0`, 10_000);
    const marked = await session.browser.evaluate<string[]>(`[...document.querySelectorAll('[data-article-history]')].map((el) => el.textContent.trim())`);
    expect(marked.length).toBeGreaterThan(20);
    expect(marked.filter((text) => text === DATE_LINE)).toEqual([]);
    // The date line is on the page, where an added paragraph would have been marked.
    expect(await session.browser.evaluate<boolean>(`[...document.querySelectorAll('li')].some((li) => li.textContent.trim() === ${JSON.stringify(DATE_LINE)})`)).toBe(true);
  });
});
