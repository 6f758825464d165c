import { useState } from 'preact/hooks';
import type { AlignedOp, ArticleDiff, LayoutOp, ParagraphOp } from '../core/diff/types.ts';
import type { ChangeView } from './view-state.ts';
import type { MessageKey } from '../i18n.ts';
import { DiffSummary } from './DiffSummary.tsx';
import { CorrectionChanges, FieldChangeView } from './FieldChanges.tsx';
import { LayoutParagraph } from './LayoutParagraph.tsx';
import { ParagraphChange } from './ParagraphChange.tsx';
import { plural, t } from './i18n.ts';

/** The test hook's kinds: split and merged paragraphs are changes of text, shown as changed. */
export type ShownKind = 'changed' | 'added' | 'removed' | 'moved';

export function shownKind(op: ParagraphOp, showFormatting: boolean): ShownKind | null {
  switch (op.kind) {
    case 'unchanged':
      return null;
    case 'formatting':
      return showFormatting ? 'changed' : null;
    case 'split':
    case 'merged':
      return 'changed';
    case 'layout':
      return null;
    default:
      return op.kind;
  }
}

/** Indices of the operations the reader steps through with j/k, in reading order. */
export function shownChanges(diff: ArticleDiff, showFormatting: boolean): number[] {
  return diff.paragraphs.flatMap((op, index) => (shownKind(op, showFormatting) ? [index] : []));
}

const CHANGE_LABELS: Record<Exclude<AlignedOp['kind'], 'unchanged' | 'moved'>, MessageKey> = {
  formatting: 'change_formatting',
  changed: 'change_changed',
  added: 'change_added',
  removed: 'change_removed',
  split: 'change_split',
  merged: 'change_merged',
};

function changeLabel(op: AlignedOp): string {
  if (op.kind === 'moved') return t('change_moved_from', op.from + 1, op.to + 1);
  return op.kind === 'unchanged' ? '' : t(CHANGE_LABELS[op.kind]);
}

function CollapsedRun({ ops }: { ops: AlignedOp[] }) {
  const [open, setOpen] = useState(false);
  return (
    <li class="unchanged-run">
      <button type="button" class="link" aria-expanded={open} onClick={() => setOpen(!open)}>
        {plural('unchangedParagraphs', ops.length)}
      </button>
      {open && ops.map((op, i) => <p key={i} class="unchanged" dir="auto">{'text' in op ? op.text : ''}</p>)}
    </li>
  );
}

interface Props {
  diff: ArticleDiff;
  view: ChangeView;
  showFormatting: boolean;
  activeChange: number | null;
  onReveal(opIndex: number): void;
}

export function ChangeList({ diff, view, showFormatting, activeChange, onReveal }: Props) {
  const items: ({ kind: 'run'; ops: AlignedOp[] } | { kind: 'change'; op: AlignedOp; index: number; shown: ShownKind } | { kind: 'layout'; op: LayoutOp; index: number })[] = [];
  diff.paragraphs.forEach((op, index) => {
    const last = items.at(-1);
    if (op.kind === 'layout') return items.push({ kind: 'layout', op, index });
    const shown = shownKind(op, showFormatting);
    if (shown) items.push({ kind: 'change', op, index, shown });
    else if (last?.kind === 'run') last.ops.push(op);
    else items.push({ kind: 'run', ops: [op] });
  });
  return (
    <div class="changes">
      <DiffSummary diff={diff} />
      {diff.readers.differ && (
        <p class="note" data-testid="layout-note">
          {t('layoutNote')}
        </p>
      )}
      {diff.partial && <p class="note">{t('partialNote')}</p>}
      <FieldChangeView change={diff.title} label={t('headlineChanged')} testid="headline-change" />
      <FieldChangeView change={diff.byline} label={t('bylineChanged')} testid="byline-change" />
      <CorrectionChanges changes={diff.corrections} />
      <ol class="change-list">
        {items.map((item, i) =>
          item.kind === 'run' ? (
            <CollapsedRun key={`run${i}`} ops={item.ops} />
          ) : item.kind === 'layout' ? (
            <LayoutParagraph key={item.index} op={item.op} />
          ) : (
            <li
              key={item.index}
              class={`change change-${item.shown}${item.index === activeChange ? ' active' : ''}`}
              data-testid="change"
              data-kind={item.shown}
              data-op-index={item.index}
              aria-current={item.index === activeChange ? 'true' : undefined}
              onClick={() => onReveal(item.index)}
            >
              <span class="change-label">{changeLabel(item.op)}</span>
              <ParagraphChange op={item.op} view={view} />
            </li>
          ),
        )}
      </ol>
    </div>
  );
}
