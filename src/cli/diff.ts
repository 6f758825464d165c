/**
 * `article-history diff <old.html> <new.html> --url <url> [--format json|text]`: extracts both
 * saved pages with the extension's own extractor and prints what changed between them.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { Article, ArticleText } from '../core/article.ts';
import { diffArticles, type ArticleDiff, type FieldChange, type ParagraphOp, type WordPart } from '../core/diff/index.ts';
import { extractArticleFromHtml } from '../sites/node.ts';

const usage = 'usage: article-history diff <old.html> <new.html> --url <url> [--format json|text]';

type Request = { kind: 'ok'; oldFile: string; newFile: string; url: string; format: 'json' | 'text' } | { kind: 'bad'; reason: string };

export async function runDiff(args: string[]): Promise<number> {
  const request = parse(args);
  if (request.kind === 'bad') {
    console.error(`article-history diff: ${request.reason}\n${usage}`);
    return 2;
  }
  const versions: Article[] = [];
  for (const file of [request.oldFile, request.newFile]) {
    let html: Uint8Array;
    try {
      html = await readFile(file);
    } catch (error) {
      console.error(`article-history diff: cannot read ${file}: ${(error as Error).message}`);
      return 2;
    }
    const article = await extractArticleFromHtml(html, request.url);
    if (!article) {
      console.error(`article-history diff: no article found in ${file} for ${request.url}`);
      return 1;
    }
    versions.push(article);
  }
  const diff = diffArticles(textOf(versions[0]!), textOf(versions[1]!));
  console.log(request.format === 'json' ? JSON.stringify(diff, null, 2) : formatText(diff));
  return 0;
}

function parse(args: string[]): Request {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: { url: { type: 'string' }, format: { type: 'string', default: 'json' } },
    });
  } catch (error) {
    return { kind: 'bad', reason: (error as Error).message };
  }
  const { positionals, values } = parsed;
  if (positionals.length !== 2) return { kind: 'bad', reason: 'expected two files, the old version and the new one' };
  if (!values.url) return { kind: 'bad', reason: '--url is required (the extractor picks the site by URL)' };
  if (!URL.canParse(values.url)) return { kind: 'bad', reason: `not a URL: ${values.url}` };
  if (values.format !== 'json' && values.format !== 'text') return { kind: 'bad', reason: `unknown format: ${values.format}` };
  return { kind: 'ok', oldFile: positionals[0]!, newFile: positionals[1]!, url: values.url, format: values.format };
}

function textOf({ title, byline, corrections, paragraphs, partial }: Article): ArticleText {
  return { title, byline, corrections, paragraphs, partial };
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
  lines.push(
    '',
    `${paragraphsChanged} paragraph${paragraphsChanged === 1 ? '' : 's'} changed, ${wordsAdded} words added, ${wordsRemoved} removed` +
      (formattingOnly ? `; ${formattingOnly} with formatting changes only (not shown)` : '') +
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
