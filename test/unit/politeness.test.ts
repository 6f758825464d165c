/**
 * The history engine under the archive's budgets, wired as the background wires it (the queue,
 * the budgets and the pause shared by every job), against the fake archive over HTTP.
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { HistoryState } from '../../src/core/history.ts';
import { HistoryService } from '../../src/background/history-service.ts';
import { HistoryStore } from '../../src/background/store.ts';
import { ArchivePauses } from '../../src/sources/archive-pause.ts';
import { createPoliteFetch } from '../../src/sources/polite-fetch.ts';
import { RateBudgets } from '../../src/sources/rate-budget.ts';
import { RequestQueue } from '../../src/sources/request-queue.ts';
import { createWaybackSource } from '../../src/sources/wayback.ts';
import { extractArticleFromHtml, readArchivedBytes } from '../../src/extract/node.ts';
import { FakeArchive, serveArchive } from '../support/fake-archive.ts';

const page = (name: string) => readFileSync(new URL(`../fixtures/pages/nytimes-rahami-${name}.html`, import.meta.url));
const IN_FRONT = 'https://www.nytimes.com/2016/09/20/nyregion/in-front.html';
const BEHIND = 'https://www.nytimes.com/2016/09/20/nyregion/behind.html';
const QUICK = { maxInFlight: 2, timeoutMs: 2000, retries: 2, backoffMs: 5, maxWaitMs: 50 };

let close: () => Promise<void> = async () => undefined;
afterEach(() => close());

describe('the archive\'s queue, seen from the history', () => {
  it('lists the article in front at once while a background one waits its turn and says so; brought to the front, it goes', async () => {
    const archive = new FakeArchive(
      [IN_FRONT, BEHIND].flatMap((url) => [
        { url, timestamp: '20160919204901', body: page('2016-09-19') },
        { url, timestamp: '20191016111656', body: page('2019-10-16') },
      ]),
    );
    const served = await serveArchive(archive);
    close = served.close;
    const budgets = new RateBudgets();
    // A front page of background tabs used what background tabs may use this minute.
    for (let i = 0; i < 20; i++) budgets.spend(new URL(served.base).host, 'listing');
    const pauses = new ArchivePauses();
    const queue = new RequestQueue(QUICK, budgets, pauses);
    const source = createWaybackSource(createPoliteFetch(QUICK, { pauses, queue }), served.base);
    const visible = new Set([IN_FRONT]);
    const service = new HistoryService({
      store: await HistoryStore.open('politeness-queue'),
      source: () => source,
      extract: (body, url) => readArchivedBytes(body.bytes, url, body.contentType ?? undefined),
      priority: (url) => (visible.has(url) ? 'visible' : 'background'),
    });
    const seen = new Map<string, HistoryState[]>([[IN_FRONT, []], [BEHIND, []]]);
    for (const [url, states] of seen) service.watch(url, (state) => states.push(state));
    const live = async (url: string) => (await extractArticleFromHtml(page('2022'), url, 'text/html; charset=utf-8'))!;

    const started = Date.now();
    await service.reportLive(await live(BEHIND));
    await service.reportLive(await live(IN_FRONT));
    await service.idle(IN_FRONT);
    expect(seen.get(IN_FRONT)!.at(-1)?.kind).toBe('done');
    const waiting = seen.get(BEHIND)!.at(-1)!;
    expect(waiting).toMatchObject({ kind: 'queued', ahead: 0 });
    expect((waiting as { startsAt: number }).startsAt - started).toBeGreaterThan(55_000);
    expect(archive.requests.filter((r) => r.url.startsWith('/cdx/')).map((r) => new URLSearchParams(r.url.split('?')[1]).get('url'))).toEqual([IN_FRONT]);

    visible.add(BEHIND);
    queue.reschedule();
    await service.idle(BEHIND);
    expect(seen.get(BEHIND)!.at(-1)?.kind).toBe('done');
    expect(Date.now() - started).toBeLessThan(20_000);
  });
});
