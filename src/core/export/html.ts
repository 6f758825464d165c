/**
 * A change as HTML, for a feed entry's content: struck words in `<del>`, new ones in `<ins>`,
 * every character of story text escaped, so nothing from a page or an archive becomes markup.
 */
import type { ArticleDiff, WordPart } from '../diff/types.ts';
import { redline, type RedlineBlock } from './parts.ts';
import { escapeHtml } from './text-escape.ts';

const TAGS: Record<WordPart['kind'], [string, string]> = { same: ['', ''], added: ['<ins>', '</ins>'], removed: ['<del>', '</del>'] };

/** A "\n" inside a split or merged paragraph's parts marks where it was cut or joined. */
const runHtml = (part: WordPart) => `${TAGS[part.kind][0]}${escapeHtml(part.text).replace(/\n/g, '<br>')}${TAGS[part.kind][1]}`;

/** Language-free marks of what a block is: its element, and an arrow for a paragraph that moved. */
const BLOCKS: Record<RedlineBlock['kind'], [string, string]> = {
  headline: ['<h1>', '</h1>'],
  byline: ['<address>', '</address>'],
  correction: ['<blockquote><p>', '</p></blockquote>'],
  paragraph: ['<p>', '</p>'],
  moved: ['<p>↕ ', '</p>'],
};

export function diffHtml(diff: ArticleDiff): string {
  return redline(diff)
    .map((block) => `${BLOCKS[block.kind][0]}${block.parts.map(runHtml).join('')}${BLOCKS[block.kind][1]}`)
    .join('\n');
}
