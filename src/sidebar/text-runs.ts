/**
 * Paragraphs that have no element of their own on the page: a template that reads bare text cut
 * at `<br>`s or at a site's own break spans (Times of India) takes several paragraphs out of one
 * element. To be marked, such a paragraph's run of text is wrapped in one inline element of ours,
 * which `unwrapTextRuns` takes out again, leaving the page's text as it was. Only paragraphs the
 * marks touch are wrapped, and only while they show: a page script that holds those text nodes
 * finds them in another parent meanwhile.
 */
import { normalizeWithOffsets, normalizeText, originalIndex } from '../core/normalize.ts';

export const RUN_TAG = 'article-history-run';

/** Text the reader never sees as text. */
const SILENT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);

interface PageText {
  nodes: Text[];
  /** Where each node's text starts in `raw`. */
  starts: number[];
  raw: string;
}

/** The text nodes under `root` in document order, walked by hand: linkedom, where the tests mark pages, has no NodeFilter. */
function pageText(root: Element): PageText {
  const text: PageText = { nodes: [], starts: [], raw: '' };
  const walk = (parent: Node) => {
    for (let node = parent.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === 3) {
        text.nodes.push(node as Text);
        text.starts.push(text.raw.length);
        text.raw += node.nodeValue ?? '';
      } else if (node.nodeType === 1 && !SILENT.has((node as Element).tagName.toUpperCase())) {
        walk(node);
      }
    }
  };
  walk(root);
  return text;
}

/** The text node holding raw offset `at`, and the offset in it; `end` takes a node's end over the next node's start. */
function position(text: PageText, at: number, end: boolean): { node: Text; offset: number } {
  let low = 0;
  let high = text.nodes.length - 1;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (end ? text.starts[mid]! < at : text.starts[mid]! <= at) low = mid;
    else high = mid - 1;
  }
  return { node: text.nodes[low]!, offset: at - text.starts[low]! };
}

/** True when the run starts and ends where a line does: nothing but space between it and the edges of its text nodes. */
function isWholeLine(text: PageText, start: number, end: number): boolean {
  const before = position(text, start, false);
  const after = position(text, end, true);
  const value = (node: Text) => node.nodeValue ?? '';
  return !/\S/.test(value(before.node).slice(0, before.offset)) && !/\S/.test(value(after.node).slice(after.offset));
}

/**
 * Wraps the run of page text of each paragraph at the `missing` indices, in page order, and
 * returns the wrapper of each one found. A run is found only as whole text nodes (not inside a
 * longer sentence), and wrapped only when it starts and ends in text of the same element, so
 * that no element of the page is cut in two.
 */
export function wrapTextRuns(root: Element, paragraphs: readonly string[], missing: readonly number[]): Map<number, Element> {
  const wrapped = new Map<number, Element>();
  if (missing.length === 0) return wrapped;
  const text = pageText(root);
  const normalised = normalizeWithOffsets(text.raw);
  const runs: { index: number; start: number; end: number }[] = [];
  let from = 0;
  /** Where the paragraph is as a whole line, from normalised offset `after` on. */
  const find = (wanted: string, after: number): { start: number; end: number; k: number } | null => {
    for (let k = normalised.text.indexOf(wanted, after); k >= 0; k = normalised.text.indexOf(wanted, k + 1)) {
      const start = originalIndex(normalised, k);
      const end = originalIndex(normalised, k + wanted.length);
      if (isWholeLine(text, start, end)) return { start, end, k };
    }
    return null;
  };
  for (const index of missing) {
    const wanted = normalizeText(paragraphs[index]!);
    if (wanted === '') continue;
    // In page order after the paragraph found before it; a page that puts it elsewhere is searched from its start.
    const run = find(wanted, from) ?? find(wanted, 0);
    if (!run || runs.some((other) => other.start < run.end && run.start < other.end)) continue;
    runs.push({ index, start: run.start, end: run.end });
    from = run.k + wanted.length;
  }
  runs.sort((a, b) => a.start - b.start);
  // Wrapped from the last, so that splitting a text node leaves the offsets of earlier runs as they were.
  for (const { index, start, end } of runs.reverse()) {
    const first = position(text, start, false);
    const last = position(text, end, true);
    if (first.node.parentNode !== last.node.parentNode) continue;
    const range = root.ownerDocument.createRange();
    range.setStart(first.node, first.offset);
    range.setEnd(last.node, last.offset);
    const wrapper = root.ownerDocument.createElement(RUN_TAG);
    wrapper.append(range.extractContents());
    range.insertNode(wrapper);
    wrapped.set(index, wrapper);
  }
  return wrapped;
}

/**
 * Takes every wrapper out, its text nodes back in their place. They are not merged again with
 * their neighbours (\`normalize\`): that would also merge text nodes the page's own script made
 * apart and may still hold, and the page reads the same either way.
 */
export function unwrapTextRuns(root: ParentNode): void {
  for (const wrapper of root.querySelectorAll(RUN_TAG)) wrapper.replaceWith(...wrapper.childNodes);
}
