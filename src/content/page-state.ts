/**
 * What the page knows, kept in one place by the content script: the article read off the live
 * page, its history as the background streams it, and whether the reader has the sidebar open.
 * The launcher and the sidebar read it; only the content script writes the article and history.
 */
import type { Article } from '../core/article.ts';
import type { HistoryState } from '../core/history.ts';
import { createStateStore, type StateStore } from '../core/state-store.ts';

/**
 * Whether the article's history has been asked for: `held` while the reader's setting keeps the
 * lookup for when the sidebar opens (nothing has left the page), `started` once it is asked.
 */
export type Lookup = 'held' | 'started';

export interface PageState {
  article: Article;
  history: HistoryState | null;
  lookup: Lookup;
  sidebarOpen: boolean;
}

export type PageStore = StateStore<PageState>;

export function createPageStore(article: Article, change: Partial<PageState> = {}): PageStore {
  return createStateStore<PageState>({ article, history: null, lookup: 'started', sidebarOpen: false, ...change });
}
