/** Decodes archived bytes with the right charset and extracts the article with the same site code as the live page. */
import { extractHtml } from '#html-extractor';
import type { Article } from '../core/article.ts';
import { decodeHtml } from '../core/charset.ts';
import type { CaptureBody } from '../sources/source.ts';

export function extractArchived(body: CaptureBody, url: string): Promise<Article | null> {
  return extractHtml(decodeHtml(body.bytes, body.contentType), url);
}
