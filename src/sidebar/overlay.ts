/**
 * Marks on the live article: a bar in the margin and a light tint on paragraphs changed since
 * the "from" version, a distinct one on added paragraphs, and a slim note where paragraphs
 * were removed. Only attributes under `data-article-history` and one stylesheet scoped to them
 * touch the page, so the site's layout does not move and our CSS styles nothing else.
 * Loaded with the sidebar, never on page load.
 */
import type { ArticleDiff, ParagraphOp } from '../core/diff/types.ts';
import { normalizeText } from '../core/normalize.ts';
import { unwrapTextRuns, wrapTextRuns } from './text-runs.ts';

export const MARK_ATTR = 'data-article-history';
const OP_ATTR = 'data-article-history-op';
const FLASH_ATTR = 'data-article-history-flash';
const REMOVED_TAG = 'article-history-removed';
const STYLE_ID = 'article-history-overlay-style';

const OVERLAY_CSS = `
[${MARK_ATTR}] { background-color: rgb(255 190 0 / .14) !important; box-shadow: -10px 0 0 -6px #c98a1b !important; cursor: pointer !important; }
[${MARK_ATTR}="added"] { background-color: rgb(47 125 50 / .12) !important; box-shadow: -10px 0 0 -6px #2f7d32 !important; }
${REMOVED_TAG} { display: block !important; margin: 2px 0 !important; padding: 1px 0 !important; border-top: 2px dotted #b3261e !important;
  font: 12px/1.4 system-ui, sans-serif !important; color: #b3261e !important; cursor: pointer !important; }
[${FLASH_ATTR}] { animation: article-history-flash 1.4s ease-out 1 !important; }
@keyframes article-history-flash { from { outline: 3px solid #d6582a; outline-offset: 2px; } to { outline: 3px solid transparent; outline-offset: 2px; } }
`;

/** Elements that hold one paragraph of text on news pages. */
const PARAGRAPH_SELECTOR = 'p, li, blockquote, h2, h3, h4, h5';

/**
 * Finds the element on the page that shows each paragraph, by its normalised text: the
 * extractor returns text only, so text is the link back to the page.
 */
export function locateParagraphs(root: ParentNode, paragraphs: readonly string[]): (Element | null)[] {
  const wanted = new Map<string, number[]>();
  paragraphs.forEach((text, index) => {
    const key = normalizeText(text);
    wanted.set(key, [...(wanted.get(key) ?? []), index]);
  });
  const found: (Element | null)[] = paragraphs.map(() => null);
  const claim = (element: Element) => {
    const text = element.textContent ?? '';
    if (text.length === 0 || text.length > 20_000) return;
    const indices = wanted.get(normalizeText(text));
    const index = indices?.shift();
    if (index !== undefined) found[index] = element;
  };
  root.querySelectorAll(PARAGRAPH_SELECTOR).forEach(claim);
  // Some templates (CNN's, for one) keep paragraphs in leaf <div>s.
  if (found.includes(null)) root.querySelectorAll('div').forEach((div) => !div.querySelector('p, div') && claim(div));
  return found;
}

/** The live paragraphs an operation stands on: its own place, or none. */
function placesOf(op: ParagraphOp): number[] {
  switch (op.kind) {
    case 'removed':
      return [];
    case 'layout':
      return op.side === 'added' ? [op.to] : [];
    case 'split':
      return op.to;
    default:
      return [op.to];
  }
}

/** The live paragraphs `apply` puts something on: each one it marks, and each one a note of removed paragraphs stands by. */
function paragraphsTouched(diff: ArticleDiff, count: number): Set<number> {
  const touched = new Set<number>();
  let afterRemoved = false;
  for (const op of diff.paragraphs) {
    const places = placesOf(op);
    if (op.kind === 'removed') afterRemoved = true;
    if (places.length === 0) continue;
    if (op.kind !== 'unchanged' && op.kind !== 'formatting' && op.kind !== 'layout') places.forEach((place) => touched.add(place));
    if (afterRemoved) touched.add(places[0]!);
    afterRemoved = false;
  }
  if (afterRemoved) touched.add(count - 1);
  return touched;
}

/**
 * `locateParagraphs`, then, for each paragraph the marks touch that has no element of its own
 * (a run of bare text), a wrapper of ours around its text. Only those: the rest of the page is
 * left as the site built it.
 */
function locateOrWrap(root: Element, paragraphs: readonly string[], touched: Set<number>): (Element | null)[] {
  const found = locateParagraphs(root, paragraphs);
  const missing = found.flatMap((el, index) => (el || !touched.has(index) ? [] : [index]));
  for (const [index, wrapper] of wrapTextRuns(root, paragraphs, missing)) found[index] = wrapper;
  return found;
}

export interface Overlay {
  /** Marks the changes of `diff`, whose new side is the text on the page. */
  show(diff: ArticleDiff, liveParagraphs: readonly string[]): void;
  clear(): void;
  elementFor(opIndex: number): Element | null;
  /** Scrolls the page to a change and flashes it; false when it is not on the page. */
  reveal(opIndex: number): boolean;
}

