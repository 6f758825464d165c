/** The one place the content script's state lives; the launcher and the sidebar read it from here. */
import type { Article } from '../core/article.ts';
import type { HistoryState } from '../core/history.ts';

/** The pair of versions the reader compares, by version id; null means the default pair. */
export interface Selection {
  fromId: string;
  toId: string;
}

export interface PageState {
  article: Article;
  history: HistoryState | null;
  sidebarOpen: boolean;
  selection: Selection | null;
}

export interface PageStore {
  get(): PageState;
  update(change: Partial<PageState>): void;
  subscribe(listener: (state: PageState) => void): () => void;
}

export function createPageStore(initial: PageState): PageStore {
  let state = initial;
  const listeners = new Set<(state: PageState) => void>();
  return {
    get: () => state,
    update(change) {
      state = { ...state, ...change };
      listeners.forEach((listener) => listener(state));
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
