/**
 * The extractor in Node (tests, CLI, bench): the same site code as the extension, over a
 * linkedom Document built from decoded bytes.
 */
import { parseHTML } from 'linkedom';
import type { Article } from '../core/article.ts';
import { decodeHtml } from '../core/charset.ts';
import { extractArticle, readArchivedPage, siteForUrl, type ArchivedReading } from '../sites/index.ts';

export function parseDocument(html: Uint8Array | string, contentType?: string): Document {
  const text = typeof html === 'string' ? html : decodeHtml(html, contentType);
  // A browser's tree builder drops NUL characters from a page's text; linkedom keeps them, and
  // they would reach the CLI's JSON as \u0000.
  return parseHTML(text.replaceAll('\u0000', '')).document as unknown as Document;
}

export function extractArticleFromHtml(html: Uint8Array | string, url: string, contentType?: string): Promise<Article | null> {
  return extractArticle(parseDocument(html, contentType), new URL(url));
}

/** An archived copy's bytes read as the extension reads them (see readArchivedPage): for the history engine in tests and the bench. */
export function readArchivedBytes(html: Uint8Array | string, url: string, contentType?: string): Promise<ArchivedReading> {
  const address = new URL(url);
  return readArchivedPage(siteForUrl(address), parseDocument(html, contentType), address);
}
