/**
 * `article-history extract <file.html|-> --url <url>`: the article in a saved page, as the
 * extension reads it, printed as JSON. `-` reads the page from standard input. The URL picks
 * the site file; the bytes are decoded with the charset the page declares.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { extractArticleFromHtml } from '../sites/node.ts';

const usage = 'usage: article-history extract <file.html|-> --url <url> [--content-type <HTTP Content-Type>]';

type Request = { kind: 'ok'; file: string; url: string; contentType: string | undefined } | { kind: 'bad'; reason: string };

export async function runExtract(args: string[]): Promise<number> {
  const request = parse(args);
  if (request.kind === 'bad') {
    console.error(`article-history extract: ${request.reason}\n${usage}`);
    return 2;
  }
  let html: Uint8Array;
  try {
    html = request.file === '-' ? await readStdin() : await readFile(request.file);
  } catch (error) {
    console.error(`article-history extract: cannot read ${request.file}: ${(error as Error).message}`);
    return 2;
  }
  const article = await extractArticleFromHtml(html, request.url, request.contentType);
  if (!article) {
    console.error(`article-history extract: could not extract an article from ${request.file} (no story text found for ${request.url})`);
    return 1;
  }
  const { title, byline, publishedAt, modifiedAt, corrections, paragraphs, site, partial, liveBlog, url } = article;
  console.log(JSON.stringify({ title, byline, publishedAt, modifiedAt, corrections, paragraphs, site, partial, liveBlog, url }, null, 2));
  return 0;
}

function parse(args: string[]): Request {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { url: { type: 'string' }, 'content-type': { type: 'string' } } });
  } catch (error) {
    return { kind: 'bad', reason: (error as Error).message };
  }
  const { positionals, values } = parsed;
  if (positionals.length !== 1) return { kind: 'bad', reason: 'expected one file (or - for standard input)' };
  if (!values.url) return { kind: 'bad', reason: '--url is required (the extractor picks the site by URL)' };
  if (!URL.canParse(values.url) || !/^https?:$/.test(new URL(values.url).protocol)) return { kind: 'bad', reason: `not an http(s) URL: ${values.url}` };
  return { kind: 'ok', file: positionals[0]!, url: values.url, contentType: values['content-type'] };
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
