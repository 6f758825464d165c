/**
 * The text a reader sees in an element, by the whitespace rules of `innerText`, computed over
 * the DOM alone: the live page, a DOMParser document (scripting off, no layout) and linkedom
 * must give the same string, and `innerText` itself needs layout the last two do not have.
 *
 * - Whitespace the browser collapses (space, tab, line feed, carriage return, form feed) is one
 *   space; inline elements neither add nor remove one, so `report </a>on` stays "report on".
 * - A block element's edges separate the text on each side; `<br>` is a line break ("\n"). The
 *   extractor's paragraphs are blocks: a block nested in one (a correction's label and its
 *   text) is separated by a space, so one paragraph stays one line wherever it is shown.
 * - A non-breaking, thin or zero-width space is kept as written: the browser does not collapse
 *   it. Comparison sees through it (src/core/normalize.ts), display shows it as the page did.
 * - What the reader never sees is not text: scripts, styles, `<noscript>` (a DOMParser
 *   document has scripting off and parses it as markup, the live page as raw text), templates,
 *   elements marked `hidden` or styled `display: none` / `visibility: hidden` inline, and
 *   print-only copies.
 */

/** Elements whose content is never shown as text. */
const SILENT_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'SELECT', 'IFRAME', 'OBJECT', 'HEAD', 'TITLE',
  'AUDIO', 'VIDEO', 'CANVAS', 'DATALIST',
]);

/** Elements the browser's own stylesheet displays as blocks (or list items, or table rows). */
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIALOG', 'DIR', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR',
  'LEGEND', 'LI', 'MAIN', 'MENU', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TFOOT', 'THEAD',
  'TR', 'UL',
]);

/** Table cells: innerText puts a tab between them; a space reads the same. */
const CELL_TAGS = new Set(['TD', 'TH']);

/**
 * Class names of copies meant for print only (Die Welt's `u-is-shown-print-only` short link,
 * Folha's `u-only-print` header, the Post's `show-for-print` logo): on screen they are hidden.
 */
const PRINT_ONLY = /print-only|only-print|show-for-print/i;

const INLINE_HIDDEN = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;

/** What `collect` puts between pieces of text where an element begins or ends. */
const BLOCK_EDGE = 0;
const LINE_BREAK = 1;
type Piece = string | typeof BLOCK_EDGE | typeof LINE_BREAK;

/** Not shown on screen, whatever its tag: the `hidden` attribute, an inline style that hides it, a print-only class. */
export function isUnseen(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  if (style && INLINE_HIDDEN.test(style)) return true;
  const className = el.getAttribute('class');
  return className !== null && PRINT_ONLY.test(className);
}

/**
 * True when the reader can see the element: neither it nor an ancestor is silent or unseen. A
 * paragraph inside `<noscript>` is an element only where scripting is off (an archived copy),
 * one inside `<template>` only in linkedom; the live page has neither. `known` carries answers
 * between calls on the same document: paragraphs share their ancestors.
 */
export function isShown(el: Element, known: Map<Element, boolean> = new Map()): boolean {
  const cached = known.get(el);
  if (cached !== undefined) return cached;
  const parent = el.parentElement;
  const shown = !SILENT_TAGS.has(el.tagName.toUpperCase()) && !isUnseen(el) && (parent === null || isShown(parent, known));
  known.set(el, shown);
  return shown;
}

function collect(node: Node, skip: string | undefined, parts: Piece[], breaks?: string): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) {
      parts.push(child.nodeValue ?? '');
    } else if (child.nodeType === 1) {
      const el = child as Element;
      const tag = el.tagName.toUpperCase();
      if (tag === 'BR') {
        parts.push(LINE_BREAK);
        continue;
      }
      if (SILENT_TAGS.has(tag) || isUnseen(el) || (skip && el.matches(skip))) continue;
      const edge = BLOCK_TAGS.has(tag) || (breaks && el.matches(breaks)) ? BLOCK_EDGE : CELL_TAGS.has(tag) ? ' ' : null;
      if (edge !== null) parts.push(edge);
      collect(el, skip, parts, breaks);
      if (edge !== null) parts.push(edge);
    }
  }
}

/** The whitespace CSS collapses: not the no-break, thin or ideographic spaces. */
const COLLAPSIBLE = /[ \t\n\r\f]+/g;

/**
 * Display text from collected pieces: each run of collapsible whitespace and block edges
 * between two words is one space, or the line breaks it holds; none at either end.
 */
function render(pieces: readonly Piece[]): string {
  let out = '';
  let space = false;
  let breaks = 0;
  for (const piece of pieces) {
    if (piece === LINE_BREAK) breaks++;
    else if (piece === BLOCK_EDGE) space = true;
    else {
      let text = piece.replace(COLLAPSIBLE, ' ');
      if (text.startsWith(' ')) {
        space = true;
        text = text.slice(1);
      }
      if (text === '') continue;
      const spaceAfter = text.endsWith(' ');
      if (spaceAfter) text = text.slice(0, -1);
      if (out !== '') out += breaks > 0 ? '\n'.repeat(breaks) : space ? ' ' : '';
      out += text;
      space = spaceAfter;
      breaks = 0;
    }
  }
  return out;
}

/**
 * The text of an element as the reader sees it. `skip` drops descendants matching it (an inline
 * ad or a caption inside a paragraph).
 */
export function textOf(el: Element, skip?: string): string {
  const pieces: Piece[] = [];
  collect(el, skip, pieces);
  return render(pieces);
}

/**
 * The text of a container cut at its block edges: one string per block of text, in order.
 * `breaks` names more elements that end a block (a site's own line-break spans).
 */
export function blockTexts(root: Node, skip?: string, breaks?: string): string[] {
  const pieces: Piece[] = [];
  collect(root, skip, pieces, breaks);
  const blocks: Piece[][] = [[]];
  for (const piece of pieces) {
    if (piece === BLOCK_EDGE) blocks.push([]);
    else blocks.at(-1)!.push(piece);
  }
  return blocks.map(render).filter(hasText);
}

/** Whitespace the browser collapses, collapsed the same way, for text that is not in a DOM (attribute values, JSON-LD). */
export function collapse(text: string): string {
  return text.replace(COLLAPSIBLE, ' ').replace(/^ | $/g, '');
}

/**
 * One line with every kind of space as one space and invisible characters dropped: the form
 * that rules about lines ("Advertisement", "Related Coverage") are written against.
 */
export function flat(text: string): string {
  return text.replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, '').replace(/\s+/g, ' ').trim();
}

/** True when the text shows anything but space: a `<p>&nbsp;</p>` spacer is not a paragraph. */
export function hasText(text: string): boolean {
  return flat(text) !== '';
}
