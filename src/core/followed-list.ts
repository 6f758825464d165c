/**
 * The followed-stories page's rows: what the background tells the page about each followed
 * story, and the order they are listed in (changes the reader has not seen first). Free of
 * imports: the message guards, which every context loads, check these shapes.
 */

/** Why a live read of a followed story gave no version. */
export type FollowFailure =
  /** 404 */
  | 'not-found'
  /** 410: the site says the story was taken down for good. */
  | 'gone'
  /** Another HTTP error (5xx, 403, 429...). */
  | 'http-error'
  /** The story's address led to another page (a section front, another story, another host). */
  | 'redirected'
  /** Part of the story only: a paywall or a page cut at the size limit. */
  | 'partial'
  /** A page, but no story found in it. */
  | 'no-article'
  /** No answer at all: offline, refused, timed out. */
  | 'unreachable';

export const FOLLOW_FAILURES: readonly FollowFailure[] = ['not-found', 'gone', 'http-error', 'redirected', 'partial', 'no-article', 'unreachable'];

export interface FollowedStory {
  url: string;
  title: string;
  /** Distinct texts stored for the story. */
  versions: number;
  pinned: boolean;
  /** A change the reader has not opened the sidebar on since it was found. */
  unseen: boolean;
  /** The newest change a check found, worded as its notification was. */
  lastChange: { at: number; summary: string } | null;
  /** Set while the live page fails (a 404, a paywall, a redirect elsewhere): checks go on, less often. */
  failure: FollowFailure | null;
  /** Null once checks have stopped (30 days, not pinned). */
  nextCheckAt: number | null;
}

/** Unseen changes first, then the most recently changed; stories that never changed last. */
export function orderFollowed(stories: readonly FollowedStory[]): FollowedStory[] {
  return [...stories].sort((a, b) => Number(b.unseen) - Number(a.unseen) || (b.lastChange?.at ?? -1) - (a.lastChange?.at ?? -1) || a.title.localeCompare(b.title));
}
