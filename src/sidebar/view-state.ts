/**
 * The sidebar's own view of the history, kept in one place by the sidebar: which pair the reader
 * compares, where they are in its changes, and how the changes are shown. The page knows none of it.
 */
import { createStateStore, type StateStore } from '../core/state-store.ts';

/** The pair of versions the reader compares (see versionKey); null means the default pair. */
export interface Selection {
  fromKey: string;
  toKey: string;
}

export type ChangeView = 'inline' | 'columns';

/** Whether the story is followed; `unknown` until the background answered. */
export type FollowView = 'unknown' | 'following' | 'not-following';

export interface ViewState {
  selection: Selection | null;
  /** Index into the diff's paragraph operations of the change the reader is on (j/k, clicks). */
  activeChange: number | null;
  /** Index of the operation whose earlier text is shown in a popover on the page. */
  popover: number | null;
  showFormatting: boolean;
  view: ChangeView;
  follow: FollowView;
  /** The version a followed story's unseen change led to: the sidebar opens on that change until the reader picks a pair. */
  openOn: string | null;
}

export type ViewStore = StateStore<ViewState>;

export function createViewStore(): ViewStore {
  return createStateStore<ViewState>({ selection: null, activeChange: null, popover: null, showFormatting: false, view: 'inline', follow: 'unknown', openOn: null });
}
