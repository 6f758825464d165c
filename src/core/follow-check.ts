/**
 * What one background read of a followed story's live page says. The page is fetched without
 * the reader's cookies, so what comes back may not be the story: a paywall's teaser, a 404 of a
 * story taken down, a redirect to the section front. None of those is an edit: each is a
 * failure noted on the story's row, and only a full read of the same story with another text
 * is a change.
 */
import type { Article } from './article.ts';
import { articleKey } from './article-key.ts';
import { countChanges, hasChanges, type ChangeCounts } from './change-summary.ts';
import { diffArticles } from './diff/index.ts';
import type { FollowFailure } from './followed-list.ts';

export { FOLLOW_FAILURES, type FollowFailure } from './followed-list.ts';

/** What the fetch and the extractor made of the live page, before it is judged. */
export type LiveRead =
  | { kind: 'unreachable' }
  | { kind: 'http-error'; status: number }
  /** `redirectedTo`: the address the answer came from, when it is not the story's own (after loose comparison). */
  | { kind: 'page'; redirectedTo: string | null; reading: { kind: 'article'; article: Article } | { kind: 'no-article' } | { kind: 'other-page'; url: string } };

export type LiveCheck =
  | { kind: 'unchanged' }
  | { kind: 'changed'; article: Article; hash: string; counts: ChangeCounts }
  | { kind: 'failed'; failure: FollowFailure };

/**
 * Judges a live read against the last text known for the story. A text that differs only in
 * formatting (quotes, whitespace) hashes differently but shows no change: it is not news.
 */
export function judgeLiveRead(read: LiveRead, last: Article): LiveCheck {
  if (read.kind === 'unreachable') return { kind: 'failed', failure: 'unreachable' };
  if (read.kind === 'http-error') return { kind: 'failed', failure: read.status === 404 ? 'not-found' : read.status === 410 ? 'gone' : 'http-error' };
  if (read.redirectedTo !== null || read.reading.kind === 'other-page') return { kind: 'failed', failure: 'redirected' };
  if (read.reading.kind === 'no-article') return { kind: 'failed', failure: 'no-article' };
  const { article } = read.reading;
  if (article.partial) return { kind: 'failed', failure: 'partial' };
  const hash = articleKey(article);
  if (hash === articleKey(last)) return { kind: 'unchanged' };
  const counts = countChanges(diffArticles(last, article));
  return hasChanges(counts) ? { kind: 'changed', article, hash, counts } : { kind: 'unchanged' };
}

/**
 * Whether an answer that came from `final` is still the story at `requested`: the same host and
 * path, a `www.`, a trailing slash and the query aside (a redirect that only adds tracking
 * parameters or https is the same page).
 */
export function sameStoryAddress(requested: string, final: string): boolean {
  const loose = (href: string) => {
    const url = new URL(href);
    return `${url.hostname.replace(/^www\./, '').toLowerCase()}${url.pathname.replace(/\/(index\.html?)?$/i, '')}`;
  };
  return loose(requested) === loose(final);
}
