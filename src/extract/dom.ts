/**
 * Reading values out of a Document with the DOM APIs that the live page, a DOMParser document
 * and linkedom all share: no innerText, no layout, no styles. Only strings leave this module.
 */
import { collapse, hasText, textOf } from './text.ts';

/** What an element says: a meta's content, a datetime or microdata content attribute, else its text. */
export function valueOf(el: Element): string {
  if (el.tagName.toUpperCase() === 'META') return collapse(el.getAttribute('content') ?? el.getAttribute('value') ?? '');
  const stated = el.getAttribute('datetime') ?? el.getAttribute('content');
  if (stated) return collapse(stated);
  // Hidden duplicates (a headline's "ghost" copy used for line balancing) are not its text.
  return textOf(el, '[aria-hidden="true"]');
}

/**
 * The first non-empty value for a selector list read in priority order: `h1.headline, h1`
 * prefers the headline class even when the masthead's h1 comes first in the document.
 */
export function firstValue(doc: ParentNode, selector: string | undefined): string | null {
  for (const alternative of splitSelectorList(selector ?? '')) {
    for (const el of doc.querySelectorAll(alternative)) {
      const value = valueOf(el);
      if (hasText(value)) return value;
    }
  }
  return null;
}

/** Splits `a, b:is(c, d)` at its top-level commas only. */
function splitSelectorList(selector: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < selector.length; i++) {
    const ch = selector[i];
    if (ch === '(' || ch === '[') depth++;
    else if (ch === ')' || ch === ']') depth--;
    else if (ch === ',' && depth === 0) {
      parts.push(selector.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(selector.slice(start));
  return parts.map((part) => part.trim()).filter(Boolean);
}

export type MetaReader = (...keys: string[]) => string | null;

/**
 * Reads meta tags by property, name or itemprop: the first tag in the page that names a key, as
 * `meta[property=k], meta[name=k], meta[itemprop=k]` would find it, for the first key whose tag
 * has a value. The page's tags are gathered in one pass when the reader is made, not one pass
 * a key: a page's metadata asks for some twenty keys. Some archived copies were re-serialised
 * with `value` in place of `content`; both are read.
 */
export function metaReader(doc: Document): MetaReader {
  const byKey = new Map<string, Element>();
  for (const el of doc.querySelectorAll('meta')) {
    for (const attribute of ['property', 'name', 'itemprop']) {
      const key = el.getAttribute(attribute);
      if (key !== null && !byKey.has(key)) byKey.set(key, el);
    }
  }
  return (...keys) => {
    for (const key of keys) {
      const el = byKey.get(key);
      const value = el && valueOf(el);
      if (value) return value;
    }
    return null;
  };
}

/** One lookup of meta tags (see `metaReader`, for many). */
export const meta = (doc: Document, ...keys: string[]): string | null => metaReader(doc)(...keys);

/**
 * A page's JSON-LD, parsed on the first call only: detection reads it only once the URL rules
 * pass, and the extraction that follows reads the same objects instead of parsing them again.
 */
export function jsonLdOnce(doc: Document): () => Record<string, unknown>[] {
  let objects: Record<string, unknown>[] | undefined;
  return () => (objects ??= jsonLd(doc));
}

/** The JSON-LD objects of a page, flattened out of arrays and `@graph`; broken blocks are skipped. */
export function jsonLd(doc: Document): Record<string, unknown>[] {
  const objects: Record<string, unknown>[] = [];
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const raw = (script.textContent ?? '').replace(/^\s*(?:\/\/\s*)?<!\[CDATA\[/, '').replace(/(?:\/\/\s*)?\]\]>\s*$/, '');
    try {
      flatten(JSON.parse(raw), objects);
    } catch {
      // A malformed block says nothing; the other signals still apply.
    }
  }
  return objects;
}

function flatten(value: unknown, into: Record<string, unknown>[]): void {
  if (Array.isArray(value)) {
    for (const item of value) flatten(item, into);
  } else if (value && typeof value === 'object') {
    const object = value as Record<string, unknown>;
    into.push(object);
    if (object['@graph']) flatten(object['@graph'], into);
  }
}

export function typesOf(object: Record<string, unknown>): string[] {
  const type = object['@type'];
  if (typeof type === 'string') return [type];
  return Array.isArray(type) ? type.filter((t): t is string => typeof t === 'string') : [];
}

/** Schema.org types that are a story: an article page carries one of these as its main entity. */
export const ARTICLE_TYPES = new Set([
  'Article', 'NewsArticle', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'OpinionNewsArticle',
  'BackgroundNewsArticle', 'ReviewNewsArticle', 'AskPublicAffairsArticle', 'SatiricalArticle',
  'BlogPosting', 'LiveBlogPosting', 'Report',
]);
