import type { ArticleDiff, FieldChange, ParagraphOp } from '../core/diff/types.ts';
import { WordParts } from './WordParts.tsx';
import { t } from './i18n.ts';

/** The test hook's kinds: split and merged paragraphs are changes of text, shown as changed. */
type ShownKind = 'changed' | 'added' | 'removed' | 'moved';

function shownKind(op: ParagraphOp): ShownKind | null {
  switch (op.kind) {
    case 'unchanged':
    case 'formatting':
      return null;
    case 'split':
    case 'merged':
      return 'changed';
    default:
      return op.kind;
  }
}

function ParagraphChange({ op }: { op: ParagraphOp }) {
  switch (op.kind) {
    case 'added':
      return <ins>{op.text}</ins>;
    case 'removed':
      return <del>{op.oldText}</del>;
    case 'moved':
      return op.parts ? <WordParts parts={op.parts} /> : <span>{op.text}</span>;
    case 'changed':
    case 'split':
    case 'merged':
      return <WordParts parts={op.parts} />;
    default:
      return null;
  }
}

function HeadlineChange({ change }: { change: FieldChange }) {
  if (change.kind !== 'changed' && change.kind !== 'added' && change.kind !== 'removed') return null;
  return (
    <section class="headline-change" data-testid="headline-change">
      <h3>{t('headlineChanged')}</h3>
      <p>{change.kind === 'changed' ? <WordParts parts={change.parts} /> : change.kind === 'added' ? <ins>{change.to}</ins> : <del>{change.from}</del>}</p>
    </section>
  );
}

export function ChangeList({ diff }: { diff: ArticleDiff }) {
  const shown = diff.paragraphs.flatMap((op) => {
    const kind = shownKind(op);
    return kind ? [{ op, kind }] : [];
  });
  return (
    <div class="changes">
      <HeadlineChange change={diff.title} />
      <p class="totals">{t('totals', diff.totals.paragraphsChanged, diff.totals.wordsAdded, diff.totals.wordsRemoved)}</p>
      {shown.length === 0 && diff.title.kind !== 'changed' && <p class="empty">{t('noTextChanges')}</p>}
      <ol class="change-list">
        {shown.map(({ op, kind }, i) => (
          <li key={i} class={`change change-${kind}`} data-testid="change" data-kind={kind}>
            <span class="change-label">{t(`change_${op.kind}`)}</span>
            <p>
              <ParagraphChange op={op} />
            </p>
          </li>
        ))}
      </ol>
    </div>
  );
}
