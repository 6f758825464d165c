import type { AlignedOp, WordPart } from '../core/diff/types.ts';
import type { ChangeView } from './view-state.ts';
import { WordParts } from './WordParts.tsx';

/** The old side of a change: what was there, deletions struck through. */
function oldSide(op: AlignedOp): WordPart[] {
  switch (op.kind) {
    case 'added':
      return [];
    case 'removed':
      return [{ kind: 'removed', text: op.oldText }];
    case 'moved':
      return op.parts ? op.parts.filter((p) => p.kind !== 'added') : [{ kind: 'same', text: op.oldText }];
    case 'changed':
    case 'split':
    case 'merged':
      return op.parts.filter((p) => p.kind !== 'added');
    case 'formatting':
      return [{ kind: 'same', text: op.oldText }];
    case 'unchanged':
      return [{ kind: 'same', text: op.text }];
  }
}

/** The new side: what is there now, insertions underlined. */
function newSide(op: AlignedOp): WordPart[] {
  switch (op.kind) {
    case 'added':
      return [{ kind: 'added', text: op.text }];
    case 'removed':
      return [];
    case 'moved':
      return op.parts ? op.parts.filter((p) => p.kind !== 'removed') : [{ kind: 'same', text: op.text }];
    case 'changed':
    case 'split':
    case 'merged':
      return op.parts.filter((p) => p.kind !== 'removed');
    case 'formatting':
    case 'unchanged':
      return [{ kind: 'same', text: op.text }];
  }
}

/** Both sides in one paragraph: the inline view. */
function inline(op: AlignedOp): WordPart[] {
  switch (op.kind) {
    case 'added':
    case 'removed':
    case 'formatting':
    case 'unchanged':
      return [...oldSide(op).filter((p) => p.kind === 'removed'), ...newSide(op)];
    case 'moved':
      return op.parts ?? [{ kind: 'same', text: op.text }];
    default:
      return op.parts;
  }
}

export function ParagraphChange({ op, view }: { op: AlignedOp; view: ChangeView }) {
  if (view === 'columns') {
    return (
      <div class="columns">
        <p class="old" lang="" dir="auto">
          <WordParts parts={oldSide(op)} />
        </p>
        <p class="new" dir="auto">
          <WordParts parts={newSide(op)} />
        </p>
      </div>
    );
  }
  return (
    <p dir="auto">
      <WordParts parts={inline(op)} />
    </p>
  );
}
