import type { WordPart } from '../core/diff/types.ts';

/** Insertions underlined, deletions struck through: the marks carry the meaning, not colour alone. */
export function WordParts({ parts }: { parts: WordPart[] }) {
  return (
    <>
      {parts.map((part, i) =>
        part.kind === 'added' ? <ins key={i}>{part.text}</ins> : part.kind === 'removed' ? <del key={i}>{part.text}</del> : <span key={i}>{part.text}</span>,
      )}
    </>
  );
}
