/**
 * Reading one page with one site file: is it an article, and what does it say. Takes the
 * site as an argument instead of looking it up, so the content script can load just the one
 * site file the page needs rather than the whole registry.
 */
import type { Article } from '../core/article.ts';
import { capArticle } from '../core/limits.ts';
import { ARTICLE_TYPES, jsonLd, jsonLdOnce, meta, typesOf } from './dom.ts';
import { readMetadata } from './metadata.ts';
import { canonicalize, type Site } from './site.ts';
import { extractWithTemplate } from './template.ts';

export type Detection =
  | { kind: 'article'; site: Site; url: string; liveBlog: boolean }
  | { kind: 'not-article'; reason: 'unsupported-site' | 'not-article-url' | 'not-article-page' | 'video' | 'gallery' };

type PageKind = 'article' | 'live-blog' | 'video' | 'gallery' | 'collection' | 'unknown';

const COLLECTION_TYPES = new Set(['CollectionPage', 'ItemList', 'WebSite', 'SearchResultsPage', 'ProfilePage', 'AboutPage']);
const GALLERY_TYPES = new Set(['ImageGallery', 'MediaGallery']);

/**
 * What the page says it is, from its head only: JSON-LD types (top level and @graph) and
 * og:type. Pages without either (most archived ones) are `unknown` and judged by URL alone.
 * A story with an embedded clip carries a VideoObject too, so video and gallery types count
 * only when og:type does not say article.
 */
export function pageKind(doc: Document, objects: readonly Record<string, unknown>[] = jsonLd(doc)): PageKind {
  const types = new Set(objects.flatMap(typesOf));
  const ogType = meta(doc, 'og:type') ?? '';
  if (types.has('LiveBlogPosting')) return 'live-blog';
  if ([...types].some((type) => ARTICLE_TYPES.has(type))) return 'article';
  if (/^video/.test(ogType) || (types.has('VideoObject') && ogType !== 'article')) return 'video';
  if ([...types].some((type) => GALLERY_TYPES.has(type)) && ogType !== 'article') return 'gallery';
  // Many sites put a WebSite object (their search box) on every page: alone, it says nothing
  // against an og:type of article.
  if ([...types].some((type) => COLLECTION_TYPES.has(type) && (type !== 'WebSite' || ogType !== 'article'))) return 'collection';
  return 'unknown';
}

/**
 * Cheap and exact: URL rules first, then a few head checks. Never walks the body, so a page
 * that is not an article costs almost nothing.
 */
export function detectWithSite(site: Site | undefined, url: URL, doc: Document, objects = jsonLdOnce(doc)): Detection {
  if (!site) return { kind: 'not-article', reason: 'unsupported-site' };
  if (site.isVideo(url)) return { kind: 'not-article', reason: 'video' };
  if (site.isGallery(url)) return { kind: 'not-article', reason: 'gallery' };
  if (!site.isArticle(url)) return { kind: 'not-article', reason: 'not-article-url' };
  const kind = pageKind(doc, objects());
  if (kind === 'video' || kind === 'gallery') return { kind: 'not-article', reason: kind };
  if (kind === 'collection') return { kind: 'not-article', reason: 'not-article-page' };
  return { kind: 'article', site, url: site.canonical(url), liveBlog: kind === 'live-blog' || site.isLiveBlog(url) };
}

/**
 * The article in a Document: the site's templates, newest era first, then the generic
 * extractor, within the size a version may have (capArticle). Null when no body is found;
 * never throws, since archived pages can be anything.
 */
export async function extractWithSite(site: Site | undefined, doc: Document, url: URL, objects: readonly Record<string, unknown>[] = jsonLd(doc)): Promise<Article | null> {
  const canonical = site ? site.canonical(url) : canonicalize(url);
  try {
    // JSON-LD blocks can be large: parsed once (by the caller, or above) for every check that reads them.
    const liveBlog = (site?.isLiveBlog(url) ?? false) || pageKind(doc, objects) === 'live-blog';
    const metadata = readMetadata(doc, objects);
    for (const template of site?.templates ?? []) {
      const found = extractWithTemplate(doc, template, metadata);
      if (found) return capArticle({ ...found, url: canonical, site: site!.id, reader: `${site!.id}:${template.since}`, liveBlog });
    }
    const { extractGeneric } = await import('./generic.ts');
    const found = await extractGeneric(doc, metadata);
    return found && capArticle({ ...found.extracted, url: canonical, site: 'generic', reader: 'generic', liveBlog });
  } catch {
    return null;
  }
}


