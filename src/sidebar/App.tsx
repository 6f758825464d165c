import { useEffect, useMemo, useState } from 'preact/hooks';
import { diffArticles } from '../core/diff/index.ts';
import type { Version } from '../core/history.ts';
import type { PageState, PageStore, Selection } from '../content/state.ts';
import { ChangeList } from './ChangeList.tsx';
import { StatusLine } from './StatusLine.tsx';
import { VersionList } from './VersionList.tsx';
import { t } from './i18n.ts';

export interface SidebarActions {
  close(): void;
  retry(): void;
}

function usePageState(store: PageStore): PageState {
  const [state, setState] = useState(store.get());
  useEffect(() => store.subscribe(setState), [store]);
  return state;
}

/** The pair to compare: the reader's choice if both still exist, else the previous version against the newest. */
export function resolveSelection(versions: Version[], selection: Selection | null): [Version, Version] | null {
  const byId = (id: string) => versions.find((v) => v.id === id);
  const from = selection && byId(selection.fromId);
  const to = selection && byId(selection.toId);
  if (from && to) return [from, to];
  if (versions.length < 2) return null;
  return [versions[versions.length - 2]!, versions[versions.length - 1]!];
}

export function App({ store, actions }: { store: PageStore; actions: SidebarActions }) {
  const state = usePageState(store);
  const versions = state.history?.versions ?? [];
  const pair = resolveSelection(versions, state.selection);
  const diff = useMemo(() => pair && diffArticles(pair[0].article, pair[1].article), [pair?.[0].id, pair?.[1].id]);

  useEffect(() => {
    if (!state.sidebarOpen) return;
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && actions.close();
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [state.sidebarOpen]);

  if (!state.sidebarOpen) return null;
  return (
    <aside class="sidebar" data-testid="sidebar" role="complementary" aria-label={t('sidebarLabel')}>
      <header class="header">
        <h2 class="headline">{state.article.title}</h2>
        <button type="button" class="close" onClick={actions.close} aria-label={t('close')} title={t('close')}>
          ×
        </button>
      </header>
      <StatusLine history={state.history} onRetry={actions.retry} />
      <VersionList
        versions={versions}
        pair={pair}
        onSelect={(selection) => store.update({ selection })}
      />
      {pair && diff ? <ChangeList diff={diff} /> : <p class="empty">{t('noEarlierVersions')}</p>}
    </aside>
  );
}
