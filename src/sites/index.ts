/**
 * The site registry: which pages are articles, their canonical URL, and the extractor that
 * reads them. Imported by the content script on every page of a supported site and by
 * vite.config.ts at build time, so it stays small and touches no DOM global at load.
 */
import type { Article } from '../core/article.ts';
import { ARTICLE_TYPES, jsonLd, meta, typesOf } from './dom.ts';
import { readMetadata } from './metadata.ts';
import { canonicalize, type Site } from './site.ts';
import { extractWithTemplate } from './template.ts';
import abcnews from './abcnews.ts';
import aljazeera from './aljazeera.ts';
import apnews from './apnews.ts';
import axios from './axios.ts';
import bbc from './bbc.ts';
import bloomberg from './bloomberg.ts';
import cbsnews from './cbsnews.ts';
import cnn from './cnn.ts';
import foxnews from './foxnews.ts';
import independent from './independent.ts';
import latimes from './latimes.ts';
import nbcnews from './nbcnews.ts';
import newyorker from './newyorker.ts';
import npr from './npr.ts';
import nytimes from './nytimes.ts';
import politico from './politico.ts';
import reuters from './reuters.ts';
import telegraph from './telegraph.ts';
import theatlantic from './theatlantic.ts';
import theguardian from './theguardian.ts';
import thehill from './thehill.ts';
import usatoday from './usatoday.ts';
import vox from './vox.ts';
import washingtonpost from './washingtonpost.ts';
import wsj from './wsj.ts';

export type { Site, Template } from './site.ts';

export const sites: readonly Site[] = [
  nytimes, washingtonpost, cnn, bbc, politico, theguardian, reuters, apnews,
  npr, nbcnews, cbsnews, abcnews, foxnews, latimes, usatoday, wsj, bloomberg,
  theatlantic, newyorker, aljazeera, axios, thehill, independent, telegraph, vox,
];

const byHost = new Map(sites.flatMap((site) => site.hosts.map((host) => [host, site] as const)));

export function siteForUrl(url: URL): Site | undefined {
  return byHost.get(url.hostname.toLowerCase());
}

/** Match patterns for the manifest's content_scripts and host_permissions. */
export function contentScriptMatches(): string[] {
  return sites.flatMap((site) => site.hosts.map((host) => `https://${host}/*`));
}

export function canonicalUrl(url: URL): string {
  return siteForUrl(url)?.canonical(url) ?? canonicalize(url);
}

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
function pageKind(doc: Document): PageKind {
  const types = new Set(jsonLd(doc).flatMap(typesOf));
  const ogType = meta(doc, 'og:type') ?? '';
  if (types.has('LiveBlogPosting')) return 'live-blog';
  if ([...types].some((type) => ARTICLE_TYPES.has(type))) return 'article';
  if (/^video/.test(ogType) || (types.has('VideoObject') && ogType !== 'article')) return 'video';
  if ([...types].some((type) => GALLERY_TYPES.has(type)) && ogType !== 'article') return 'gallery';
  if ([...types].some((type) => COLLECTION_TYPES.has(type))) return 'collection';
  return 'unknown';
}

/**
 * Cheap and exact: URL rules first, then a few head checks. Never walks the body, so a page
 * that is not an article costs almost nothing.
 */
export function detectArticle(url: URL, doc: Document): Detection {
  const site = siteForUrl(url);
  if (!site) return { kind: 'not-article', reason: 'unsupported-site' };
  if (site.isVideo(url)) return { kind: 'not-article', reason: 'video' };
  if (site.isGallery(url)) return { kind: 'not-article', reason: 'gallery' };
  if (!site.isArticle(url)) return { kind: 'not-article', reason: 'not-article-url' };
  const kind = pageKind(doc);
  if (kind === 'video' || kind === 'gallery') return { kind: 'not-article', reason: kind };
  if (kind === 'collection') return { kind: 'not-article', reason: 'not-article-page' };
  return { kind: 'article', site, url: site.canonical(url), liveBlog: kind === 'live-blog' || site.isLiveBlog(url) };
}

/**
 * The article in a Document: the site's templates, newest era first, then the generic
 * extractor. Null when no body is found; never throws, since archived pages can be anything.
 */
export async function extractArticle(doc: Document, url: URL): Promise<Article | null> {
  try {
    const site = siteForUrl(url);
    const liveBlog = (site?.isLiveBlog(url) ?? false) || pageKind(doc) === 'live-blog';
    const metadata = readMetadata(doc);
    for (const template of site?.templates ?? []) {
      const found = extractWithTemplate(doc, template, metadata);
      if (found) return { ...found, url: canonicalUrl(url), site: site!.id, liveBlog };
    }
    const { extractGeneric } = await import('./generic.ts');
    const found = await extractGeneric(doc, metadata);
    return found && { ...found.extracted, url: canonicalUrl(url), site: 'generic', liveBlog };
  } catch {
    return null;
  }
}

