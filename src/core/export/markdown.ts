/**
 * A story's history as a Markdown redline: its headline, then each change in the order it was
 * made, under its one-line summary and the two times it lies between, struck words as
 * `~~old~~` and new ones as `**new**`. Story text is escaped, so that its own `*` or `~`
 * reads as itself and cannot forge a mark.
 */
import type { SummaryWords } from '../change-summary.ts';
import type { WordPart } from '../diff/types.ts';
import { changeSummary, rfc3339, storyChanges, type StoryHistory, type VersionPair } from './changes.ts';
import { redline, trimmedRun, type RedlineBlock } from './parts.ts';
import { escapeMarkdown } from './text-escape.ts';

const MARKS: Record<WordPart['kind'], string> = { same: '', added: '**', removed: '~~' };

/**
 * A mark must touch the words it holds (`**new**`, not `** new **`), so a run's surrounding
 * space stays outside; a "\n" inside a split or merged paragraph is a hard line break.
 */
function run(part: WordPart): string {
  const [lead, core, trail] = trimmedRun(part.text);
  if (!core) return part.kind === 'removed' ? '' : breaks(lead + trail);
  const mark = MARKS[part.kind];
  return `${breaks(lead)}${mark}${breaks(escapeMarkdown(core))}${mark}${breaks(trail)}`;
}

/** Line breaks as hard breaks, never a blank line: one would end the paragraph inside a mark. */
const breaks = (text: string) => text.replace(/[^\S\n]*\n\s*/g, '\\\n');

/** Language-free marks of what a block is: a heading for the headline, a quote for a correction, an arrow for a moved paragraph. */
const PREFIX: Record<RedlineBlock['kind'], string> = { headline: '### ', byline: '— ', correction: '> ', paragraph: '', moved: '↕ ' };

const block = (b: RedlineBlock) => PREFIX[b.kind] + b.parts.map(run).join('').trim();

/** An autolink cannot hold a space or angle brackets; a canonical URL has none, but a stored one might. */
const autolink = (url: string) => `<${url.replace(/[\s<>]/g, encodeURIComponent)}>`;

function change(pair: VersionPair, words: SummaryWords): string {
  return [`## ${escapeMarkdown(changeSummary(pair, words))}`, `${rfc3339(pair.from.capturedAt)} → ${rfc3339(pair.to.capturedAt)}`, ...redline(pair.diff).map(block)].join('\n\n');
}

export interface MarkdownInput extends StoryHistory {
  words: SummaryWords;
  /** ISO 8601: said under the headline, so a reader knows how recent the copy is. */
  exportedAt: string;
}

/** The redline of every change of one story, oldest first. */
export function storyMarkdown(input: MarkdownInput): string {
  const newest = input.versions.at(-1);
  const title = newest?.article.title.trim() || input.url;
  const head = [`# ${escapeMarkdown(title)}`, `${autolink(input.url)} · ${rfc3339(input.exportedAt)}`];
  return [...head, ...storyChanges(input.versions).map((pair) => change(pair, input.words))].join('\n\n') + '\n';
}
