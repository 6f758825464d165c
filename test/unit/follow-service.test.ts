/**
 * Checking followed stories, through the real pieces outside the browser: the live page served
 * over HTTP (changed, unchanged, 404, paywalled, redirected), fetched by readLivePage, read by
 * the same extractor as in the extension (on linkedom), judged and stored in IndexedDB.
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FollowService, type FollowChange } from '../../src/background/follow-service.ts';
import { readLivePage } from '../../src/background/live-page.ts';
import { HistoryStore } from '../../src/background/store.ts';
import { articleKey } from '../../src/core/article-key.ts';
import { summaryLine, type ChangeCounts } from '../../src/core/change-summary.ts';
import { FIRST_INTERVAL_MS } from '../../src/core/follow-schedule.ts';
import { extractArticleFromHtml, readArchivedBytes } from '../../src/extract/node.ts';

const PATH = '/2016/09/20/nyregion/nyc-nj-explosions-ahmad-khan-rahami.html';
const LIVE = readFileSync('test/fixtures/pages/nytimes-rahami-2022.html', 'utf8');
const HEADLINE = 'Ahmad Khan Rahami Is Arrested in Manhattan and New Jersey Bombings';
const PAYWALL = '<div id="gateway-content">Subscribe to continue reading</div></body>';

/** The page the fake site answers with next: a body, a status, or a redirect. */
let answer: { status: number; body?: string; location?: string };
let server: http.Server;
let origin: string;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    if (answer.location && req.url === PATH) return void res.writeHead(answer.status, { Location: answer.location }).end();
    if (req.url !== PATH) return void res.writeHead(200, { 'Content-Type': 'text/html' }).end('<title>Section</title><h1>N.Y./Region</h1>');
    res.writeHead(answer.status, { 'Content-Type': 'text/html; charset=utf-8' }).end(answer.body ?? '');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const words = {
  headline: () => 'Headline changed',
  byline: () => 'byline changed',
  corrections: (n: number) => `${n} corrections`,
  rewritten: (n: number) => `${n} paragraph${n === 1 ? '' : 's'} rewritten`,
  added: (n: number) => `${n} added`,
  removed: (n: number) => `${n} removed`,
  moved: (n: number) => `${n} moved`,
  join: (fields: string[], body: string[]) => [fields.join(', '), body.join(', ')].filter(Boolean).join('; '),
  nothing: () => 'Only formatting changed',
};

let n = 0;
let now: number;
let notified: FollowChange[];
let badge: number;
let alarm: number | null;
let store: HistoryStore;
let follows: FollowService;
let url: string;

beforeEach(async () => {
  now = Date.parse('2026-11-30T08:00:00Z');
  notified = [];
  badge = 0;
  alarm = null;
  url = `https://www.nytimes.com${PATH}`;
  store = await HistoryStore.open(`follow-${n++}`);
  follows = new FollowService({
    store,
    // The site is served from 127.0.0.1: the check asks it for the story's path.
    readLive: (storyUrl) => readLivePage(`${origin}${new URL(storyUrl).pathname}`, (html) => readArchivedBytes(html, storyUrl)),
    sighted: async (article, at) => void (await store.recordVisit(article.url, articleKey(article), article, at)),
    notify: async (change) => void notified.push(change),
    showUnseen: (count) => (badge = count),
    alarmAt: (when) => (alarm = when),
    summary: (counts: ChangeCounts) => summaryLine(counts, words),
    now: () => now,
  });
  answer = { status: 200, body: LIVE };
  const article = await extractArticleFromHtml(LIVE, url);
  await follows.follow(article!);
});

/** The alarm fires when it was set for. */
async function fire() {
  now = alarm!;
  return follows.runDue();
}

describe('checking a followed story', () => {
  it('following sets the one alarm 15 minutes ahead; nothing is due before', async () => {
    expect(alarm).toBe(now + FIRST_INTERVAL_MS);
    expect(await follows.runDue()).toMatchObject({ checked: 0 });
  });

  it('an unchanged page: no notification, and the next check waits longer', async () => {
    expect(await fire()).toMatchObject({ checked: 1, changed: 0, failed: 0 });
    expect(notified).toEqual([]);
    expect(alarm! - now).toBe(FIRST_INTERVAL_MS * 1.5);
  });

  it('a changed page: one notification with what changed, one more version, the badge counts the story until it is seen', async () => {
    answer = { status: 200, body: LIVE.replaceAll(HEADLINE, 'Ahmad Khan Rahami Is Charged in Manhattan and New Jersey Bombings') };
    const run = await fire();
    expect(run).toMatchObject({ checked: 1, changed: 1 });
    expect(run.bytes).toBeGreaterThan(50_000);
    expect(notified).toHaveLength(1);
    expect(summaryLine(notified[0]!.counts, words)).toBe('Headline changed');
    expect(badge).toBe(1);
    const [row] = await follows.list();
    expect(row).toMatchObject({ unseen: true, versions: 2, failure: null, lastChange: { summary: 'Headline changed' } });
    // The sidebar opens on the change that led to the text the check found.
    expect((await follows.status(url)).change).toBe((await store.getFollow(url))!.lastHash);

    // The same text at the next check is no news; the reader opening the sidebar clears the badge.
    expect(await fire()).toMatchObject({ changed: 0 });
    expect(notified).toHaveLength(1);
    await follows.seen(url);
    expect(badge).toBe(0);
    expect((await follows.list())[0]).toMatchObject({ unseen: false });
  });

  it.each([
    ['a 404', { status: 404, body: '<title>Not Found</title><p>Sorry.</p>' }, 'not-found'],
    ['a paywall', { status: 200, body: LIVE.replaceAll(HEADLINE, 'Subscribe').replace('</body>', PAYWALL) }, 'partial'],
    ['a redirect to the section front', { status: 301, location: '/section/nyregion' }, 'redirected'],
  ] as const)('%s: noted on the row, checked less often, never a notification nor a version', async (_, page, failure) => {
    answer = page;
    expect(await fire()).toMatchObject({ checked: 1, changed: 0, failed: 1 });
    expect(notified).toEqual([]);
    const [row] = await follows.list();
    expect(row).toMatchObject({ failure, versions: 1, unseen: false });
    expect(alarm! - now).toBeGreaterThan(FIRST_INTERVAL_MS * 1.5);
  });

  it('unfollowed stories are checked no more, and the alarm is cleared with the last of them', async () => {
    await follows.unfollow(url);
    expect(alarm).toBeNull();
    expect(await follows.list()).toEqual([]);
  });
});
