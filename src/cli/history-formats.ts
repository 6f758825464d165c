/**
 * How `article-history history` prints a story's timeline. JSON is the timeline itself; Atom
 * and Markdown are the exports of src/core/export/, each wired here by one line, and until then
 * `null`: the command refuses them before asking the archive anything.
 */
import type { Version } from '../core/history.ts';
import type { FinalState } from './history-engine.ts';
import type { Format } from './history.ts';

/** One story's history as the engine left it. */
export interface StoryHistory {
  /** The canonical address the history is kept under. */
  url: string;
  state: FinalState;
}

export type Render = (story: StoryHistory) => string;

export const RENDERERS: Record<Format, Render | null> = {
  json: (story) => JSON.stringify(storyJson(story), null, 2),
  atom: null,
  markdown: null,
};

/** One version: when it was first seen, every sighting of it, and its text with the keys `extract` prints. */
function versionJson({ id, capturedAt, sightings, article }: Version) {
  const { title, byline, publishedAt, modifiedAt, corrections, paragraphs, site, reader, partial, liveBlog } = article;
  return { id, capturedAt, sightings, title, byline, publishedAt, modifiedAt, corrections, paragraphs, site, reader, partial, liveBlog };
}

/** The timeline, oldest version first, with how far the archive was searched or why it was not. */
export function storyJson({ url, state }: StoryHistory) {
  const outcome =
    state.kind === 'done'
      ? { state: 'done' as const, archivedCaptures: state.archivedCaptures, coverage: state.coverage, ...(state.tooLarge ? { tooLarge: state.tooLarge } : {}) }
      : { state: 'failed' as const, reason: state.reason };
  return { url, ...outcome, versions: state.versions.map(versionJson) };
}
