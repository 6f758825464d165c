/**
 * The reader exports a story's history from the sidebar: each format is downloaded as a file,
 * which is read back from where the browser saved it. No permission is asked for this.
 */
import { DOMParser } from '@xmldom/xmldom';
import { expect, it } from 'vitest';
import { ATOM_NS } from '../../src/core/export/atom.ts';
import type { HistoryExport } from '../../src/core/export/json.ts';
import { HISTORY_DONE, allInShadow, inShadow, LAUNCHER_COUNTED } from '../support/hooks.ts';
import { inEachBrowser } from './each-browser.ts';
import { RAHAMI_URL, rahamiScenario } from './scenarios.ts';

const FILE = 'ahmad-khan-rahami-is-arrested-in-manhattan-and-new-jersey.history';

inEachBrowser('', rahamiScenario, (session) => {
  const exportAs = (format: string) => session.browser.download(() => session.browser.click(`#article-history-root >>> [data-testid=export-${format}]`));

  it('downloads the Atom feed of the changes: one entry per change, newest first, with the changed words', async () => {
    await session.browser.open(RAHAMI_URL);
    await session.browser.waitFor(LAUNCHER_COUNTED, 60_000);
    await session.browser.evaluate(`${inShadow('[data-testid=launcher]')}.click()`);
    await session.browser.waitFor(HISTORY_DONE, 60_000);
    expect(await session.browser.evaluate<number>(`${allInShadow('[data-testid=version]')}.length`)).toBe(3);

    const file = await exportAs('atom');
    expect(file.name).toBe(`${FILE}.atom`);
    const feed = new DOMParser({ onError: (level, message) => { if (level !== 'warning') throw new Error(message); } }).parseFromString(file.text, 'application/xml');
    const entries = Array.from(feed.getElementsByTagNameNS(ATOM_NS, 'entry'));
    const titles = entries.map((entry) => entry.getElementsByTagNameNS(ATOM_NS, 'title')[0]!.textContent);
    expect(titles).toEqual(['2 corrections changed', '2 corrections changed; 8 paragraphs rewritten, 30 paragraphs added, 26 paragraphs removed, 7 paragraphs moved']);
    const updated = entries.map((entry) => entry.getElementsByTagNameNS(ATOM_NS, 'updated')[0]!.textContent);
    expect(updated[1]).toBe('2019-10-16T11:16:56Z');
    const rewrite = entries[1]!.getElementsByTagNameNS(ATOM_NS, 'content')[0]!.textContent!;
    expect(rewrite).toContain('<del>dramatic episode</del><ins>frenzied end came</ins>');
  });

  it('downloads the Markdown redline and the JSON data of the same history', async () => {
    const markdown = await exportAs('markdown');
    expect(markdown.name).toBe(`${FILE}.md`);
    expect(markdown.text.split('\n')[0]).toBe('# Ahmad Khan Rahami Is Arrested in Manhattan and New Jersey Bombings');
    expect(markdown.text).toContain('~~dramatic episode~~**frenzied end came**');

    const json = await exportAs('json');
    expect(json.name).toBe(`${FILE}.json`);
    const data = JSON.parse(json.text) as HistoryExport;
    expect(data.format).toBe('article-history/1');
    expect(data.url).toBe(RAHAMI_URL);
    expect(data.versions.map((v) => v.sightings[0]!.source)).toEqual(['archive', 'archive', 'live']);
    expect(data.changes.map((c) => c.edited)).toEqual([true, true]);
  });
});
