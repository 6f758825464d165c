import { useEffect, useRef, useState } from 'preact/hooks';
import type { PageStore } from '../content/page-state.ts';
import type { StateStore } from '../core/state-store.ts';
import type { SaveOutcome } from '../sources/save-page-now.ts';
import type { Overlay } from './overlay.ts';
import type { PageRoom } from './page-room.ts';
import type { ViewStore } from './view-state.ts';
import { ChangeList, shownChanges } from './ChangeList.tsx';
import { ArchiveNow } from './ArchiveNow.tsx';
import { Controls } from './Controls.tsx';
import { ExportButtons } from './ExportButtons.tsx';
import { diffVersions } from './diff-cache.ts';
import { Header } from './Header.tsx';
import { PairBar } from './PairBar.tsx';
import { Popover } from './Popover.tsx';
import { ResizeHandle, useSidebarWidth } from './ResizeHandle.tsx';
import { VersionList } from './VersionList.tsx';
import { t } from './i18n.ts';
import { resolveSelection, selectionEndingAt, stepSelection } from './selection.ts';
import { FollowBar } from './FollowBar.tsx';
import { handleSidebarKey } from './keys.ts';
import { usePageRoom } from './use-page-room.ts';

/**
 * Scrolls the sidebar itself to a change. Not scrollIntoView: on an element inside a fixed
 * box, Chromium also shifts the fixed box off the top of the viewport. A change under the
 * pair bar, which stays at the top, is not in view.
 */
function scrollSidebarTo(root: ShadowRoot, index: number) {
  const aside = root.querySelector<HTMLElement>('.sidebar');
  const item = root.querySelector<HTMLElement>(`[data-op-index="${index}"]`);
  if (!aside || !item) return;
  const top = item.offsetTop;
  const covered = root.querySelector<HTMLElement>('.pair-bar')?.offsetHeight ?? 0;
  if (top < aside.scrollTop + covered || top + item.offsetHeight > aside.scrollTop + aside.clientHeight) aside.scrollTop = top - aside.clientHeight / 3;
}

export interface SidebarActions {
  close(): void;
  retry(): void;
  /** Read every archived capture rather than bisecting (the history engine's thorough mode). */
  checkEveryCapture(): void;
  /** Opens the extension's options page in a tab. */
  openSettings(): void;
  follow(follow: boolean): void;
  openFollowed(): void;
  /** Asks the archive to save the live page now (Save Page Now). */
  archiveNow(): Promise<SaveOutcome>;
}

function useStoreState<T extends object>(store: StateStore<T>): T {
  const [state, setState] = useState(store.get());
  useEffect(() => {
    const unsubscribe = store.subscribe(setState);
    // Effects run after paint: a state that arrived between the first render and now would
    // otherwise stay unseen until the next one.
    setState(store.get());
    return unsubscribe;
  }, [store]);
  return state;
}

interface Props {
  page: PageStore;
  view: ViewStore;
  actions: SidebarActions;
  overlay: Overlay;
  room: PageRoom;
  root: ShadowRoot;
}

