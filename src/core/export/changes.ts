/**
 * The changes an export lists: each pair of consecutive versions of the timeline whose diff
 * holds an edit. A pair that differs only in formatting or in page layout (a `layout` op: a
 * line of furniture on one side, between copies read from different layouts) is no change to
 * report, the same rule by which the sidebar and the notifications count. Unlike the sidebar's
 * default pair, which passes over a change to the corrections or byline alone to open on the
 * story's last edit, an export lists such a change too: a correction added or withdrawn is news
 * to a reader who follows the story.
 */
import { countChanges, hasChanges, summaryLine, type ChangeCounts, type SummaryWords } from '../change-summary.ts';
import { diffArticles } from '../diff/index.ts';
import type { ArticleDiff } from '../diff/types.ts';
import { versionKey, type Version } from '../history.ts';

/** What every export takes: one story's timeline and how to word a change's summary. */
export interface StoryHistory {
  /** The story's canonical URL: the exports' ids are made from it, so it must not vary between exports. */
  url: string;
  /** Oldest first, as the timeline holds them. */
  versions: readonly Version[];
}

/** Two consecutive versions and what changed between them. */
export interface VersionPair {
  from: Version;
  to: Version;
  /** 1-based positions of the two versions in the timeline. */
  fromNumber: number;
  toNumber: number;
  diff: ArticleDiff;
  counts: ChangeCounts;
  /** False when only formatting or page layout differ: not a change a reader is told about. */
  edited: boolean;
}

/** Every pair of consecutive versions, oldest first, edited or not. */
export function versionPairs(versions: readonly Version[]): VersionPair[] {
  return versions.slice(1).map((to, i) => {
    const from = versions[i]!;
    const diff = diffArticles(from.article, to.article);
    const counts = countChanges(diff);
    return { from, to, fromNumber: i + 1, toNumber: i + 2, diff, counts, edited: hasChanges(counts) };
  });
}

/** The pairs that hold an edit, oldest first. */
export const storyChanges = (versions: readonly Version[]): VersionPair[] => versionPairs(versions).filter((pair) => pair.edited);

export const changeSummary = (pair: VersionPair, words: SummaryWords): string => summaryLine(pair.counts, words);

/** A pair's identity, from its two versions' keys: the same pair in any later export. */
export const pairKey = (pair: Pick<VersionPair, 'from' | 'to'>): [string, string] => [versionKey(pair.from), versionKey(pair.to)];

/**
 * An ISO 8601 time as RFC 3339 in UTC (`2016-09-19T20:49:01Z`), whole seconds written without
 * a fraction. Throws on a string that is not a time: an export never writes an invalid date.
 */
export function rfc3339(iso: string): string {
  const time = new Date(iso);
  if (Number.isNaN(time.getTime())) throw new RangeError(`not a time: ${iso}`);
  return time.toISOString().replace('.000Z', 'Z');
}
