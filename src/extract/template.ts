/**
 * Applies one template era of a site file to a Document. Everything that is not story text is
 * dropped here, in one place, so every site gets the same rules.
 */
import type { Article } from '../core/article.ts';
import { firstValue, valueOf } from './dom.ts';
import { cleanByline, isoDate, type PageMetadata } from './metadata.ts';
import type { Template } from './site.ts';
import { isChrome } from './chrome-lines.ts';
import { flat, hasText, isShown, textOf } from './text.ts';

export type Extracted = Omit<Article, 'url' | 'site' | 'reader' | 'liveBlog'>;

/**
 * Containers that never hold story paragraphs on any site: a paragraph inside a link is a
 * promo card, inside a figure a caption, inside an aside a related-links or newsletter box.
 * (Not `form`: some sites wrap the whole page in one.)
 */
const NEVER_BODY_BUT_HEADER = [
  'figure', 'figcaption', 'aside', 'nav', 'a[href]', '[role="complementary"]',
  '[data-testid="photoviewer-wrapper"]', '.twitter-tweet', '.instagram-media', '.tiktok-embed',
];
const NEVER_BODY = [...NEVER_BODY_BUT_HEADER, 'header'].join(', ');
/** A template's `lead` names elements in the story's own header, so only the header rule is lifted for it. */
const NEVER_LEAD = NEVER_BODY_BUT_HEADER.join(', ');

/** Inline elements inside a paragraph that are not part of its text. */
export const INLINE_NOISE = 'figure, figcaption, aside, [aria-hidden="true"], [class*="ad-slot"], [class*="AdSlot"]';

/**
 * Notes that sit in the body column but are corrections or editor's notes. They are kept, in
 * `corrections`, because a correction appearing is one of the changes a reader most needs.
 */
const NOTE_LINES = [
  /^(corrections?|clarifications?|editor['’]s note|editors['’] note)\b\s*(\([^)]*\))?\s*[:.—–-]/i,
  /^•?\s*this (article|story|piece) (was|has been) (amended|corrected|updated|changed)\b/i,
  /^updated (on|at) [a-z]*\.? ?\d/i,
  /^update(d)?\s*(\([^)]*\))?\s*:/i,
];

function isNote(text: string): boolean {
  const line = flat(text);
  return NOTE_LINES.some((note) => note.test(line));
}

/**
 * A paragraph that only points at other stories: a bracketed promo ("[Read: how the manhunt
 * unfolded]"), a bare link as in the "Read more:" lists that end a story, or a list item that
 * is mostly a link ("RECOVERY: How long does it take to get better?").
 */
function isTeaser(el: Element, text: string): boolean {
  const links = [...el.querySelectorAll('a[href]')];
  if (links.length === 0) return false;
  if (/^\[.*\]$/.test(flat(text))) return true;
  const linked = links.reduce((sum, link) => sum + textOf(link).length, 0);
  if (el.tagName.toUpperCase() === 'LI') return linked >= text.length / 2;
  return links.length === 1 && linked === text.length;
}

export function bodyParagraphs(root: ParentNode, template: Pick<Template, 'body' | 'exclude' | 'corrections' | 'chrome'>, never = NEVER_BODY): string[] {
  const skip = [never, template.exclude, template.corrections].filter(Boolean).join(', ');
  const inlineSkip = [INLINE_NOISE, template.exclude].filter(Boolean).join(', ');
  const taken = new Set<Element>();
  const shown = new Map<Element, boolean>();
  const paragraphs: string[] = [];
  for (const el of root.querySelectorAll(template.body)) {
    if (el.closest(skip) || hasTakenAncestor(el, taken) || !isShown(el, shown)) continue;
    taken.add(el);
    const text = textOf(el, inlineSkip);
    if (!hasText(text) || isChrome(text, template.chrome) || isTeaser(el, text)) continue;
    paragraphs.push(text);
  }
  return paragraphs;
}

function hasTakenAncestor(el: Element, taken: Set<Element>): boolean {
  for (let parent = el.parentElement; parent; parent = parent.parentElement) {
    if (taken.has(parent)) return true;
  }
  return false;
}

function textsOf(doc: ParentNode, selector: string | undefined): string[] {
  if (!selector) return [];
  const texts: string[] = [];
  for (const el of doc.querySelectorAll(selector)) {
    if (!isShown(el)) continue;
    const text = textOf(el);
    if (hasText(text) && !texts.some((seen) => seen.includes(text))) texts.push(text);
  }
  return texts;
}

function bylineOf(doc: Document, template: Template): string | null {
  if (!template.authors) return cleanByline(firstValue(doc, template.byline));
  // Read like a byline element (meta content, hidden copies skipped); the same name twice is one author.
  const names = [...new Set([...doc.querySelectorAll(template.authors)].flatMap((el) => cleanByline(valueOf(el)) ?? []))];
  if (names.length < 2) return names[0] ?? null;
  // As the sites print it: "A, B and C".
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)!}`;
}

/** The article as one template era sees it, or null when the template finds no body. */
export function extractWithTemplate(doc: Document, template: Template, metadata: PageMetadata): Extracted | null {
  const body = bodyParagraphs(doc, template);
  // The lead alone is not a body: a template that finds only a lead is not this page's template.
  if (!body.some((text) => !isNote(text))) return null;
  const found = [...(template.lead ? bodyParagraphs(doc, { ...template, body: template.lead }, NEVER_LEAD) : []), ...body];
  const paragraphs = found.filter((text) => !isNote(text));
  const listed = textsOf(doc, template.corrections);
  const notes = found.filter((text) => isNote(text) && !listed.includes(text));
  return {
    title: firstValue(doc, template.title) ?? metadata.title ?? '',
    byline: bylineOf(doc, template) ?? metadata.byline,
    publishedAt: isoDate(firstValue(doc, template.published)) ?? metadata.publishedAt,
    modifiedAt: isoDate(firstValue(doc, template.modified)) ?? metadata.modifiedAt,
    corrections: [...listed, ...notes],
    paragraphs,
    partial: template.truncated ? doc.querySelector(template.truncated) !== null : false,
  };
}
