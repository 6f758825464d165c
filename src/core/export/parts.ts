/**
 * What an export shows of one change, as runs of kept, struck and inserted words: the sidebar's
 * inline view in data, so that the Atom feed and the Markdown redline read alike.
 */
import { isEdited } from '../diff/summary.ts';
import type { ArticleDiff, FieldChange, ParagraphOp, WordPart } from '../diff/types.ts';

/** A paragraph of a redline. `moved`: the paragraph stands elsewhere now, its words diffed if they changed. */
export interface RedlineBlock {
  kind: 'headline' | 'byline' | 'correction' | 'paragraph' | 'moved';
  parts: WordPart[];
}

function fieldParts(change: FieldChange): WordPart[] {
  switch (change.kind) {
    case 'changed':
      return change.parts;
    case 'added':
      return [{ kind: 'added', text: change.to }];
    case 'removed':
      return [{ kind: 'removed', text: change.from }];
    default:
      return [];
  }
}

/**
 * The words of one paragraph operation, or null for one that is no edit: unchanged, formatting
 * and layout (a line of page furniture on one side is never shown as added or removed text).
 */
function paragraphBlock(op: ParagraphOp): RedlineBlock | null {
  switch (op.kind) {
    case 'unchanged':
    case 'formatting':
    case 'layout':
      return null;
    case 'added':
      return { kind: 'paragraph', parts: [{ kind: 'added', text: op.text }] };
    case 'removed':
      return { kind: 'paragraph', parts: [{ kind: 'removed', text: op.oldText }] };
    case 'moved':
      return { kind: 'moved', parts: op.parts ?? [{ kind: 'same', text: op.text }] };
    case 'changed':
    case 'split':
    case 'merged':
      return { kind: 'paragraph', parts: op.parts };
  }
}

/** The edits of a diff in reading order: headline, byline, corrections, then the body. */
export function redline(diff: ArticleDiff): RedlineBlock[] {
  const field = (kind: RedlineBlock['kind'], change: FieldChange): RedlineBlock[] => (isEdited(change) ? [{ kind, parts: fieldParts(change) }] : []);
  return [
    ...field('headline', diff.title),
    ...field('byline', diff.byline),
    ...diff.corrections.flatMap((change) => field('correction', change)),
    ...diff.paragraphs.flatMap((op) => paragraphBlock(op) ?? []),
  ];
}

/** A run's text cut into its leading space, its words and its trailing space: marks go around the words only. */
export function trimmedRun(text: string): [lead: string, core: string, trail: string] {
  const match = /^(\s*)([\s\S]*?)(\s*)$/.exec(text)!;
  return [match[1]!, match[2]!, match[3]!];
}
