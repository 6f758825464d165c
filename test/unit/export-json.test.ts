/** The JSON export: a versioned shape a researcher's script can rely on. */
import { beforeAll, describe, expect, it } from 'vitest';
import { englishSummaryWords as words } from '../../src/cli/summary-words.ts';
import { JSON_FORMAT, storyHistoryData, storyJson, type HistoryExport } from '../../src/core/export/json.ts';
import type { Version } from '../../src/core/history.ts';
import { RAHAMI_URL, rahamiVersions, truthTimelines, versionOf } from '../support/story-versions.ts';

let rahami: Version[];
beforeAll(async () => {
  rahami = await rahamiVersions();
});

const exportOf = (versions: Version[], exportedAt = '2026-11-30T09:00:00.000Z'): HistoryExport =>
  JSON.parse(storyJson({ url: RAHAMI_URL, versions, words, exportedAt })) as HistoryExport;

describe('the JSON export', () => {
  it('says its format, and holds every version with its sightings, oldest first', () => {
    const data = exportOf(rahami);
    expect(data.format).toBe(JSON_FORMAT);
    expect(data.format).toBe('article-history/1');
    expect(data.url).toBe(RAHAMI_URL);
    expect(data.exportedAt).toBe('2026-11-30T09:00:00Z');
    expect(data.versions.map((v) => [v.number, v.capturedAt, v.reader, v.sightings.map((s) => s.source)])).toEqual([
      [1, '2016-09-19T20:49:01Z', 'nytimes:2014', ['archive']],
      [2, '2019-10-16T11:16:56Z', expect.stringMatching(/^nytimes:/), ['archive']],
      [3, '2026-11-23T21:00:00Z', expect.stringMatching(/^nytimes:/), ['live']],
    ]);
    expect(data.versions[0]!.sightings[0]).toEqual({ source: 'archive', at: '2016-09-19T20:49:01Z', archive: 'web.archive.org', captureUrl: `https://web.archive.org/web/20160919204901/${RAHAMI_URL}` });
    expect(data.versions[1]!.paragraphs).toEqual(rahami[1]!.article.paragraphs);
  });

  it('holds one change per pair of consecutive versions, with its summary, counts and operations', () => {
    const data = exportOf(rahami);
    expect(data.changes.map((c) => [c.from, c.to, c.seenAt, c.edited, c.summary])).toEqual([
      [data.versions[0]!.key, data.versions[1]!.key, '2019-10-16T11:16:56Z', true, '2 corrections changed; 8 paragraphs rewritten, 30 paragraphs added, 26 paragraphs removed, 7 paragraphs moved'],
      [data.versions[1]!.key, data.versions[2]!.key, '2026-11-23T21:00:00Z', true, '2 corrections changed'],
    ]);
    expect(data.changes[0]!.counts).toMatchObject({ headline: false, rewritten: 8, added: 30, removed: 26, moved: 7 });
    expect(data.changes[0]!.paragraphs.some((op) => op.kind === 'unchanged')).toBe(false);
  });

  it("places every operation at its paragraphs in the two versions it lies between, on every real version set", async () => {
    for (const story of [{ id: 'rahami', url: RAHAMI_URL, versions: rahami }, ...(await truthTimelines())]) {
      const data = storyHistoryData({ ...story, words, exportedAt: '2026-11-30T09:00:00Z' });
      expect(data.changes, story.id).toHaveLength(story.versions.length - 1);
      const byKey = new Map(data.versions.map((v) => [v.key, v]));
      for (const change of data.changes) {
        const older = byKey.get(change.from)!.paragraphs;
        const newer = byKey.get(change.to)!.paragraphs;
        for (const op of change.paragraphs) {
          if ('oldText' in op && typeof op.from === 'number') expect(older[op.from], story.id).toBe(op.oldText);
          if ('text' in op && typeof op.to === 'number') expect(newer[op.to], story.id).toBe(op.text);
          if (op.kind === 'split') expect(op.to.map((i) => newer[i]), story.id).toEqual(op.texts);
          if (op.kind === 'merged') expect(op.from.map((i) => older[i]), story.id).toEqual(op.oldTexts);
        }
      }
    }
  });

  it('keeps the same keys when exported again later', () => {
    const first = exportOf(rahami, '2026-11-30T09:00:00Z');
    const later = exportOf(rahami, '2027-02-01T10:00:00Z');
    expect(later.versions.map((v) => v.key)).toEqual(first.versions.map((v) => v.key));
    expect({ ...later, exportedAt: null }).toEqual({ ...first, exportedAt: null });
  });

  it('marks copies that differ only in page layout as no edit', () => {
    const live = rahami[2]!.article;
    const template = versionOf({ ...live, reader: 'nytimes:2018-04' }, '2026-01-01T00:00:00Z');
    const generic = versionOf({ ...live, reader: 'generic', paragraphs: [...live.paragraphs, 'ADVERTISEMENT'] }, '2026-02-01T00:00:00Z', 'live');
    const [change] = exportOf([template, generic]).changes;
    expect(change!.edited).toBe(false);
    expect(change!.paragraphs).toEqual([{ kind: 'layout', side: 'added', to: live.paragraphs.length, text: 'ADVERTISEMENT' }]);
    expect(change!.totals.paragraphsChanged).toBe(0);
  });
});
