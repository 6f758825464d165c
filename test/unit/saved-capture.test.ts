/**
 * After the reader saves a page to the archive, the history lists its captures again, though
 * the list it holds is fresh, and a few times more while the archive does not list the new one
 * yet: the new capture joins the timeline when the archive has it, and the archive is asked no
 * more than that.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/core/article.ts';
import type { HistoryState } from '../../src/core/history.ts';
import { HistoryService } from '../../src/background/history-service.ts';
import { HistoryStore } from '../../src/background/store.ts';
import type { ArchiveSource, Capture, CaptureBody } from '../../src/sources/source.ts';

const URL_ = 'https://www.nytimes.com/2016/09/20/nyregion/x.html';
const article = (paragraphs: string[]): Article => ({
  url: URL_, site: 'nytimes', reader: 'nytimes:2014', title: 'Bombing suspect is captured', byline: null, publishedAt: null, modifiedAt: null,
  corrections: [], paragraphs, partial: false, liveBlog: false,
});
const early = article(['Mr. Rahami fled, indiscriminantly firing.']);
const live = article(['Mr. Rahami fled, indiscriminately firing.', 'He was taken to a hospital.']);

/** An archive whose captures are JSON articles; `listed` is what its index holds now. */
class SlowIndexArchive implements ArchiveSource {
  readonly id = 'web.archive.org';
  listings: number[] = [];
  listed: { timestamp: string; article: Article }[] = [{ timestamp: '20160919204901', article: early }];
  constructor(private readonly now: () => number) {}
  async listCaptures(): Promise<Capture[]> {
    this.listings.push(this.now());
    return this.listed.map((c, i) => ({ timestamp: c.timestamp, original: URL_, digest: `D${i}` }));
  }
  async fetchCapture(capture: Capture): Promise<CaptureBody> {
    const found = this.listed.find((c) => c.timestamp === capture.timestamp)!;
    return { bytes: new TextEncoder().encode(JSON.stringify(found.article)), contentType: 'application/json' };
  }
  viewUrl(capture: Capture) {
    return `https://web.archive.org/web/${capture.timestamp}/${capture.original}`;
  }
}

let db = 0;
async function setUp() {
  let now = Date.parse('2026-11-30T10:42:00Z');
  const archive = new SlowIndexArchive(() => now);
  /** The article's one alarm, as the browser keeps it: set again replaces it, cleared is gone. */
  const alarm: { at: number | null } = { at: null };
  const service = new HistoryService({
    store: await HistoryStore.open(`saved-capture-${db++}`),
    source: () => archive,
    extract: async (body) => ({ kind: 'article', article: JSON.parse(new TextDecoder().decode(body.bytes)) as Article }),
    now: () => now,
    wakeUps: { at: (_, at) => (alarm.at = at), cancel: () => (alarm.at = null) },
  });
  let state: HistoryState | null = null;
  service.watch(URL_, (s) => (state = s));
  /** Moves time to the alarm and runs the job it wakes. */
  const wake = async () => {
    now = alarm.at!;
    service.resume(URL_);
    await service.idle(URL_);
  };
  return { archive, service, alarm, wake, state: () => state!, minutesSinceSave: (at: number) => (at - Date.parse('2026-11-30T10:42:00Z')) / 60_000 };
}

const archivedTimes = (state: HistoryState) => state.versions.flatMap((v) => v.sightings.filter((s) => s.source === 'archive').map((s) => s.at));

describe('a page the reader saved to the archive', () => {
  it('is listed again at once, past the fresh list, and its capture joins the timeline', async () => {
    const { archive, service, state } = await setUp();
    await service.reportLive(live);
    await service.idle(URL_);
    expect(archive.listings).toHaveLength(1);
    expect(state().versions.at(-1)!.sightings.map((s) => s.source)).toEqual(['live']);

    archive.listed.push({ timestamp: '20261130104205', article: live });
    await service.expectCapture(URL_, '20261130104205');
    await service.idle(URL_);
    expect(archive.listings).toHaveLength(2);
    expect(archivedTimes(state())).toContain('2026-11-30T10:42:05.000Z');
    expect(state().versions.at(-1)!.sightings.map((s) => s.source).sort()).toEqual(['archive', 'live']);
  });

  it('is listed again 30 s, 1, 2 and 4 minutes on while the archive does not list it yet, then no more', async () => {
    const { archive, service, alarm, wake, minutesSinceSave } = await setUp();
    await service.reportLive(live);
    await service.idle(URL_);
    await service.expectCapture(URL_, '20261130104205');
    await service.idle(URL_);
    for (let i = 0; i < 3; i++) await wake();
    expect(archive.listings.slice(1).map(minutesSinceSave)).toEqual([0, 0.5, 1.5, 3.5]);
    expect(minutesSinceSave(alarm.at!)).toBe(7.5);
    await wake();
    // The checks are spent: the capture will show when the list's TTL runs out, not sooner.
    expect(archive.listings).toHaveLength(6);
    expect(alarm.at).toBeNull();
    service.resume(URL_);
    await service.idle(URL_);
    expect(archive.listings).toHaveLength(6);
  });

  it('stops asking once the archive lists the capture', async () => {
    const { archive, service, alarm, wake, state } = await setUp();
    await service.reportLive(live);
    await service.idle(URL_);
    await service.expectCapture(URL_, '20261130104205');
    await service.idle(URL_);
    archive.listed.push({ timestamp: '20261130104205', article: live });
    await wake();
    expect(archive.listings).toHaveLength(3);
    expect(archivedTimes(state())).toContain('2026-11-30T10:42:05.000Z');
    expect(alarm.at).toBeNull();
    service.resume(URL_);
    await service.idle(URL_);
    expect(archive.listings).toHaveLength(3);
  });
});
