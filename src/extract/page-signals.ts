/**
 * Whether a page of a site no site file knows (a site the reader added) is a story, from what
 * the page says about itself: JSON-LD Article types, og:type, or an `article` element holding a
 * headline and several paragraphs. There are no URL rules to go by, so this reads the page; it is
 * loaded only on such sites, never on the supported ones.
 */
import { jsonLdOnce, meta } from './dom.ts';
import { pageKind } from './page.ts';
import { canonicalize } from './site.ts';
import { collapse } from './text.ts';

export type SignalDetection =
  | { kind: 'article'; url: string; liveBlog: boolean; signal: 'json-ld' | 'og:type' | 'article-element' }
  | { kind: 'not-article'; reason: 'home-page' | 'not-article-page' | 'video' | 'gallery' | 'no-signal' };

/** A story's `article` element holds at least this many paragraphs of at least this many characters; a teaser card holds one. */
const STORY_PARAGRAPHS = 3;
const PARAGRAPH_CHARS = 40;

export function detectFromPageSignals(url: URL, doc: Document, objects = jsonLdOnce(doc)): SignalDetection {
  if (url.pathname === '/' || url.pathname === '') return { kind: 'not-article', reason: 'home-page' };
  const kind = pageKind(doc, objects());
  const article = (signal: 'json-ld' | 'og:type' | 'article-element', liveBlog = false) =>
    ({ kind: 'article', url: canonicalize(url), liveBlog, signal }) as const;
  if (kind === 'live-blog') return article('json-ld', true);
  if (kind === 'article') return article('json-ld');
  if (kind === 'video' || kind === 'gallery') return { kind: 'not-article', reason: kind };
  // A section front that calls itself an article in og:type (nytimes.com's do) says otherwise in its JSON-LD.
  if (kind === 'collection') return { kind: 'not-article', reason: 'not-article-page' };
  if (meta(doc, 'og:type')?.toLowerCase() === 'article') return article('og:type');
  return [...doc.querySelectorAll('article')].some(isStoryElement) ? article('article-element') : { kind: 'not-article', reason: 'no-signal' };
}

function isStoryElement(element: Element): boolean {
  if (!element.querySelector('h1, h2')) return false;
  let paragraphs = 0;
  for (const p of element.querySelectorAll('p')) {
    if (collapse(p.textContent ?? '').length >= PARAGRAPH_CHARS && ++paragraphs >= STORY_PARAGRAPHS) return true;
  }
  return false;
}
