/**
 * The walking skeleton, end to end, in both real browsers: a reader on a real NYT article sees
 * the launcher with the number of versions, opens the sidebar, and reads what changed.
 */
import { expect, it } from 'vitest';
import { allInShadow, HISTORY_DONE, inShadow, LAUNCHER_COUNTED } from '../support/hooks.ts';
import { inEachBrowser } from './each-browser.ts';
import { RAHAMI_URL, rahamiScenario, SECTION_FRONT_URL } from './scenarios.ts';

inEachBrowser('', rahamiScenario, (session) => {
  it('shows no launcher on a section front and asks the archive nothing', async () => {
    await session.browser.open(SECTION_FRONT_URL);
    // Give the content script time to run and decide; a launcher would appear within this.
    await new Promise((r) => setTimeout(r, 2000));
    expect(await session.browser.evaluate(`!!document.getElementById('article-history-root')`)).toBe(false);
    expect(session.scenario.archive.requests).toEqual([]);
  });

  it('counts the versions on the launcher and shows the word changes in the sidebar', async () => {
    await session.browser.open(RAHAMI_URL);
    await session.browser.waitFor(LAUNCHER_COUNTED, 60_000);
    const label = await session.browser.evaluate<string>(`${inShadow('[data-testid=launcher]')}.textContent`);
    expect(Number(/(\d+) versions/.exec(label)?.[1])).toBeGreaterThanOrEqual(2);

    await session.browser.evaluate(`${inShadow('[data-testid=launcher]')}.click()`);
    await session.browser.waitFor(`${allInShadow('[data-testid=version]')}.length >= 2`, 60_000);
    await session.browser.waitFor(HISTORY_DONE, 60_000);

    const times = await session.browser.evaluate<string[]>(`${allInShadow('[data-testid=version]')}.map((v) => v.dataset.capturedAt)`);
    expect(times[0]).toBe('2016-09-19T20:49:01.000Z');
    expect(times.every((t: string) => !Number.isNaN(Date.parse(t)))).toBe(true);

    // Compare the breaking version with the page as it is now.
    await session.browser.evaluate(`${allInShadow('[data-testid=version] input[name=from]')}[0].click()`);
    await session.browser.waitFor(`${allInShadow('[data-testid=change]')}.some((c) => c.textContent.includes('indiscriminately'))`, 30_000);
    const changes = await session.browser.evaluate<{ kind: string; text: string; del: string[]; ins: string[] }[]>(
      `${allInShadow('[data-testid=change]')}.map((c) => ({ kind: c.dataset.kind, text: c.textContent, del: [...c.querySelectorAll('del')].map((d) => d.textContent.trim()), ins: [...c.querySelectorAll('ins')].map((d) => d.textContent.trim()) }))`,
    );
    const wordFix = changes.find((c: { del: string[] }) => c.del.includes('indiscriminantly'));
    // The rewrite also moved this paragraph, so it may be reported as moved-and-edited.
    expect(['changed', 'moved']).toContain(wordFix?.kind);
    expect(wordFix?.ins).toContain('indiscriminately');
    expect(changes.filter((c: { kind: string }) => c.kind === 'added').length).toBeGreaterThan(10);
    expect(session.scenario.archive.requests.some((r: { url: string }) => r.url.startsWith('/cdx/search/cdx'))).toBe(true);
  });
});
