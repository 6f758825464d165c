import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import type { Article } from '../../src/core/article.ts';
import type { HistoryState } from '../../src/core/history.ts';
import { HistoryService } from '../../src/background/history-service.ts';
import { HistoryStore } from '../../src/background/store.ts';
import { ArchiveError, type ArchiveSource, type Capture, type CaptureBody } from '../../src/sources/source.ts';

const URL_ = 'https://www.nytimes.com/2016/09/20/nyregion/x.html';

const article = (paragraphs: string[], title = 'Bombing suspect is captured'): Article => ({
  url: URL_, site: 'nytimes', reader: 'nytimes:2014', title, byline: null, publishedAt: null, modifiedAt: null,
  corrections: [], paragraphs, partial: false, liveBlog: false,
});

/** An archive whose captures are JSON-encoded articles; extraction just parses them back. */
class MemoryArchive implements ArchiveSource {
  readonly id = 'web.archive.org';
  fetched: string[] = [];
  listings = 0;
  failNext: ArchiveError | null = null;
  constructor(private readonly captures: { timestamp: string; article: Article }[]) {}
  async listCaptures(): Promise<Capture[]> {
    this.listings++;
    if (this.failNext) throw this.failNext;
    return this.captures.map((c, i) => ({ timestamp: c.timestamp, original: URL_, digest: `D${i}` }));
  }
  async fetchCapture(capture: Capture): Promise<CaptureBody> {
    if (this.failNext) throw this.failNext;
    this.fetched.push(capture.timestamp);
    const found = this.captures.find((c) => c.timestamp === capture.timestamp)!;
    return { bytes: new TextEncoder().encode(JSON.stringify(found.article)), contentType: 'application/json' };
  }
  viewUrl(capture: Capture) {
    return `https://web.archive.org/web/${capture.timestamp}/${capture.original}`;
  }
}

const extract = async (body: CaptureBody) => ({ kind: 'article' as const, article: JSON.parse(new TextDecoder().decode(body.bytes)) as Article });

let dbCounter = 0;
async function setup(archive: MemoryArchive) {
  const store = await HistoryStore.open(`test-${dbCounter++}`);
  const service = new HistoryService({ store, source: () => archive, extract, now: () => Date.parse('2020-01-01T00:00:00Z') });
  const states: HistoryState[] = [];
  service.watch(URL_, (s) => states.push(s));
  const settled = () =>
    new Promise<HistoryState>((resolve) => {
      const stop = service.watch(URL_, (s) => {
        if (s.kind !== 'loading') {
          stop();
          resolve(s);
        }
      });
    });
  return { store, service, states, settled };
}

const early = article(['Mr. Rahami fled, indiscriminantly firing.', 'Two officers were injured.']);
const later = article(['Mr. Rahami fled, indiscriminately firing.', 'Two officers were wounded.', 'He was taken to a hospital.']);

