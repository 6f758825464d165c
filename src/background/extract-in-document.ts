/**
 * Archived HTML → Article, wherever a DOMParser exists (Firefox's background page, Chrome's
 * offscreen document). DOMParser documents are inert: no script runs, nothing loads, and only
 * the extracted text leaves this function.
 */
import type { Article } from '../core/article.ts';
import { extractArticle } from '../sites/index.ts';

export async function extractInDocument(html: string, url: string): Promise<Article | null> {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return extractArticle(doc, new URL(url));
}
