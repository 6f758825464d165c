/** Which two versions the sidebar compares when the reader has not picked them. */
import { diffArticles } from './diff/index.ts';
import { storyChanged } from './diff/summary.ts';
import type { Version } from './history.ts';

const readByVisitor = (version: Version) => version.sightings.some((s) => s.source === 'visit');

/** Whether the headline or body differs between two versions (not only a byline or a correction). */
export type StoryChangedBetween = (from: Version, to: Version) => boolean;

const diffStory: StoryChangedBetween = (from, to) => storyChanged(diffArticles(from.article, to.article));

/**
 * Indices into `versions` (oldest first) of the default pair, null with fewer than two.
 *
 * A reader who read an earlier text, and not the newest, is shown what changed since. Anyone
 * else is shown the newest version against the one before the last change to its headline or
 * body: a later edit to a correction or a byline alone would otherwise open the sidebar on a
 * pair with nothing in the story to show. When the story itself never changed, the previous
 * version against the newest. Adjacent versions are compared newest first, until one pair
 * differs in the story.
 */
export function defaultPair(versions: readonly Version[], changed: StoryChangedBetween = diffStory): [number, number] | null {
  const newest = versions.length - 1;
  if (newest < 1) return null;
  if (!readByVisitor(versions[newest]!)) {
    const lastRead = versions.slice(0, -1).findLastIndex(readByVisitor);
    if (lastRead >= 0) return [lastRead, newest];
  }
  for (let to = newest; to >= 1; to--) {
    if (changed(versions[to - 1]!, versions[to]!)) return [to - 1, newest];
  }
  return [newest - 1, newest];
}
