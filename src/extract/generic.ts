/**
 * The extractor for pages no site template reads: a site that redesigned, or a site the
 * reader added. It tries what the page says about itself first (JSON-LD articleBody, matched
 * back to the page's paragraphs), then @mozilla/readability. Readability is loaded only here,
 * on demand, so the content script that runs on every article does not carry it.
 */
import { dropControlBoxes } from './control-boxes.ts';
import { cleanByline, stringOf, type PageMetadata } from './metadata.ts';
import { keepOneStory } from './one-story.ts';
import { pageBlocks, withSameTemplate } from './same-template.ts';
import { placeStreamedSegments } from './streamed-segments.ts';
import { isChrome } from './chrome-lines.ts';
import { isChromeOrCredit } from './credit-lines.ts';
import { bodyParagraphs, type Extracted } from './template.ts';
import { blockTexts, collapse, flat, hasText, isUnseen } from './text.ts';

const MIN_STORY_CHARS = 200;

/** Characters, with one of Chinese or Japanese counted as three: such a script says as much in a third of the characters. */
function storyLength(text: string): number {
  return text.length + 2 * (text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu)?.length ?? 0);
}

/** Which path produced the text, so a caller (and the CLI) can say how it was read. */
export type GenericPath = 'json-ld' | 'readability';

export interface GenericResult {
  extracted: Extracted;
  path: GenericPath;
}

export async function extractGeneric(doc: Document, metadata: PageMetadata): Promise<GenericResult | null> {
  const fromJsonLd = paragraphsFromJsonLd(doc, metadata);
  if (fromJsonLd) return { extracted: withMetadata(metadata, fromJsonLd), path: 'json-ld' };
  const readable = await readabilityParagraphs(doc, metadata.title);
  // Readability returns something for almost any page; a few words are a menu, not a story.
  if (!readable || storyLength(readable.paragraphs.join(' ')) < MIN_STORY_CHARS) return null;
  const title = metadata.title || readable.title || '';
  const extracted = withMetadata(metadata, withoutHeadline(readable.paragraphs, title));
  return { extracted: { ...extracted, title, byline: extracted.byline ?? readable.byline }, path: 'readability' };
}

/**
 * Readability keeps a headline printed inside the article block as its first paragraph (TMZ's
 * 2022 template): the same words as the title, whatever their punctuation, are not story text.
 */
