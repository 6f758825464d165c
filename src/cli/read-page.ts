/**
 * A saved page named on the command line, read the way the extension reads a page: the bytes
 * must be an HTML page, the content script's detection must call it an article, and then the
 * same extractor reads it. Every way it can fail is one line a person can act on.
 */
import { readFile } from 'node:fs/promises';
import type { Article } from '../core/article.ts';
import { sniffPage } from '../core/sniff.ts';
import { siteForUrl, type Detection } from '../sites/index.ts';
import { parseDocument } from '../extract/node.ts';
import { jsonLdOnce } from '../extract/dom.ts';
import { detectWithSite, extractWithSite } from '../extract/page.ts';
import { statedUrl } from '../extract/archived-page.ts';
import { STDIN } from './args.ts';

export interface PageRequest {
  /** A path, or `-` for standard input. */
  file: string;
  /** null: the address the page states for itself (its canonical link, else og:url). */
  url: URL | null;
  contentType: string | undefined;
  /** Read a page of a site no site file supports with the generic reader instead of refusing it. */
  generic: boolean;
}

export type PageResult =
  | { kind: 'article'; article: Article }
  /** Exit 1: the input was read, and it is not an article we can extract. */
  | { kind: 'not-article'; reason: string }
  /** Exit 2: the input could not be read at all. */
  | { kind: 'unreadable'; reason: string };

export async function readPage({ file, url: given, contentType, generic }: PageRequest): Promise<PageResult> {
  const name = file === STDIN ? 'standard input' : file;
  let bytes: Uint8Array;
  try {
    bytes = file === STDIN ? await readStdin() : await readFile(file);
  } catch (error) {
    return { kind: 'unreadable', reason: `cannot read ${file}: ${(error as Error).message}` };
  }
  const sniffed = sniffPage(bytes, contentType);
  if (sniffed.kind === 'empty') return { kind: 'not-article', reason: `${name} is an empty page` };
  if (sniffed.kind === 'not-html') return { kind: 'not-article', reason: `${name} is not an HTML page: it is ${sniffed.what}` };

  const doc = parseDocument(bytes, contentType);
  const url = given ?? statedUrl(doc);
  if (!url) return { kind: 'not-article', reason: `${name} names no address of its own (no canonical link or og:url): give it with --url` };
  const site = siteForUrl(url);
  const objects = jsonLdOnce(doc);
  const detection = detectWithSite(site, url, doc, objects);
  if (detection.kind === 'not-article' && !(detection.reason === 'unsupported-site' && generic)) {
    return { kind: 'not-article', reason: notAnArticle(detection.reason, url, site?.id) };
  }
  const article = await extractWithSite(site, doc, url, objects());
  return article ? { kind: 'article', article } : { kind: 'not-article', reason: `could not extract an article from ${name} (no story text found for ${url.href})` };
}

function notAnArticle(reason: Extract<Detection, { kind: 'not-article' }>['reason'], url: URL, siteId: string | undefined): string {
  switch (reason) {
    case 'unsupported-site':
      return `no site file supports ${url.hostname}; --generic reads the page with the generic reader`;
    case 'not-article-url':
      return `not an article: the ${siteId} site file does not take ${url.href} for a story (a section front, an index or another page)`;
    case 'not-article-page':
      return `not an article: the page says it is a collection (a section front, a list or a search page)`;
    case 'video':
      return `not an article: ${url.href} is a video page`;
    case 'gallery':
      return `not an article: ${url.href} is a photo gallery`;
  }
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
