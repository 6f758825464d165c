/**
 * Between two copies read from different page layouts, a paragraph found on one side only that
 * looks like page furniture may be one that a layout's reader keeps and the other leaves out:
 * it becomes a `layout` operation, which adds and removes no words. A changed, moved, split or
 * merged paragraph has a counterpart on the other side, so it is story, and stays as it is.
 */
import { looksLikeFurniture } from '../furniture.ts';
import type { CountedOp } from './paragraphs.ts';
import type { ParagraphOp } from './types.ts';

export function asLayout(counted: CountedOp): CountedOp<ParagraphOp> {
  const { op } = counted;
  if (op.kind === 'added' && looksLikeFurniture(op.text)) return { op: { kind: 'layout', side: 'added', to: op.to, text: op.text }, wordsAdded: 0, wordsRemoved: 0 };
  if (op.kind === 'removed' && looksLikeFurniture(op.oldText)) return { op: { kind: 'layout', side: 'removed', from: op.from, oldText: op.oldText }, wordsAdded: 0, wordsRemoved: 0 };
  return counted;
}
