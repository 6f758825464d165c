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

const block = (b: RedlineBlock) => PREFIX[b.kind] + flankable(b.parts).map(run).join('').trim();

const WORD_BEFORE = /[\p{L}\p{N}]+$/u;
const WORD_AFTER = /^[\p{L}\p{N}]+/u;
const PUNCTUATION = /^[\p{P}\p{S}]$/u;

/**
 * CommonMark opens a mark before punctuation only after a space or punctuation, and closes one
 * after punctuation only before them: "suspect**, 28,** was" shows its asterisks. A run of
 * edits that would so touch a word takes the word in, on both sides: "~~suspect~~**suspect, 28,**".
 */
function flankable(parts: readonly WordPart[]): WordPart[] {
  const out: WordPart[] = [];
  for (let i = 0; i < parts.length; ) {
    if (parts[i]!.kind === 'same') {
      out.push({ ...parts[i]! });
      i++;
      continue;
    }
    let end = i;
    while (end < parts.length && parts[end]!.kind !== 'same') end++;
    const edits = parts.slice(i, end);
    let removed = edits.filter((p) => p.kind === 'removed').map((p) => p.text).join('');
    let added = edits.filter((p) => p.kind === 'added').map((p) => p.text).join('');
    const before = out.at(-1);
    const after = parts[end] && { ...parts[end]! };
    const first = [removed, added].find((text) => text.trim());
    const last = [added, removed].find((text) => text.trim());
    const wordBefore = before && first && PUNCTUATION.test(first[0]!) ? WORD_BEFORE.exec(before.text) : null;
    if (before && wordBefore) {
      before.text = before.text.slice(0, wordBefore.index);
      [removed, added] = [wordBefore[0] + removed, wordBefore[0] + added];
    }
    const wordAfter = after && last && PUNCTUATION.test(last.at(-1)!) ? WORD_AFTER.exec(after.text) : null;
    if (after && wordAfter) {
      after.text = after.text.slice(wordAfter[0].length);
      [removed, added] = [removed + wordAfter[0], added + wordAfter[0]];
    }
    if (removed) out.push({ kind: 'removed', text: removed });
    if (added) out.push({ kind: 'added', text: added });
    if (after) out.push(after);
    i = end + 1;
  }
  return out;
}

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