describe('the history service', () => {
  it('builds archived versions plus the live page, and collapses captures with the same text', async () => {
    const archive = new MemoryArchive([
      { timestamp: '20160919204901', article: early },
      { timestamp: '20160919220000', article: early },
      { timestamp: '20191016111656', article: later },
    ]);
    const { service, settled } = await setup(archive);
    const done = settled();
    await service.reportLive(later);
    const state = await done;
    // Bisection read all three captures: there is nothing left for "check every copy".
    expect(state).toMatchObject({ kind: 'done', coverage: 'every-capture' });
    expect(state.versions.map((v) => v.sightings.map((s) => s.source))).toEqual([['archive', 'archive'], ['archive', 'live']]);
    expect(state.versions[0]!.capturedAt).toBe('2016-09-19T20:49:01.000Z');
  });

  it('never fetches a capture twice: a second job reads the cache', async () => {
    const archive = new MemoryArchive([
      { timestamp: '20160919204901', article: early },
      { timestamp: '20191016111656', article: later },
    ]);
    const { store, settled, service } = await setup(archive);
    let done = settled();
    await service.reportLive(later);
    await done;
    const fetched = archive.fetched.length;
    const again = new HistoryService({ store, source: () => archive, extract, now: () => Date.parse('2020-01-01T00:00:00Z') });
    done = new Promise((resolve) => again.watch(URL_, (s) => s.kind === 'done' && resolve(s)));
    await again.reportLive(later);
    await done;
    expect(archive.fetched.length).toBe(fetched);
    expect(archive.listings).toBe(1);
  });

  it('keeps what is known and says why when the archive is down', async () => {
    const archive = new MemoryArchive([{ timestamp: '20160919204901', article: early }]);
    archive.failNext = new ArchiveError({ kind: 'unavailable', status: 503 });
    const { service, settled } = await setup(archive);
    const done = settled();
    await service.reportLive(later);
    const state = await done;
    expect(state).toMatchObject({ kind: 'failed', reason: 'archive-unavailable' });
    expect(state.versions).toHaveLength(1);
  });

  it('reports rate limiting with a time to try again', async () => {
    const archive = new MemoryArchive([{ timestamp: '20160919204901', article: early }]);
    archive.failNext = new ArchiveError({ kind: 'rate-limited', retryAfterMs: 120_000 });
    const { service, settled } = await setup(archive);
    const done = settled();
    await service.reportLive(later);
    const state = await done;
    expect(state).toMatchObject({ kind: 'rate-limited', retryAt: Date.parse('2020-01-01T00:02:00Z') });
  });

  it('shows one job to every tab that watches the same article', async () => {
    const archive = new MemoryArchive([
      { timestamp: '20160919204901', article: early },
      { timestamp: '20191016111656', article: later },
    ]);
    const { service, settled } = await setup(archive);
    const seenByOtherTab: HistoryState[] = [];
    service.watch(URL_, (s) => seenByOtherTab.push(s));
    const done = settled();
    await Promise.all([service.reportLive(later), service.reportLive(later)]);
    await done;
    expect(archive.listings).toBe(1);
    expect(seenByOtherTab.at(-1)?.kind).toBe('done');
  });
});

/** A service on a clock the test moves, over the given store (a new worker on the same IndexedDB). */
function serviceAt(store: HistoryStore, archive: ArchiveSource, clock: { now: number }) {
  const service = new HistoryService({ store, source: () => archive, extract, now: () => clock.now });
  const states: HistoryState[] = [];
  service.watch(URL_, (s) => states.push(s));
  const live = async (a: Article, at: string) => {
    clock.now = Date.parse(at);
    await service.reportLive(a);
    await service.idle(URL_);
    return states.at(-1)!;
  };
  return { service, states, live };
}

const sources = (state: HistoryState) => state.versions.map((v) => v.sightings.map((s) => `${s.source}@${s.at.slice(0, 16)}`));

describe('what the reader read', () => {
  it('shows "you read it" beside the archive\'s captures of the same text', async () => {
    const archive = new MemoryArchive([
      { timestamp: '20160919204901', article: early },
      { timestamp: '20191016111656', article: later },
    ]);
    const { live } = serviceAt(await HistoryStore.open(`test-${dbCounter++}`), archive, { now: 0 });
    await live(early, '2016-09-19T21:00:00Z');
    const state = await live(later, '2020-01-01T00:00:00Z');
    expect(sources(state)).toEqual([
      ['archive@2016-09-19T20:49', 'visit@2016-09-19T21:00'],
      ['archive@2019-10-16T11:16', 'live@2020-01-01T00:00'],
    ]);
  });

  it('gives a story nobody archived a history of its own from the reader\'s visits', async () => {
    const archive = new MemoryArchive([]);
    const store = await HistoryStore.open(`test-${dbCounter++}`);
    const first = serviceAt(store, archive, { now: 0 });
    await first.live(early, '2020-01-01T09:14:00Z');
    // Another day, another worker: the visit was kept.
    const second = serviceAt(store, archive, { now: 0 });
    const state = await second.live(later, '2020-01-02T08:00:00Z');
    expect(state).toMatchObject({ kind: 'done', archivedCaptures: 0 });
    expect(sources(state)).toEqual([['visit@2020-01-01T09:14'], ['live@2020-01-02T08:00']]);
  });

  it('adds no version when the reader reloads an unchanged story', async () => {
    const { live } = serviceAt(await HistoryStore.open(`test-${dbCounter++}`), new MemoryArchive([]), { now: 0 });
    await live(early, '2020-01-01T09:14:00Z');
    await live(early, '2020-01-01T10:00:00Z');
    const state = await live(early, '2020-01-01T11:00:00Z');
    expect(sources(state)).toEqual([['visit@2020-01-01T09:14', 'live@2020-01-01T11:00']]);
  });
});

