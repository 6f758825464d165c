/**
 * What a page says about itself in its head: Open Graph and article meta tags, JSON-LD, the
 * `<title>`. Site templates override any of it; the generic extractor relies on it.
 */
import { ARTICLE_TYPES, jsonLd, metaReader, typesOf } from './dom.ts';
import { collapse } from './text.ts';

export interface PageMetadata {
  title: string | null;
  byline: string | null;
  publishedAt: string | null;
  modifiedAt: string | null;
  /** The JSON-LD article, when the page has one. */
  article: Record<string, unknown> | null;
}

/** `objects`: the page's JSON-LD, when the caller has parsed it already. */
export function readMetadata(doc: Document, objects: readonly Record<string, unknown>[] = jsonLd(doc)): PageMetadata {
  const article = objects.find((object) => typesOf(object).some((type) => ARTICLE_TYPES.has(type))) ?? null;
  const meta = metaReader(doc);
  return {
    title: meta('og:title', 'twitter:title') ?? stringOf(article?.['headline']) ?? (collapse(doc.title) || null),
    byline: cleanByline(meta('byl', 'author', 'article:author_name', 'sailthru.author', 'parsely-author') ?? authorsOf(article?.['author'])),
    publishedAt: isoDate(
      meta('article:published_time', 'article:published', 'datePublished', 'og:article:published_time', 'publish-date', 'pubdate', 'date')
        ?? stringOf(article?.['datePublished']),
    ),
    modifiedAt: isoDate(
      meta('article:modified_time', 'article:modified', 'dateModified', 'og:updated_time', 'last-modified')
        ?? stringOf(article?.['dateModified']),
    ),
    article,
  };
}

export function stringOf(value: unknown): string | null {
  if (typeof value === 'string') return collapse(value) || null;
  if (Array.isArray(value)) return stringOf(value[0]);
  return null;
}

function authorsOf(value: unknown): string | null {
  const list = Array.isArray(value) ? value : value ? [value] : [];
  const names = list
    .map((author) => (typeof author === 'string' ? author : author && typeof author === 'object' ? (author as Record<string, unknown>)['name'] : null))
    .filter((name): name is string => typeof name === 'string' && name.trim() !== '')
    .map(collapse);
  return names.length > 0 ? names.join(', ') : null;
}

/**
 * Author meta tags that hold a profile URL are not a byline, nor is a value without a letter
 * (Readability took TMZ's share count, "1", for one). The word before the names is not part of
 * them: "By" in English, "Von" in German (Stern's "von Laura Eßlinger", n-tv's "Von Juliane Rohr").
 */
export function cleanByline(byline: string | null): string | null {
  if (!byline || /^https?:\/\//.test(byline) || !/\p{L}/u.test(byline)) return null;
  return collapse(byline.replace(/^(by|von)\s+/i, '')) || null;
}

/**
 * A date as the page states it, if it is one: ISO 8601 strings are kept with their offset;
 * compact forms ("20160919074601") are written out in ISO form.
 */
export function isoDate(value: string | null): string | null {
  if (!value) return null;
  const text = value.trim();
  const compact = /^(\d{4})(\d{2})(\d{2})(?:(\d{2})(\d{2})(\d{2}))?$/.exec(text);
  if (compact) {
    const [, y, mo, d, h, mi, s] = compact;
    return h ? `${y}-${mo}-${d}T${h}:${mi}:${s}` : `${y}-${mo}-${d}`;
  }
  if (/^\d{4}-\d{2}-\d{2}/.test(text)) return Number.isNaN(Date.parse(text)) ? repairOffset(text) : text;
  // Without a year, Date.parse guesses one ("November 22" becomes 2001).
  if (!/\b\d{4}\b/.test(text)) return null;
  const parsed = Date.parse(text);
  return Number.isNaN(parsed) ? null : new Date(parsed).toISOString();
}

/** Some templates write offsets as "-500" (meaning -05:00); anything else unreadable keeps only its day. */
function repairOffset(text: string): string {
  const repaired = text.replace(/([+-])(\d{1,2})(\d{2})$/, (_, sign: string, hours: string, minutes: string) => `${sign}${hours.padStart(2, '0')}:${minutes}`);
  return Number.isNaN(Date.parse(repaired)) ? text.slice(0, 10) : repaired;
}
