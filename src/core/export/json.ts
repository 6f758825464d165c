/**
 * A story's history as data. The shape, `article-history/1` (a change to it that breaks a
 * reader of this one gets a new number):
 *
 * ```
 * {
 *   "format": "article-history/1",
 *   "url": canonical URL of the story,
 *   "exportedAt": RFC 3339,
 *   "versions": [ oldest first: {
 *     "key": "<id>@<capturedAt>" (a version's identity: its text can come back after a revert),
 *     "number": 1-based place in the timeline, "id": hash of the normalised text,
 *     "capturedAt": RFC 3339, when this text was first seen,
 *     "reader": "site:era" or "generic", "title", "byline", "publishedAt", "modifiedAt",
 *     "corrections": [string], "paragraphs": [string] (display text), "partial", "liveBlog",
 *     "sightings": [ { "source": "archive", "at", "archive", "captureUrl" } | { "source": "visit" | "live", "at" } ] } ],
 *   "changes": [ one per pair of consecutive versions, oldest first: {
 *     "from", "to": version keys, "seenAt": RFC 3339 (the newer version's capturedAt),
 *     "edited": false when only formatting or page layout differ (not a change),
 *     "summary": the one-line summary, "counts": { headline, byline, corrections, rewritten, added, removed, moved },
 *     "title", "byline": FieldChange, "corrections": [FieldChange],
 *     "paragraphs": [ParagraphOp] without the unchanged ones (their text is in the versions),
 *     "totals": { wordsAdded, wordsRemoved, paragraphsChanged }, "partial",
 *     "readers": { "old", "new", "differ" } } ]
 * }
 * ```
 * FieldChange and ParagraphOp are src/core/diff/types.ts: `from`/`to` are 0-based paragraph
 * positions in the older and newer version; a `layout` op is a line of page furniture on one
 * side between copies read from different layouts, and is never an edit.
 */
import type { ChangeCounts, SummaryWords } from '../change-summary.ts';
import type { DiffTotals, FieldChange, ParagraphOp } from '../diff/types.ts';
import { versionKey, type Sighting, type Version } from '../history.ts';
import { changeSummary, pairKey, rfc3339, versionPairs, type StoryHistory, type VersionPair } from './changes.ts';

export const JSON_FORMAT = 'article-history/1';

export interface ExportedVersion {
  key: string;
  number: number;
  id: string;
  capturedAt: string;
  reader: string;
  title: string;
  byline: string | null;
  publishedAt: string | null;
  modifiedAt: string | null;
  corrections: string[];
  paragraphs: string[];
  partial: boolean;
  liveBlog: boolean;
  sightings: Sighting[];
}

export interface ExportedChange {
  from: string;
  to: string;
  seenAt: string;
  edited: boolean;
  summary: string;
  counts: ChangeCounts;
  title: FieldChange;
  byline: FieldChange;
  corrections: FieldChange[];
  paragraphs: ParagraphOp[];
  totals: DiffTotals;
  partial: boolean;
  readers: { old: string | null; new: string | null; differ: boolean };
}

export interface HistoryExport {
  format: typeof JSON_FORMAT;
  url: string;
  exportedAt: string;
  versions: ExportedVersion[];
  changes: ExportedChange[];
}

function exportedVersion(version: Version, index: number): ExportedVersion {
  const a = version.article;
  return {
    key: versionKey(version),
    number: index + 1,
    id: version.id,
    capturedAt: rfc3339(version.capturedAt),
    reader: a.reader,
    title: a.title,
    byline: a.byline,
    publishedAt: a.publishedAt,
    modifiedAt: a.modifiedAt,
    corrections: a.corrections,
    paragraphs: a.paragraphs,
    partial: a.partial,
    liveBlog: a.liveBlog,
    sightings: version.sightings,
  };
}

function exportedChange(pair: VersionPair, words: SummaryWords): ExportedChange {
  const [from, to] = pairKey(pair);
  const { title, byline, corrections, paragraphs, totals, partial, readers } = pair.diff;
  return {
    from,
    to,
    seenAt: rfc3339(pair.to.capturedAt),
    edited: pair.edited,
    summary: changeSummary(pair, words),
    counts: pair.counts,
    title,
    byline,
    corrections,
    paragraphs: paragraphs.filter((op) => op.kind !== 'unchanged'),
    totals,
    partial,
    readers,
  };
}

export interface JsonInput extends StoryHistory {
  words: SummaryWords;
  exportedAt: string;
}

export function storyHistoryData(input: JsonInput): HistoryExport {
  return {
    format: JSON_FORMAT,
    url: input.url,
    exportedAt: rfc3339(input.exportedAt),
    versions: input.versions.map(exportedVersion),
    changes: versionPairs(input.versions).map((pair) => exportedChange(pair, input.words)),
  };
}

/** The export as a file's text: two-space indented, one trailing newline. */
export const storyJson = (input: JsonInput): string => `${JSON.stringify(storyHistoryData(input), null, 2)}\n`;
