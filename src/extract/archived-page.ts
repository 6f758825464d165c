/**
 * Reading an archived copy, which may not be the story at all. Kept apart from page.ts, which
 * the content script loads on every article: only the background and the offscreen document
 * read archived copies.
 */
import type { Article } from '../core/article.ts';
import { jsonLd, meta } from './dom.ts';
import { extractWithSite, pageKind } from './page.ts';
import { canonicalize, type Site } from './site.ts';

/** What an archived copy served under a story's address turned out to be. */
export type ArchivedReading = { kind: 'article'; article: Article } | { kind: 'no-article' } | { kind: 'other-page'; url: string };

/**
 * An archived copy answered 200 for the story's address, but the archive may have stored
 * another page there: the section front the story redirected to, or another story. Such a copy
 * is not a version (it would show a made-up headline change and a wrong "since"). The page
 * says where it lives in its canonical link or og:url; a page of the same site that lives
 * elsewhere, or a section front, is another page. A canonical on another site is syndication
 * and says nothing.
 */
export async function readArchivedPage(site: Site | undefined, doc: Document, url: URL): Promise<ArchivedReading> {
  const objects = jsonLd(doc);
  const other = otherPage(site, doc, url, objects);
  if (other) return { kind: 'other-page', url: other };
  const article = await extractWithSite(site, doc, url, objects);
  return article && article.paragraphs.length > 0 ? { kind: 'article', article } : { kind: 'no-article' };
}

function otherPage(site: Site | undefined, doc: Document, url: URL, objects: readonly Record<string, unknown>[]): string | null {
  const stated = statedUrl(doc, url);
  if (pageKind(doc, objects) === 'collection') return stated?.href ?? url.href;
  if (!stated) return null;
  const hosts = (site?.hosts ?? [url.hostname]).map((host) => host.toLowerCase());
  if (!hosts.includes(stated.hostname.toLowerCase())) return null;
  if (site && !site.isArticle(stated)) return stated.href;
  const canonical = (u: URL) => loosely(site ? site.canonical(u) : canonicalize(u));
  return canonical(stated) === canonical(url) ? null : stated.href;
}

/** Where the page says it lives: its canonical link, else og:url (relative to `base`; without one, only an absolute address counts). */
export function statedUrl(doc: Document, base?: URL): URL | null {
  const href = doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href') ?? meta(doc, 'og:url');
  if (!href) return null;
  try {
    const stated = new URL(href, base);
    return stated.protocol === 'http:' || stated.protocol === 'https:' ? stated : null;
  } catch {
    return null;
  }
}

/** Two spellings of one address compare equal: scheme, a www., a trailing slash or index.html, case and escapes aside. */
function loosely(href: string): string {
  const url = new URL(href);
  let path = url.pathname;
  try {
    path = decodeURIComponent(path);
  } catch {
    // A malformed escape is compared as written.
  }
  return `${url.hostname.replace(/^www\./, '')}${path.replace(/\/index\.html?$|\/$/i, '').toLowerCase()}${url.search}`;
}