describe('the versions the followed-stories page exports', () => {
  const story = () => new MemoryArchive([
    { timestamp: '20160919204901', article: early },
    { timestamp: '20191016111656', article: later },
  ]);

  it('are the versions the sidebar shows, read from the store without asking the archive', async () => {
    const archive = story();
    const { service, states, live } = serviceAt(await HistoryStore.open(`test-${dbCounter++}`), archive, { now: 0 });
    await live(early, '2016-09-19T21:00:00Z');
    const shown = await live(later, '2020-01-01T00:00:00Z');
    const asked = { listings: archive.listings, fetched: archive.fetched.length, states: states.length };

    const stored = await service.storedVersions(URL_);
    await service.idle(URL_);
    expect(stored).toEqual(shown.versions);
    expect({ listings: archive.listings, fetched: archive.fetched.length, states: states.length }).toEqual(asked);
  });

  it('in a restarted worker, are the same texts and times, the page the reader had open read as the visit it was', async () => {
    const store = await HistoryStore.open(`test-${dbCounter++}`);
    const shown = await serviceAt(store, story(), { now: 0 }).live(later, '2020-01-01T00:00:00Z');
    const archive = story();
    const restarted = serviceAt(store, archive, { now: 0 });

    const stored = await restarted.service.storedVersions(URL_);
    await restarted.service.idle(URL_);
    expect(stored.map((v) => [v.id, v.capturedAt, v.article])).toEqual(shown.versions.map((v) => [v.id, v.capturedAt, v.article]));
    expect(sources({ kind: 'done', versions: stored, archivedCaptures: 2, coverage: 'bisected' })).toEqual([
      ['archive@2016-09-19T20:49'],
      ['archive@2019-10-16T11:16', 'visit@2020-01-01T00:00'],
    ]);
    expect(archive.listings + archive.fetched.length).toBe(0);
    expect(restarted.states).toEqual([]);
  });

  it('of a story never looked up are none, and no lookup starts', async () => {
    const archive = story();
    const { service, states } = serviceAt(await HistoryStore.open(`test-${dbCounter++}`), archive, { now: 0 });
    expect(await service.storedVersions(URL_)).toEqual([]);
    await service.idle(URL_);
    expect(archive.listings).toBe(0);
    expect(states).toEqual([]);
  });
});

describe('a job cut short', () => {
  it('resumes in a new worker from what the old one stored, fetching nothing twice', async () => {
    const captures = Array.from({ length: 9 }, (_, i) => ({ timestamp: `2016092${i}000000`, article: i < 6 ? early : later }));
    const store = await HistoryStore.open(`test-${dbCounter++}`);
    // The first worker is stopped after two mementos: its next fetch never returns.
    const stopped = new MemoryArchive(captures);
    const fetchOnce = stopped.fetchCapture.bind(stopped);
    stopped.fetchCapture = (capture) => (stopped.fetched.length < 2 ? fetchOnce(capture) : new Promise(() => undefined));
    const clock = { now: Date.parse('2020-01-01T00:00:00Z') };
    const first = serviceAt(store, stopped, clock);
    await first.service.reportLive(later);
    await vi.waitFor(async () => expect((await store.loadArticle(URL_)).captures).toHaveLength(2));

    const archive = new MemoryArchive(captures);
    const second = serviceAt(store, archive, clock);
    await second.service.resumeUnfinished();
    await second.service.idle(URL_);
    expect(second.states.at(-1)?.kind).toBe('done');
    expect(second.states.at(-1)!.versions.map((v) => v.capturedAt)).toEqual(['2016-09-20T00:00:00.000Z', '2016-09-26T00:00:00.000Z']);
    expect(archive.listings).toBe(0);
    expect(archive.fetched.filter((t) => stopped.fetched.includes(t))).toEqual([]);
  });
});