function withoutHeadline(paragraphs: string[], title: string): string[] {
  const words = (text: string) => (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
  const headline = words(title);
  return headline ? paragraphs.filter((text) => words(text) !== headline) : paragraphs;
}

/** Below this, a page its publisher marks as paywalled holds a teaser, not the story. */
const PAYWALL_TEASER_PARAGRAPHS = 5;

function withMetadata(metadata: PageMetadata, paragraphs: string[]): Extracted {
  const paywalled = metadata.article?.['isAccessibleForFree'] === false || metadata.article?.['isAccessibleForFree'] === 'False';
  return {
    title: metadata.title ?? '',
    byline: metadata.byline,
    publishedAt: metadata.publishedAt,
    modifiedAt: metadata.modifiedAt,
    corrections: [],
    paragraphs,
    partial: paywalled && paragraphs.length < PAYWALL_TEASER_PARAGRAPHS,
  };
}

/**
 * JSON-LD articleBody is the publisher's own text of the story, but often one run with no
 * paragraph breaks. The page's own `<p>` elements that appear in it give the breaks back;
 * when they cover too little of it, its newlines are used, and without newlines it is not
 * trusted to be more than a summary.
 */
function paragraphsFromJsonLd(doc: Document, metadata: PageMetadata): string[] | null {
  const raw = stringOfRaw(metadata.article?.['articleBody']);
  if (!raw || raw.length < 200) return null;
  const body = MARKUP.test(raw) ? textOfMarkup(doc, raw) : raw;
  const story = flat(body);
  const matched = bodyParagraphs(doc, { body: 'p' }).filter((text) => text.length >= 20 && story.includes(flat(text)));
  const covered = matched.reduce((sum, text) => sum + flat(text).length, 0);
  if (covered >= story.length * 0.8) return withGaps(story, matched);
  const lines = body.split(/\n+/).map(collapse).filter((line) => hasText(line) && !isChrome(line));
  return lines.length > 1 ? lines : null;
}

/**
 * The story's text between the page's matched paragraphs (a lead, subheads, a paragraph not in
 * a `<p>`) is story text too: each run of it goes back as a line where it stands.
 */
function withGaps(story: string, matched: string[]): string[] {
  const lines: string[] = [];
  let at = 0;
  const keep = (gap: string) => {
    const line = gap.trim();
    if (/\p{L}/u.test(line) && !isChrome(line)) lines.push(line);
  };
  for (const text of matched) {
    const start = story.indexOf(flat(text), at);
    if (start >= 0) {
      keep(story.slice(at, start));
      at = start + flat(text).length;
    }
    lines.push(text);
  }
  keep(story.slice(at));
  return lines;
}

/**
 * Some publishers put the story's HTML itself in articleBody, in blocks (`<p>…</p>\r\n<h4>…</h4>`):
 * its tags are not words. A link or a `<br>` in a run of text does not make it blocks.
 */
const MARKUP = /<(p|h[1-6]|div|figure|ul|ol|blockquote)\b[^>]*>/i;

/**
 * The text of an articleBody written as HTML, one line per block. Parsed inside a `<template>`,
 * whose content is inert in a browser (no script runs, no image loads): only its text is read.
 */
function textOfMarkup(doc: Document, html: string): string {
  const template = doc.createElement('template');
  template.innerHTML = html;
  return blockTexts(template.content, GENERIC_SKIP).join('\n');
}

function stringOfRaw(value: unknown): string | null {
  if (typeof value === 'string') return value;
  return Array.isArray(value) ? stringOf(value[0]) : null;
}

interface Readable {
  title: string | null;
  byline: string | null;
  paragraphs: string[];
}

/**
 * Browsers' HTML parsers stop nesting elements at a few hundred levels (Chromium at 512), so
 * no page a reader sees is deeper; a hostile or broken one that a parser without that cap built
 * deeper would cost Readability time in the square of its depth (minutes at 100,000 levels).
 */
const MAX_DEPTH = 512;

function deeperThan(root: Node, limit: number): boolean {
  const stack: [Node, number][] = [[root, 0]];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [node, depth] = next;
    if (depth > limit) return true;
    for (let child = node.firstChild; child; child = child.nextSibling) if (child.nodeType === 1) stack.push([child, depth + 1]);
  }
  return false;
}

async function readabilityParagraphs(doc: Document, title: string | null): Promise<Readable | null> {
  if (deeperThan(doc.documentElement, MAX_DEPTH)) return null;
  const { Readability } = await import('@mozilla/readability');
  // Readability rewrites the document it reads; the live page must stay untouched.
  const copy = doc.cloneNode(true) as Document;
  placeStreamedSegments(copy);
  dropUnseen(copy);
  dropControlBoxes(copy);
  keepOneStory(copy, title);
  const blocks = pageBlocks(copy, GENERIC_SKIP);
  const result = new Readability<Node>(copy, { serializer: (node) => node, keepClasses: true }).parse();
  if (!result?.content) return null;
  dropFurniture(result.content as Element);
  return {
    title: result.title ? collapse(result.title) : null,
    byline: cleanByline(result.byline ?? null),
    paragraphs: trimEdges(withSameTemplate(blockTexts(result.content, GENERIC_SKIP).filter((text) => !isChromeOrCredit(text) && /\p{L}/u.test(text)), blocks)),
  };
}

/**
 * Boxes that Readability keeps inside the story's container but that no publisher means as
 * story text, named as publishers name them: share bars, author cards, related-story lists,
 * newsletter and subscription prompts, paywall dialogs, tag lists, "more from" rails.
 */
