import type { Article } from './article.ts';

/** Where and when one version of an article was seen. */
export type Sighting =
  | { source: 'archive'; at: string; archive: string; captureUrl: string }
  | { source: 'visit'; at: string }
  | { source: 'live'; at: string };

/**
 * One distinct text of the article. Consecutive sightings with the same normalised text are
 * one version; `capturedAt` is the earliest of them, when this text was first seen.
 */
export interface Version {
  /** Hash of the normalised text: equal texts, equal ids. */
  id: string;
  capturedAt: string;
  article: Article;
  sightings: Sighting[];
}

/**
 * A version's identity in the timeline. Its id is the hash of its text, and a text can come
 * back after an edit is reverted, so the time it was first seen is part of the key.
 */
export const versionKey = (version: Version) => `${version.id}@${version.capturedAt}`;

export type FailureReason =
  | 'archive-unavailable'
  | 'archive-blocked'
  | 'archive-garbled'
  /** The archive answered with redirect after redirect. */
  | 'archive-redirect-loop'
  | 'offline'
  | 'internal';

/** Whether asking the archive again can change the answer: not when it excludes the site. */
export const retryCanHelp = (reason: FailureReason): boolean => reason !== 'archive-blocked';

/**
 * How far the archive's captures were searched. `bisected`: every change is pinned between two
 * captures, but one made and reverted between two captures with the same text can hide;
 * `every-capture`: every distinct capture was read (asked for, or as it happened);
 * `cut-short`: the fetch budget ran out first, and changes may be missing.
 */
export type Coverage = 'bisected' | 'every-capture' | 'cut-short';

/** What the reader is shown about one article's history; every state carries what is known so far. */
export type HistoryState =
  /** Waiting for the archive's listing budget: `ahead` lookups go first, this one starts at about `startsAt`. */
  | { kind: 'queued'; versions: Version[]; ahead: number; startsAt: number }
  | { kind: 'loading'; versions: Version[]; checked: number; estimated: number }
  | { kind: 'rate-limited'; versions: Version[]; retryAt: number }
  /** `tooLarge`: archived copies skipped because no story was found in as much of them as is read (MAX_CAPTURE_BYTES). */
  | { kind: 'done'; versions: Version[]; archivedCaptures: number; coverage: Coverage; tooLarge?: number }
  /** `retryAt`: when the job tries again by itself; absent when it waits for the reader to ask. */
  | { kind: 'failed'; versions: Version[]; reason: FailureReason; retryAt?: number };
