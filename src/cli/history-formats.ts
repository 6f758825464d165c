/**
 * How `article-history history` prints a story's timeline. JSON is the timeline itself; Atom
 * and Markdown are the exports of src/core/export/, the same files the sidebar's Export row
 * saves, in the extension's English words.
 */
import { countChanges, summaryLine } from '../core/change-summary.ts';
import { diffArticles } from '../core/diff/index.ts';
import { storyAtomFeed } from '../core/export/atom.ts';
import { storyMarkdown } from '../core/export/markdown.ts';
import type { Version } from '../core/history.ts';
import type { FinalState } from './history-engine.ts';
import type { Format } from './history.ts';
import { englishSummaryWords } from './summary-words.ts';

/** One story's history as the engine left it. */
export interface LookedUpStory {
  /** The canonical address the history is kept under. */
  url: string;
  state: FinalState;
}

export type Render = (story: LookedUpStory) => string;

const exported = ({ url, state }: LookedUpStory) => ({ url, versions: state.versions, words: englishSummaryWords, exportedAt: new Date().toISOString() });

export const RENDERERS: Record<Format, Render> = {
  json: (story) => JSON.stringify(timelineJson(story), null, 2),
  atom: (story) => storyAtomFeed(exported(story)),
  markdown: (story) => storyMarkdown(exported(story)),
};

/**
 * One version: when it was first seen, every sighting of it, what changed since the version
 * before in one line (null for the first), and its text with the keys `extract` prints.
 */
function versionJson({ id, capturedAt, sightings, article }: Version, index: number, versions: readonly Version[]) {
  const previous = versions[index - 1];
  const change = previous ? summaryLine(countChanges(diffArticles(previous.article, article)), englishSummaryWords) : null;
  const { title, byline, publishedAt, modifiedAt, corrections, paragraphs, site, reader, partial, liveBlog } = article;
  return { id, capturedAt, sightings, change, title, byline, publishedAt, modifiedAt, corrections, paragraphs, site, reader, partial, liveBlog };
}

/** The timeline, oldest version first, with how far the archive was searched or why it was not. */
export function timelineJson({ url, state }: LookedUpStory) {
  const outcome =
    state.kind === 'done'
      ? { state: 'done' as const, archivedCaptures: state.archivedCaptures, coverage: state.coverage, ...(state.tooLarge ? { tooLarge: state.tooLarge } : {}) }
      : { state: 'failed' as const, reason: state.reason };
  return { url, ...outcome, versions: state.versions.map(versionJson) };
}