const FURNITURE_NAMES = /(^|[-_\s])(share|sharing|social|related|recommend(ed|ations)?|newsletter|subscri(be|ption)|paywall|promo|teaser|author|byline|tags?|breadcrumbs?|comments?|meta|dateline|timestamp|more-?from|read-?more|also-?read|modal|popup|popin|banner|toolbar|widget|ad|ads|advert(isement)?|sponsor(ed)?|outbrain|taboola|video(-?player|-?card)?|player|media-?embed|caption|credits?)([-_\s]|$)/i;

/** The share of an element's text that sits in links: a list of other stories is nearly all link. */
function linkShare(el: Element): number {
  const text = flat(el.textContent ?? '').length;
  if (text === 0) return 0;
  const linked = [...el.querySelectorAll('a[href]')].reduce((sum, link) => sum + flat(link.textContent ?? '').length, 0);
  return linked / text;
}

/**
 * A link inside a paragraph is words of its sentence, whatever its class: Nikkan Gendai links the
 * names in its story text as `a.tag-link` (a link to a tag's page, not a tag list).
 */
const inSentence = (el: Element) => el.tagName.toUpperCase() === 'A' && el.parentElement?.closest('p') != null;

function dropFurniture(content: Element): void {
  // A box holding most of the text is the story's own wrapper, whatever its class says ("has-ads").
  const most = flat(content.textContent ?? '').length * 0.3;
  // Readability's article is not in a document, so `isConnected` cannot say what is left.
  for (const el of [...content.querySelectorAll('*')]) {
    if (!content.contains(el) || flat(el.textContent ?? '').length > most) continue;
    const names = `${el.getAttribute('class') ?? ''} ${el.id}`;
    if (FURNITURE_NAMES.test(names) && !/^(P|H[1-6])$/i.test(el.tagName) && !inSentence(el)) el.remove();
    else if (/^(LI|UL|OL|P|DIV|SECTION|H[2-6])$/i.test(el.tagName) && linkShare(el) >= 0.8) el.remove();
  }
}

/** A line that reads as a sentence: long enough, with sentence punctuation (or CJK full stops). */
const isSentence = (text: string) => flat(text).length >= 60 && /[.!?;:"”»。！？]/.test(text);

/**
 * The story is one run of sentences: short lines before its first sentence (a section label,
 * a byline, a date) or after its last (an author bio's heading, "14 hours ago") are the page's.
 */
function trimEdges(paragraphs: string[]): string[] {
  const first = paragraphs.findIndex(isSentence);
  if (first < 0) return paragraphs;
  let last = paragraphs.length - 1;
  while (last > first && !isSentence(paragraphs[last]!)) last--;
  return paragraphs.slice(first, last + 1);
}

/** Boxes inside Readability's article that are not story text (embedded posts among them, as for the site files). */
const GENERIC_SKIP = 'figure, figcaption, aside, nav, form, .twitter-tweet, .instagram-media, .tiktok-embed';

/**
 * Readability reads `<noscript>` content as a fallback for lazy images, and cannot know which
 * elements are hidden; an archived copy (scripting off) would then show text the live page
 * never did. What the reader does not see goes before it reads.
 */
/**
 * The utility class every CSS framework hides with (Postmedia's sign-in and subscription boxes sit
 * in the story column as `hidden` until a script shows them to readers who are logged out).
 * Only the generic reader trusts it: a site file knows its own page.
 */
const HIDDEN_CLASS = /(^|\s)hidden(\s|$)/;

function dropUnseen(copy: Document): void {
  for (const el of [...(copy.body?.querySelectorAll('noscript, template, [hidden], [style], [class]') ?? [])]) {
    // Not `isConnected`: linkedom says false for every element of a cloned document, so nothing went.
    if (copy.contains(el) && (/^(NOSCRIPT|TEMPLATE)$/i.test(el.tagName) || isUnseen(el) || HIDDEN_CLASS.test(el.getAttribute('class') ?? ''))) el.remove();
  }
}
