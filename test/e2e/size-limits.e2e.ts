/**
 * Pages larger than a story, in both real browsers. A live blog grown past 2 MB of text (more
 * than a message between the extension's parts may carry) still gets its history, shown from
 * its newest entries with a note that the version was cut. An archived copy whose story lies
 * past the cap is skipped with a note, once: reading the story again does not fetch it again.
 * A small gzip answer that expands to 500 MB is stopped at the cap while it streams in, and
 * the history completes.
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { allInShadow, HISTORY_DONE, inShadow, LAUNCHER_COUNTED } from '../support/hooks.ts';
import { FakeArchive } from '../support/fake-archive.ts';
import { gzipBomb } from '../support/gzip-bomb.ts';
import { grownLiveBlog, LIVE_BLOG_URL } from '../support/live-blog.ts';
import { withInlineData } from '../support/padded-page.ts';
import { inEachBrowser } from './each-browser.ts';
import { RAHAMI_URL, rahamiScenario, type Scenario } from './scenarios.ts';

const MB = 1024 * 1024;
const fixture = (name: string) => readFileSync(new URL(`../fixtures/pages/${name}`, import.meta.url));
const STATUS = inShadow('[data-testid=status]');
const mementosOf = (archive: FakeArchive, timestamp: string) => archive.requests.filter((r) => r.url.startsWith(`/web/${timestamp}id_/`)).length;

const GROWN = grownLiveBlog(2.5 * MB);

/** The BBC's live page of 12 May 2020 as archived that afternoon, and live today grown past 2 MB of text. */
function grownLiveBlogScenario(): Scenario {
  const archive = new FakeArchive([{ url: LIVE_BLOG_URL, timestamp: '20200512150840', body: fixture('bbc-2020-live.html') }]);
  return { archive, pages: [{ host: 'www.bbc.co.uk', path: new URL(LIVE_BLOG_URL).pathname, body: GROWN.html }] };
}

inEachBrowser('a live blog grown past 2 MB of text', grownLiveBlogScenario, (session) => {
  it('gets its history, shown from its newest entries with a note that the version was cut', async () => {
    await session.browser.open(LIVE_BLOG_URL);
    await session.browser.waitFor(LAUNCHER_COUNTED, 90_000);
    await session.browser.click('#article-history-root >>> [data-testid=launcher]');
    await session.browser.waitFor(HISTORY_DONE, 90_000);
    expect(await session.browser.evaluate(`${allInShadow('[data-testid=version]')}.length`)).toBe(2);
    await session.browser.waitFor(`${allInShadow('[data-testid=change]')}.length > 0`, 60_000);
    const sidebar = String(await session.browser.evaluate(`${inShadow('[data-testid=sidebar]')}.textContent`));
    expect(sidebar).toContain(GROWN.newest.slice(0, 60));
    expect(sidebar).toMatch(/cut short/);
  });
});

/** The Rahami story with a 2018 copy whose inline data puts the story 6 MB into the page. */
function paddedCaptureScenario(): Scenario {
  const scenario = rahamiScenario();
  scenario.archive.addCapture({ url: RAHAMI_URL, timestamp: '20180301120000', body: withInlineData(fixture('nytimes-rahami-2019-10-16.html'), 6 * MB) });
  return scenario;
}

inEachBrowser('an archived copy whose story lies past the cap', paddedCaptureScenario, (session) => {
  it('is skipped with a note, and not fetched again when the story is read again', async () => {
    const { archive } = session.scenario;
    await session.browser.open(RAHAMI_URL);
    await session.browser.waitFor(LAUNCHER_COUNTED, 60_000);
    await session.browser.click('#article-history-root >>> [data-testid=launcher]');
    await session.browser.waitFor(HISTORY_DONE, 90_000);
    expect(await session.browser.evaluate(`${STATUS}.textContent`)).toMatch(/1 archived copy was too large to read and was skipped/);
    expect(await session.browser.evaluate(`${allInShadow('[data-testid=version]')}.length`)).toBe(3);
    expect(mementosOf(archive, '20180301120000')).toBe(1);

    await session.browser.open(RAHAMI_URL);
    await session.browser.waitFor(LAUNCHER_COUNTED, 60_000);
    await session.browser.click('#article-history-root >>> [data-testid=launcher]');
    await session.browser.waitFor(HISTORY_DONE, 90_000);
    expect(await session.browser.evaluate(`${STATUS}.textContent`)).toMatch(/too large to read/);
    expect(mementosOf(archive, '20180301120000')).toBe(1);
  });
});

// Made once for both browsers: a 530 KB gzip of the 2019 page followed by 500 MB of spaces.
const BOMB = await gzipBomb(fixture('nytimes-rahami-2019-10-16.html'), 500 * MB);

/** The Rahami story whose 2019 copy the archive answers as a gzip that expands to 500 MB. */
function gzipBombScenario(): Scenario {
  return {
    ...rahamiScenario(),
    archive: new FakeArchive([
      { url: RAHAMI_URL, timestamp: '20160919204901', body: fixture('nytimes-rahami-2016-09-19.html') },
      { url: RAHAMI_URL, timestamp: '20191016111656', body: BOMB, contentEncoding: 'gzip' },
    ]),
  };
}

inEachBrowser('an archived copy that is a gzip bomb', gzipBombScenario, (session) => {
  it('is read up to the cap while it streams in: the history completes with the copy as a version', async () => {
    const { archive } = session.scenario;
    await session.browser.open(RAHAMI_URL);
    await session.browser.waitFor(LAUNCHER_COUNTED, 90_000);
    await session.browser.click('#article-history-root >>> [data-testid=launcher]');
    await session.browser.waitFor(HISTORY_DONE, 90_000);
    expect(await session.browser.evaluate(`${allInShadow('[data-testid=version]')}.length`)).toBe(3);
    expect(mementosOf(archive, '20191016111656')).toBe(1);
  });
});
