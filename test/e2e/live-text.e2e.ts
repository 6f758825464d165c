/**
 * One text reader for the live page and archived copies, proven in both real browsers: the
 * content script reads the live page (a real DOM, scripting on), the background reads an
 * archived copy (DOMParser in Firefox, the offscreen document in Chrome, scripting off), and
 * the CLI and tests read the same bytes with linkedom. All three must give the same paragraphs,
 * character for character.
 *
 * What each browser read is taken from what the reader sees: the story is compared with a copy
 * whose only paragraph is a placeholder, so every paragraph of the real page is listed in the
 * sidebar as added (the live page) or as removed (an archived copy), with its text as read.
 */
import { expect, it } from 'vitest';
import type { Article } from '../../src/core/article.ts';
import { siteForUrl } from '../../src/sites/index.ts';
import { extractArticleFromHtml } from '../../src/extract/node.ts';
import { pour, truthOf, type PageTruth } from '../support/era-swap.ts';
import { FakeArchive } from '../support/fake-archive.ts';
import { fixtureBytes } from '../support/fixtures.ts';
import { allInShadow, HISTORY_DONE, inShadow, LAUNCHER_COUNTED } from '../support/hooks.ts';
import { inEachBrowser, type ScenarioSession } from './each-browser.ts';
import type { Scenario } from './scenarios.ts';

/**
 * Real pages whose text tests the reader: inline elements with spaces at their edges (ABC's
 * spans), paragraphs in leaf <div>s with an excluded dateline cite (CNN 2016), subheads between
 * paragraphs (Guardian), a no-break space before a dingbat (New Yorker 2022), <noscript> blocks
 * in the page (all of them).
 */
const PAGES = ['pages/abcnews-2016-clinton-putin.html', 'pages/cnn-2016-11-29.html', 'pages/guardian-2016-11-29.html', 'pages/newyorker-2022.html'];

const PLACEHOLDER = 'Placeholder.';

interface Story {
  page: string;
  /** Where the story is served: over HTTPS, which is all the test servers speak. */
  url: string;
  truth: PageTruth;
  /** The real page with its story replaced by one placeholder paragraph. */
  placeholder: Buffer;
}

function story(page: string): Story {
  const truth = truthOf(page)!;
  const site = siteForUrl(new URL(truth.url))!;
  const placeholder = Buffer.from(pour({ site, era: 'any', page, truth }, { ...truth, paragraphs: [PLACEHOLDER] }));
  return { page, url: truth.url.replace(/^http:/, 'https:'), truth, placeholder };
}

const stories = PAGES.map(story);

/** Each story live at its real address, its only archived copy the placeholder page; or the other way round. */
function scenario(live: 'real' | 'placeholder'): Scenario {
  const archive = new FakeArchive(
    stories.map(({ page, url, placeholder }) => ({ url, timestamp: '20161201000000', body: live === 'real' ? placeholder : Buffer.from(fixtureBytes(page)) })),
  );
  const pages = stories.map(({ page, url: address, placeholder }) => {
    const url = new URL(address);
    return { host: url.hostname, path: url.pathname, ...(live === 'real' ? { file: new URL(`../fixtures/${page}`, import.meta.url).pathname } : { body: placeholder }) };
  });
  return { archive, pages };
}

async function nodeReading(page: string, url: string): Promise<Article> {
  const article = await extractArticleFromHtml(fixtureBytes(page), url);
  if (!article) throw new Error(`no article in ${page}`);
  return article;
}

/** Opens the story, its sidebar and the diff from the archived copy to the live page; returns the texts of one kind of change. */
async function shownTexts(session: ScenarioSession, url: string, kind: 'added' | 'removed'): Promise<string[]> {
  await session.browser.open(url);
  await session.browser.waitFor(LAUNCHER_COUNTED, 60_000);
  await session.browser.evaluate(`${inShadow('[data-testid=launcher]')}.click()`);
  await session.browser.waitFor(HISTORY_DONE, 60_000);
  await session.browser.waitFor(`${allInShadow(`[data-testid=change][data-kind=${kind}]`)}.length > 0`, 30_000);
  const mark = kind === 'added' ? 'ins' : 'del';
  return session.browser.evaluate<string[]>(`${allInShadow(`[data-testid=change][data-kind=${kind}] ${mark}`)}.map((el) => el.textContent)`);
}

inEachBrowser('the live page is read as the CLI reads the same bytes', () => scenario('real'), (session) => {
  it.each(PAGES)('%s', async (page) => {
    const { url } = stories.find((s) => s.page === page)!;
    const expected = await nodeReading(page, url);
    expect(await shownTexts(session, url, 'added')).toEqual(expected.paragraphs);
  });
});

inEachBrowser('an archived copy is read as the CLI reads the same bytes', () => scenario('placeholder'), (session) => {
  it.each(PAGES)('%s', async (page) => {
    const { url } = stories.find((s) => s.page === page)!;
    const expected = await nodeReading(page, url);
    expect(await shownTexts(session, url, 'removed')).toEqual(expected.paragraphs);
  });
});
