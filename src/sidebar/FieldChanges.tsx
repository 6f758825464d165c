import type { FieldChange } from '../core/diff/types.ts';
import { isEdited } from '../core/diff/summary.ts';
import type { MessageKey } from '../i18n.ts';
import { WordParts } from './WordParts.tsx';
import { t } from './i18n.ts';

type Edit = Exclude<FieldChange, { kind: 'unchanged' } | { kind: 'formatting' }>;

function EditText({ change }: { change: Edit }) {
  switch (change.kind) {
    case 'changed':
      return <WordParts parts={change.parts} />;
    case 'added':
      return <ins>{change.to}</ins>;
    case 'removed':
      return <del>{change.from}</del>;
  }
}

/** A headline or byline that changed, word by word; nothing when only its formatting did. */
export function FieldChangeView({ change, label, testid }: { change: FieldChange; label: string; testid: string }) {
  if (!isEdited(change)) return null;
  return (
    <section class="field-change" data-testid={testid}>
      <h3>{label}</h3>
      <p dir="auto">
        <EditText change={change as Edit} />
      </p>
    </section>
  );
}

const CORRECTION_LABELS: Record<Edit['kind'], MessageKey> = { added: 'correctionAdded', removed: 'correctionRemoved', changed: 'correctionChanged' };

/** Each correction added, removed or reworded; a reworded one is one change, its words diffed. */
export function CorrectionChanges({ changes }: { changes: FieldChange[] }) {
  const edits = changes.filter(isEdited) as Edit[];
  return (
    <>
      {edits.map((change, i) => (
        <section key={i} class="field-change correction" data-testid="correction-change" data-kind={change.kind}>
          <h3>{t(CORRECTION_LABELS[change.kind])}</h3>
          <p dir="auto">
            <EditText change={change} />
          </p>
        </section>
      ))}
    </>
  );
}
