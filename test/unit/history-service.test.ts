import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/core/article.ts';
import type { HistoryState } from '../../src/core/history.ts';
import { HistoryService } from '../../src/background/history-service.ts';
import { HistoryStore } from '../../src/background/store.ts';
import { ArchiveError, type ArchiveSource, type Capture, type CaptureBody } from '../../src/sources/source.ts';

const URL_ = 'https://www.nytimes.com/2016/09/20/nyregion/x.html';

const article = (paragraphs: string[], title = 'Bombing suspect is captured'): Article => ({
  url: URL_, site: 'nytimes', title, byline: null, publishedAt: null, modifiedAt: null,
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

const extract = async (body: CaptureBody) => JSON.parse(new TextDecoder().decode(body.bytes)) as Article;

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
    expect(state.kind).toBe('done');
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
