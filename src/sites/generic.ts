/**
 * The extractor for pages no site template reads: a site that redesigned, or a site the
 * reader added. It tries what the page says about itself first (JSON-LD articleBody, matched
 * back to the page's paragraphs), then @mozilla/readability. Readability is loaded only here,
 * on demand, so the content script that runs on every article does not carry it.
 */
import { collapse, textOf } from './dom.ts';
import { stringOf, type PageMetadata } from './metadata.ts';
import { bodyParagraphs, isChrome, type Extracted } from './template.ts';

const MIN_STORY_CHARS = 200;

/** Which path produced the text, so a caller (and the CLI) can say how it was read. */
export type GenericPath = 'json-ld' | 'readability';

export interface GenericResult {
  extracted: Extracted;
  path: GenericPath;
}

export async function extractGeneric(doc: Document, metadata: PageMetadata): Promise<GenericResult | null> {
  const fromJsonLd = paragraphsFromJsonLd(doc, metadata);
  if (fromJsonLd) return { extracted: withMetadata(metadata, fromJsonLd), path: 'json-ld' };
  const readable = await readabilityParagraphs(doc);
  // Readability returns something for almost any page; a few words are a menu, not a story.
  if (!readable || readable.paragraphs.join(' ').length < MIN_STORY_CHARS) return null;
  const extracted = withMetadata(metadata, readable.paragraphs);
  return {
    extracted: { ...extracted, title: extracted.title || readable.title || '', byline: extracted.byline ?? readable.byline },
    path: 'readability',
  };
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
  const body = stringOfRaw(metadata.article?.['articleBody']);
  if (!body || body.length < 200) return null;
  const flat = collapse(body);
  const matched = bodyParagraphs(doc, { body: 'p' }).filter((text) => text.length >= 20 && flat.includes(text));
  const covered = matched.reduce((sum, text) => sum + text.length, 0);
  if (covered >= flat.length * 0.8) return matched;
  const lines = body.split(/\n+/).map(collapse).filter((line) => line && !isChrome(line));
  return lines.length > 1 ? lines : null;
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

async function readabilityParagraphs(doc: Document): Promise<Readable | null> {
  const { Readability } = await import('@mozilla/readability');
  // Readability rewrites the document it reads; the live page must stay untouched.
  const copy = doc.cloneNode(true) as Document;
  const result = new Readability<Node>(copy, { serializer: (node) => node }).parse();
  if (!result?.content) return null;
  return {
    title: result.title ? collapse(result.title) : null,
    byline: result.byline ? collapse(result.byline).replace(/^by\s+/i, '') : null,
    paragraphs: blockTexts(result.content).filter((text) => !isChrome(text)),
  };
}

const BLOCKS = new Set(['P', 'DIV', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'TABLE', 'TR', 'UL', 'OL', 'DL', 'DT', 'DD', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'FIGURE', 'FIGCAPTION', 'HR']);
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'FIGURE', 'FIGCAPTION', 'BUTTON', 'IFRAME', 'SVG', 'ASIDE', 'NAV', 'FORM']);

/** Splits a container into paragraphs at block edges, the way a reader sees it. */
export function blockTexts(root: Node): string[] {
  const texts: string[] = [];
  let run: Node[] = [];
  const flush = () => {
    const text = collapse(run.map((node) => (node.nodeType === 3 ? (node.nodeValue ?? '') : textOf(node as Element))).join(''));
    if (text) texts.push(text);
    run = [];
  };
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        run.push(child);
      } else if (child.nodeType === 1) {
        const tag = (child as Element).tagName.toUpperCase();
        if (SKIPPED.has(tag)) continue;
        if (!BLOCKS.has(tag)) {
          if (containsBlock(child)) walk(child);
          else run.push(child);
          continue;
        }
        flush();
        walk(child);
        flush();
      }
    }
  };
  walk(root);
  flush();
  return texts;
}

function containsBlock(node: Node): boolean {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 1 && (BLOCKS.has((child as Element).tagName.toUpperCase()) || containsBlock(child))) return true;
  }
  return false;
}
