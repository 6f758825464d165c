/**
 * `article-history diff <old.html|-> <new.html|-> --url <url> [--format json|text]`: extracts
 * both saved pages with the extension's own extractor and prints what changed between them.
 * Either page (not both) may be `-`, standard input. Archived copies of one story can come in
 * different charsets, so --content-type may be given once for both or once for each.
 */
import type { Article, ArticleText } from '../core/article.ts';
import type { ArticleDiff, FieldChange, LayoutOp, ParagraphOp, WordPart } from '../core/diff/index.ts';
import { answerWithoutRunning, EXIT, EXIT_CODES_HELP, pageOptionsHelp, pageRequest, parseCommand, STDIN } from './args.ts';
import type { PageRequest } from './read-page.ts';

const usage = 'usage: article-history diff <old.html|-> <new.html|-> --url <url> [--format json|text] [--content-type <type>] [--generic]';

const help = `${usage}

Prints what changed between two saved versions of one article: headline, byline and correction
changes, and paragraph operations with their changed words. JSON by default.

  <old.html|->           the earlier version; - reads it from standard input
  <new.html|->           the later version; - reads it from standard input (one of the two at most)
  --format json|text     json (the default) or a readable summary: [-removed-] {+added+}
${pageOptionsHelp("given twice: the old page's, then the new page's")}

${EXIT_CODES_HELP}`;

type Request = { pages: [PageRequest, PageRequest]; format: 'json' | 'text' };

export async function runDiff(args: string[]): Promise<number> {
  const options = { format: { type: 'string', default: 'json' }, 'content-type': { type: 'string', multiple: true } } as const;
  const parsed = parseCommand<Request>(args, options, (values, positionals) => {
    if (positionals.length !== 2) return 'expected two files, the old version and the new one';
    if (positionals[0] === STDIN && positionals[1] === STDIN) return 'only one of the two files can be - (standard input)';
    const { format } = values;
    if (format !== 'json' && format !== 'text') return `unknown format: ${String(format)}`;
    const contentTypes = (values['content-type'] as string[] | undefined) ?? [];
    if (contentTypes.length > 2) return "--content-type at most twice: once for both pages, or the old page's then the new page's";
    const pages = positionals.map((file, i) => pageRequest(file, { ...values, 'content-type': contentTypes[i] ?? contentTypes[0] }));
    const refused = pages.find((page) => typeof page === 'string');
    return refused ?? { pages: pages as [PageRequest, PageRequest], format };
  });
  if (parsed.kind !== 'ok') return answerWithoutRunning('diff', parsed, help, usage);
  // The reader and the diff engine bring linkedom and every site file: loaded only once the arguments are good.
  const [{ readPage }, { diffArticles }] = await Promise.all([import('./read-page.ts'), import('../core/diff/index.ts')]);
  const versions: Article[] = [];
  for (const page of parsed.request.pages) {
    const result = await readPage(page);
    if (result.kind !== 'article') {
      console.error(`article-history diff: ${result.reason}`);
      return result.kind === 'unreadable' ? EXIT.usage : EXIT.notArticle;
    }
    versions.push(result.article);
  }
  const diff = diffArticles(textOf(versions[0]!), textOf(versions[1]!));
  console.log(parsed.request.format === 'json' ? JSON.stringify(asJson(diff), null, 2) : formatText(diff));
  return EXIT.done;
}

function textOf({ title, byline, corrections, paragraphs, partial, reader }: Article): ArticleText {
  return { title, byline, corrections, paragraphs, partial, reader };
}

/** A paragraph of the JSON output: a `layout` operation is written as the addition or removal it is, flagged. */
type JsonParagraph = Exclude<ParagraphOp, LayoutOp> | ({ kind: 'added'; to: number; text: string } & { layout: true }) | ({ kind: 'removed'; from: number; oldText: string } & { layout: true });

/**
 * The diff as the JSON output has it: the engine's fields, with `readers: {old, new}`, and each
 * paragraph that may be page furniture of another layout as `added` or `removed` with `layout: true`.
 */