export function App({ page, view, actions, overlay, room, root }: Props) {
  const state = { ...useStoreState(page), ...useStoreState(view) };
  const [width, setWidth, saveWidth] = useSidebarWidth();
  usePageRoom(room, state.sidebarOpen, width);
  const [, repaint] = useState(0);
  const versions = state.history?.versions ?? [];
  const pair = resolveSelection(versions, state.selection ?? selectionEndingAt(versions, state.openOn));
  const diff = pair && diffVersions(pair[0], pair[1]);
  const newest = versions.at(-1);
  // The page shows the newest text only when the newest version is the live page itself.
  const liveIsNewest = !!newest?.sightings.some((s) => s.source === 'live');
  const overlayDiff = pair && newest && liveIsNewest && pair[0] !== newest ? diffVersions(pair[0], newest) : null;
  // The overlay marks the diff against the live page: only when the selected pair ends there
  // are its operations the ones the sidebar lists. A ref, so handlers made earlier see it.
  const sameAsOverlay = useRef(false);
  sameAsOverlay.current = overlayDiff !== null && pair?.[1] === newest;

  // The diff comes from a cache keyed by the pair of versions, so it is the same object for as
  // long as the page's text is the same: history updates that change nothing here re-mark nothing.
  useEffect(() => {
    if (state.sidebarOpen && overlayDiff && newest) overlay.show(overlayDiff, newest.article.paragraphs);
    else overlay.clear();
  }, [state.sidebarOpen, overlayDiff]);

  const diffShown = state.sidebarOpen && diff !== null;
  useEffect(() => {
    if (diffShown) requestAnimationFrame(() => performance.mark('article-history:diff-painted'));
  }, [diffShown]);

  // Focus moves into the sidebar on open; the launcher takes it back on close.
  useEffect(() => {
    if (state.sidebarOpen) root.getElementById('article-history-title')?.focus();
  }, [state.sidebarOpen]);

  const reveal = (index: number) => {
    view.update({ activeChange: index });
    scrollSidebarTo(root, index);
    if (sameAsOverlay.current) overlay.reveal(index);
  };

  useEffect(() => {
    if (!state.sidebarOpen) return;
    // Read the store, not this render's variables: a second key can arrive before the next
    // render has re-run this effect.
    const current = () => {
      const now = { ...page.get(), ...view.get() };
      const all = now.history?.versions ?? [];
      const selected = resolveSelection(all, now.selection ?? selectionEndingAt(all, now.openOn));
      return { now, all, selected, diff: selected && diffVersions(selected[0], selected[1]) };
    };
    const onKey = (event: KeyboardEvent) =>
      handleSidebarKey(event, {
        close: () => (view.get().popover !== null ? view.update({ popover: null }) : actions.close()),
        step: (direction) => {
          const { now, diff } = current();
          if (!diff) return;
          const changes = shownChanges(diff, now.showFormatting);
          const at = now.activeChange === null ? -1 : changes.indexOf(now.activeChange);
          const next = changes[direction === 1 ? at + 1 : at < 0 ? changes.length - 1 : at - 1];
          if (next !== undefined) reveal(next);
        },
        stepVersion: (direction) => {
          const { all, selected } = current();
          const selection = selected && stepSelection(all, selected, direction);
          if (selection) view.update({ selection, activeChange: null, popover: null });
        },
      });
    // The popover follows its paragraph as the page scrolls.
    const onScroll = () => view.get().popover !== null && repaint((n) => n + 1);
    document.addEventListener('keydown', onKey, true);
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      document.removeEventListener('keydown', onKey, true);
      window.removeEventListener('scroll', onScroll);
    };
  }, [state.sidebarOpen]);

  if (!state.sidebarOpen) return null;
  const marked = state.popover !== null ? overlayDiff?.paragraphs[state.popover] : undefined;
  // A layout? paragraph has no mark on the page, so no popover either.
  const popoverOp = marked?.kind === 'layout' ? undefined : marked;
  const popoverAnchor = state.popover !== null ? overlay.elementFor(state.popover)?.getBoundingClientRect() : undefined;
  const formattingCount = diff ? diff.paragraphs.filter((op) => op.kind === 'formatting').length : 0;
  // A history still growing may yet bring a second version; a finished one has said why there is none.
  const mayFindMore = state.history?.kind !== 'done';
  return (
    <>
      <aside class="sidebar" data-testid="sidebar" role="complementary" aria-labelledby="article-history-title" style={{ width: `${width}px` }}>
        <ResizeHandle width={width} onResize={setWidth} onDone={saveWidth} />
        <Header title={state.article.title} history={state.history} onClose={actions.close} onRetry={actions.retry} onCheckEveryCapture={actions.checkEveryCapture} onOpenSettings={actions.openSettings} />
        <FollowBar follow={state.follow} onFollow={actions.follow} onOpenFollowed={actions.openFollowed} />
        <ArchiveNow history={state.history} onSave={actions.archiveNow} />
        <VersionList versions={versions} pair={pair} onSelect={(selection) => view.update({ selection, activeChange: null, popover: null })} />
        {versions.length > 0 && <ExportButtons onExport={(format) => import('./export-file.ts').then(({ downloadExport }) => downloadExport(format, state.article.url, versions, root))} />}
        {pair && diff ? (
          <>
            <PairBar versions={versions} pair={pair}>
              <Controls
                view={state.view}
                showFormatting={state.showFormatting}
                formattingCount={formattingCount}
                onView={(changeView) => view.update({ view: changeView })}
                onShowFormatting={(showFormatting) => view.update({ showFormatting })}
              />
            </PairBar>
            <ChangeList diff={diff} view={state.view} showFormatting={state.showFormatting} activeChange={state.activeChange} onReveal={reveal} />
          </>
        ) : (
          mayFindMore && <p class="empty">{t('noEarlierVersions')}</p>
        )}
      </aside>
      {popoverOp && popoverAnchor && pair && (
        <Popover
          op={popoverOp}
          anchor={popoverAnchor}
          area={{ width: window.innerWidth - width, height: window.innerHeight }}
          from={{ number: versions.indexOf(pair[0]) + 1, capturedAt: pair[0].capturedAt }}
          onClose={() => view.update({ popover: null })}
        />
      )}
    </>
  );
}