describe('clearing and thorough mode', () => {
  it('forgets an article when asked: the next visit asks the archive again', async () => {
    const archive = new MemoryArchive([
      { timestamp: '20160919204901', article: early },
      { timestamp: '20191016111656', article: later },
    ]);
    const store = await HistoryStore.open(`test-${dbCounter++}`);
    const { service, live } = serviceAt(store, archive, { now: 0 });
    await live(later, '2020-01-01T00:00:00Z');
    await service.clear(URL_);
    expect(await store.loadArticle(URL_)).toEqual({ captures: [], visits: [] });
    const state = await live(later, '2020-01-02T00:00:00Z');
    expect(state.kind).toBe('done');
    expect(archive.listings).toBe(2);
    expect(archive.fetched).toHaveLength(4);
  });

  it('thorough mode finds a change that was reverted between two captures', async () => {
    const archive = new MemoryArchive([
      { timestamp: '20160919204901', article: early },
      { timestamp: '20160919210000', article: early },
      { timestamp: '20160919220000', article: later },
      { timestamp: '20160919230000', article: early },
      { timestamp: '20160920000000', article: early },
    ]);
    const { service, states, live } = serviceAt(await HistoryStore.open(`test-${dbCounter++}`), archive, { now: 0 });
    const bisected = await live(early, '2020-01-01T00:00:00Z');
    expect(bisected.versions).toHaveLength(1);
    expect(bisected).toMatchObject({ kind: 'done', coverage: 'bisected' });
    await service.thorough(URL_);
    await service.idle(URL_);
    expect(states.at(-1)!.versions.map((v) => v.capturedAt)).toEqual(['2016-09-19T20:49:01.000Z', '2016-09-19T22:00:00.000Z', '2016-09-19T23:00:00.000Z']);
    expect(states.at(-1)).toMatchObject({ kind: 'done', coverage: 'every-capture' });
    expect(new Set(archive.fetched).size).toBe(archive.fetched.length);
  });

  it('tells the reader when the fetch budget ended the search before every change was pinned', async () => {
    const captures = Array.from({ length: 9 }, (_, i) => ({
      timestamp: `201609${String(10 + i).padStart(2, '0')}120000`,
      article: article([`Paragraph as of day ${i}.`]),
    }));
    const store = await HistoryStore.open(`test-${dbCounter++}`);
    const service = new HistoryService({ store, source: () => new MemoryArchive(captures), extract, now: () => Date.parse('2020-01-01T00:00:00Z'), policy: { maxFetches: 3 } });
    const states: HistoryState[] = [];
    service.watch(URL_, (s) => states.push(s));
    await service.reportLive(captures.at(-1)!.article);
    await service.idle(URL_);
    expect(states.at(-1)).toMatchObject({ kind: 'done', coverage: 'cut-short', archivedCaptures: 9 });
    expect(states.at(-1)!.versions).toHaveLength(3);
  });
});

describe('watchers', () => {
  it('a tab whose port broke does not stop the job or the other tabs', async () => {
    const archive = new MemoryArchive([
      { timestamp: '20160919204901', article: early },
      { timestamp: '20191016111656', article: later },
    ]);
    const { service, states, live } = serviceAt(await HistoryStore.open(`test-${dbCounter++}`), archive, { now: 0 });
    service.watch(URL_, () => {
      throw new Error('Attempting to use a disconnected port object');
    });
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const state = await live(later, '2020-01-01T00:00:00Z');
    error.mockRestore();
    expect(state.kind).toBe('done');
    expect(states.at(-1)?.versions).toHaveLength(2);
  });
});