export function asJson(diff: ArticleDiff): Omit<ArticleDiff, 'paragraphs' | 'readers'> & { paragraphs: JsonParagraph[]; readers: { old: string | null; new: string | null } } {
  const paragraphs = diff.paragraphs.map((op): JsonParagraph => {
    if (op.kind !== 'layout') return op;
    return op.side === 'added' ? { kind: 'added', to: op.to, text: op.text, layout: true } : { kind: 'removed', from: op.from, oldText: op.oldText, layout: true };
  });
  return { ...diff, paragraphs, readers: { old: diff.readers.old, new: diff.readers.new } };
}

/** A summary for reading in a terminal: changes only, words marked [-removed-] and {+added+}. */
export function formatText(diff: ArticleDiff): string {
  const lines: string[] = [];
  const field = (label: string, change: FieldChange) => {
    const line = fieldLine(change);
    if (line) lines.push(`${label}: ${line}`);
  };
  field('Headline', diff.title);
  field('Byline', diff.byline);
  for (const change of diff.corrections) {
    const line = correctionLine(change);
    if (line) lines.push(line);
  }
  for (const op of diff.paragraphs) {
    const line = paragraphLine(op);
    if (line) lines.push('', line);
  }
  const { wordsAdded, wordsRemoved, paragraphsChanged } = diff.totals;
  const formattingOnly = diff.paragraphs.filter((op) => op.kind === 'formatting').length;
  const layout = diff.paragraphs.filter((op) => op.kind === 'layout').length;
  if (diff.readers.differ) lines.unshift(`Read from different page layouts (${diff.readers.old} and ${diff.readers.new}): lines marked layout? may be page furniture, not edits.`, '');
  lines.push(
    '',
    `${paragraphsChanged} paragraph${paragraphsChanged === 1 ? '' : 's'} changed, ${wordsAdded} words added, ${wordsRemoved} removed` +
      (formattingOnly ? `; ${formattingOnly} with formatting changes only (not shown)` : '') +
      (layout ? `; ${layout} marked layout? (not counted)` : '') +
      (diff.partial ? '; one version is partial (paywalled), so its missing end is not counted as removed' : ''),
  );
  return lines.join('\n').trimStart();
}

function fieldLine(change: FieldChange): string | null {
  switch (change.kind) {
    case 'unchanged':
    case 'formatting':
      return null;
    case 'changed':
      return marked(change.parts);
    case 'added':
      return `{+${change.to}+}`;
    case 'removed':
      return `[-${change.from}-]`;
  }
}

function correctionLine(change: FieldChange): string | null {
  switch (change.kind) {
    case 'unchanged':
    case 'formatting':
      return null;
    case 'changed':
      return `Correction changed: ${marked(change.parts)}`;
    case 'added':
      return `Correction added: ${change.to}`;
    case 'removed':
      return `Correction removed: ${change.from}`;
  }
}

/** Paragraph numbers start at 1, as a reader counts them; "old ¶n" is a position in the old version. */
function paragraphLine(op: ParagraphOp): string | null {
  switch (op.kind) {
    case 'unchanged':
    case 'formatting':
      return null;
    case 'changed':
      return `¶${op.to + 1} changed: ${marked(op.parts)}`;
    case 'added':
      return `¶${op.to + 1} added: {+${op.text}+}`;
    case 'removed':
      return `old ¶${op.from + 1} removed: [-${op.oldText}-]`;
    case 'moved':
      return `¶${op.to + 1} moved from old ¶${op.from + 1}: ${op.parts ? marked(op.parts) : op.text}`;
    case 'split':
      return `¶${op.to.map((j) => j + 1).join(', ')} split from old ¶${op.from + 1}: ${marked(op.parts)}`;
    case 'merged':
      return `¶${op.to + 1} merged from old ¶${op.from.map((i) => i + 1).join(', ')}: ${marked(op.parts)}`;
    case 'layout':
      return op.side === 'added' ? `¶${op.to + 1} layout? added: {+${op.text}+}` : `old ¶${op.from + 1} layout? removed: [-${op.oldText}-]`;
  }
}

function marked(parts: WordPart[]): string {
  return parts
    .map(({ kind, text }) => {
      if (kind === 'same') return text;
      // Spaces around a run go outside its markers: " [-injured-]", not "[- injured-]".
      const [, before, body, after] = /^(\s*)([\s\S]*?)(\s*)$/.exec(text)!;
      return kind === 'added' ? `${before}{+${body}+}${after}` : `${before}[-${body}-]${after}`;
    })
    .join('');
}
