/**
 * Reading text out of a Document with the DOM APIs that the live page, a DOMParser document and
 * linkedom all share: no innerText, no layout, no styles. Only strings leave this module.
 */

/** Elements whose text is never story text, wherever they are. */
const SILENT_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'SELECT', 'IFRAME', 'OBJECT']);

/** Block elements: their edges separate words even when the markup has no whitespace. */
const BLOCK_TAGS = new Set(['P', 'DIV', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'TD', 'TH', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'FIGURE', 'FIGCAPTION', 'UL', 'OL', 'TABLE', 'TR', 'DL', 'DT', 'DD', 'BR', 'HR']);

/**
 * The visible-by-markup text of an element, whitespace collapsed. `skip` drops descendants
 * matching it (an inline ad or a caption inside a paragraph).
 */
export function textOf(el: Element, skip?: string): string {
  const parts: string[] = [];
  collect(el, skip, parts);
  return collapse(parts.join(''));
}

function collect(node: Node, skip: string | undefined, parts: string[]): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) {
      parts.push(child.nodeValue ?? '');
    } else if (child.nodeType === 1) {
      const el = child as Element;
      const tag = el.tagName.toUpperCase();
      if (SILENT_TAGS.has(tag) || el.hasAttribute('hidden') || (skip && el.matches(skip))) continue;
      const block = BLOCK_TAGS.has(tag);
      if (block) parts.push(' ');
      collect(el, skip, parts);
      if (block) parts.push(' ');
    }
  }
}

export function collapse(text: string): string {
  return text.replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim();
}

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
      if (value) return value;
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

/**
 * A meta tag by property, name or itemprop. Some archived copies were re-serialised with
 * `value` in place of `content`; both are read.
 */
export function meta(doc: Document, ...keys: string[]): string | null {
  for (const key of keys) {
    const el = doc.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`);
    const value = el && valueOf(el);
    if (value) return value;
  }
  return null;
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
