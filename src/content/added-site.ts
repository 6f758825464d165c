/**
 * Reading a page of a site the reader added, which no site file describes: the page's own
 * signals say whether it is a story, and the generic reader reads it. Loaded only on such
 * sites, so the content script that runs on every supported article does not carry it.
 */
import type { Article } from '../core/article.ts';
import { jsonLdOnce } from '../extract/dom.ts';
import { extractWithSite } from '../extract/page.ts';
import { detectFromPageSignals } from '../extract/page-signals.ts';

export async function readAddedSite(url: URL, doc: Document): Promise<Article | null> {
  const objects = jsonLdOnce(doc);
  if (detectFromPageSignals(url, doc, objects).kind !== 'article') return null;
  return extractWithSite(undefined, doc, url, objects());
}
