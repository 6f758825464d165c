/**
 * How `article-history history` prints a story's timeline. JSON is the timeline itself; Atom
 * and Markdown are the exports of src/core/export/, each wired here by one line (given the
 * story, `ENGLISH_SUMMARY` and the time of the export), and until then `null`: the command
 * refuses them before asking the archive anything.
 */
import { countChanges, summaryLine, type SummaryWords } from '../core/change-summary.ts';
import { diffArticles } from '../core/diff/index.ts';
import type { Version } from '../core/history.ts';
import type { FinalState } from './history-engine.ts';
import type { Format } from './history.ts';

/** One story's history as the engine left it. */
export interface LookedUpStory {
  /** The canonical address the history is kept under. */
  url: string;
  state: FinalState;
}

export type Render = (story: LookedUpStory) => string;

const count = (n: number, one: string, other: string) => `${n} ${n === 1 ? one : other}`;

/** The command line speaks English: the one-line summary of a change, as the extension's English locale words it. */
export const ENGLISH_SUMMARY: SummaryWords = {
  headline: () => 'Headline changed',
  byline: () => 'byline changed',
  corrections: (n) => `${count(n, 'correction', 'corrections')} changed`,
  rewritten: (n) => `${count(n, 'paragraph', 'paragraphs')} rewritten`,
  added: (n) => `${count(n, 'paragraph', 'paragraphs')} added`,
  removed: (n) => `${count(n, 'paragraph', 'paragraphs')} removed`,
  moved: (n) => `${count(n, 'paragraph', 'paragraphs')} moved`,
  join: (fields, body) => [fields.join(', '), body.join(', ')].filter(Boolean).join('; '),
  nothing: () => 'Only formatting changed',
};

export const RENDERERS: Record<Format, Render | null> = {
  json: (story) => JSON.stringify(timelineJson(story), null, 2),
  atom: null,
  markdown: null,
};

/**
 * One version: when it was first seen, every sighting of it, what changed since the version
 * before in one line (null for the first), and its text with the keys `extract` prints.
 */
function versionJson({ id, capturedAt, sightings, article }: Version, index: number, versions: readonly Version[]) {
  const previous = versions[index - 1];
  const change = previous ? summaryLine(countChanges(diffArticles(previous.article, article)), ENGLISH_SUMMARY) : null;
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