export function createOverlay(doc: Document, onMarkClick: (opIndex: number) => void, removedLabel: (count: number) => string): Overlay {
  let current: { diff: ArticleDiff; paragraphs: readonly string[] } | null = null;
  const byOp = new Map<number, Element>();
  let reapplies = 0;

  let reapplyBooked = false;
  const observer = new MutationObserver(() => {
    // A site that re-renders its article (hydration, lazy loading) drops our marks: put them
    // back once per frame, and give up after a burst so a site fighting us cannot loop us.
    // Every mark and removed-note carries OP_ATTR; changes elsewhere on the page cost nothing.
    if (!current || reapplyBooked || [...byOp.values()].every((el) => el.isConnected && el.hasAttribute(OP_ATTR))) return;
    if (++reapplies > 50) return;
    reapplyBooked = true;
    requestAnimationFrame(() => {
      reapplyBooked = false;
      if (current) apply(current.diff, current.paragraphs);
    });
  });

  const onClick = (event: MouseEvent) => {
    // The page can click its own paragraphs from a script; only the reader's clicks count.
    if (!event.isTrusted) return;
    const target = event.target instanceof Element ? event.target : null;
    if (!target || target.closest('a, button, input, textarea, select')) return;
    const marked = target.closest(`[${OP_ATTR}]`);
    if (marked) onMarkClick(Number(marked.getAttribute(OP_ATTR)));
  };

  function ensureStyle() {
    if (doc.getElementById(STYLE_ID)) return;
    const style = doc.createElement('style');
    style.id = STYLE_ID;
    style.textContent = OVERLAY_CSS;
    (doc.head ?? doc.documentElement).append(style);
  }

  function unmark() {
    observer.disconnect();
    doc.querySelectorAll(`[${MARK_ATTR}]`).forEach((el) => el.removeAttribute(MARK_ATTR));
    doc.querySelectorAll(`[${OP_ATTR}]`).forEach((el) => el.removeAttribute(OP_ATTR));
    doc.querySelectorAll(REMOVED_TAG).forEach((el) => el.remove());
    unwrapTextRuns(doc);
    byOp.clear();
  }

  function mark(element: Element | null | undefined, kind: 'changed' | 'added', opIndex: number) {
    if (!element) return;
    element.setAttribute(MARK_ATTR, kind);
    element.setAttribute(OP_ATTR, String(opIndex));
    if (!byOp.has(opIndex)) byOp.set(opIndex, element);
  }

  function apply(diff: ArticleDiff, paragraphs: readonly string[]) {
    unmark();
    ensureStyle();
    const elements = locateOrWrap(doc.body ?? doc.documentElement, paragraphs, paragraphsTouched(diff, paragraphs.length));
    let removedRun: number[] = [];
    /** A note for the run of removed paragraphs, put on the page by `place` when there is somewhere to put it. */
    const noteRemoved = (place: ((note: Element) => void) | null) => {
      if (removedRun.length === 0) return;
      if (place) {
        const note = doc.createElement(REMOVED_TAG);
        note.textContent = removedLabel(removedRun.length);
        note.setAttribute(OP_ATTR, String(removedRun[0]));
        place(note);
        byOp.set(removedRun[0]!, note);
      }
      removedRun = [];
    };
    const placeRemoved = (before: Element | null | undefined) => noteRemoved(before ? (note) => before.before(note) : null);
    diff.paragraphs.forEach((op, index) => {
      switch (op.kind) {
        case 'removed':
          removedRun.push(index);
          return;
        case 'unchanged':
        case 'formatting':
          placeRemoved(elements[op.to]);
          return;
        case 'added':
          placeRemoved(elements[op.to]);
          return mark(elements[op.to], 'added', index);
        case 'layout':
          // Perhaps page furniture of another layout, not an edit: the page gets no mark for it.
          if (op.side === 'added') placeRemoved(elements[op.to]);
          return;
        case 'split':
          placeRemoved(elements[op.to[0]!]);
          return op.to.forEach((to) => mark(elements[to], 'changed', index));
        default:
          placeRemoved(elements[op.to]);
          return mark(elements[op.to], 'changed', index);
      }
    });
    // Paragraphs removed at the very end have nothing after them to stand before.
    const last = elements.findLast((el) => el);
    noteRemoved(last ? (note) => last.after(note) : null);
    observer.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: [MARK_ATTR] });
  }

  return {
    show(diff, paragraphs) {
      if (!current) doc.addEventListener('click', onClick);
      current = { diff, paragraphs };
      reapplies = 0;
      apply(diff, paragraphs);
    },
    clear() {
      current = null;
      doc.removeEventListener('click', onClick);
      unmark();
      doc.getElementById(STYLE_ID)?.remove();
    },
    elementFor: (opIndex) => byOp.get(opIndex) ?? null,
    reveal(opIndex) {
      const element = byOp.get(opIndex);
      if (!element) return false;
      element.scrollIntoView({ block: 'center', behavior: 'smooth' });
      element.removeAttribute(FLASH_ATTR);
      // Re-adding the attribute on the next frame restarts the animation for a repeated reveal.
      requestAnimationFrame(() => {
        element.setAttribute(FLASH_ATTR, '');
        setTimeout(() => element.removeAttribute(FLASH_ATTR), 1500);
      });
      return true;
    },
  };
}
