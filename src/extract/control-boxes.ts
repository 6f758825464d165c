/**
 * A box built around a control (a consent prompt's "allow" switch or "show graphics" button in
 * place of an embedded video or chart, an expandable box's header) is a widget: what it says is
 * about the page, not the story. Readability deletes the controls themselves and keeps the text
 * around them; the generic reader removes the box first. The box is the largest one around the
 * control that is still short and holds no headline and no run of story paragraphs: the story's
 * own container holds far more.
 */
import { flat } from './text.ts';

/** Form controls a reader clicks, and elements that say they are one. */
const CONTROLS = 'button, select, textarea, input:not([type="hidden"]), [role="button"]';

/** The most text a widget holds: a consent prompt's few sentences, an expandable box's paragraphs. */
const MAX_BOX_CHARS = 1000;

const length = (el: Element) => flat(el.textContent ?? '').length;

/** A paragraph of a story; a widget's own lines are few ("I agree that content from YouTube is shown to me."). */
const PARAGRAPH_CHARS = 80;
const STORY_PARAGRAPHS = 3;

/**
 * Whether `parent` is still the widget around `box`: short, not holding a headline (an article's
 * header with a share button is the story's), and not holding the paragraphs of a story beside it.
 */
function isWidget(parent: Element, box: Element): boolean {
  if (length(parent) > MAX_BOX_CHARS || parent.querySelector('h1, h2')) return false;
  return [...parent.querySelectorAll('p')].filter((p) => !box.contains(p) && length(p) >= PARAGRAPH_CHARS).length < STORY_PARAGRAPHS;
}

export function dropControlBoxes(doc: Document): void {
  for (const control of [...(doc.body?.querySelectorAll(CONTROLS) ?? [])]) {
    // A control inside a paragraph or a figure (a read-aloud button in the lead, a picture's zoom) leaves its text to the story.
    if (!doc.contains(control) || control.closest('p, figure')) continue;
    let box: Element = control;
    for (let parent = box.parentElement; parent && parent !== doc.body && isWidget(parent, box); parent = parent.parentElement) box = parent;
    box.remove();
  }
}
