/** The one place the content script's state lives; the launcher, sidebar and overlay read it from here. */
import type { Article } from '../core/article.ts';
import type { HistoryState } from '../core/history.ts';

/** The pair of versions the reader compares (see versionKey); null means the default pair. */
export interface Selection {
  fromKey: string;
  toKey: string;
}

export type ChangeView = 'inline' | 'columns';

export interface PageState {
  article: Article;
  history: HistoryState | null;
  sidebarOpen: boolean;
  selection: Selection | null;
  /** Index into the diff's paragraph operations of the change the reader is on (j/k, clicks). */
  activeChange: number | null;
  /** Index of the operation whose earlier text is shown in a popover on the page. */
  popover: number | null;
  showFormatting: boolean;
  view: ChangeView;
}

export interface PageStore {
  get(): PageState;
  update(change: Partial<PageState>): void;
  subscribe(listener: (state: PageState) => void): () => void;
}

export function initialPageState(article: Article): PageState {
  return { article, history: null, sidebarOpen: false, selection: null, activeChange: null, popover: null, showFormatting: false, view: 'inline' };
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
