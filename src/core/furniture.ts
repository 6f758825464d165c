/**
 * Whether a paragraph looks like page furniture rather than story: a label ("Related
 * Coverage"), a reading time, a picture credit, a heading in capitals, a reporter's bare
 * e-mail address, a string of CSS tokens. Text alone decides; a story sentence, however short
 * ("Why?", "“Then multiple, multiple shots,” he said."), or a dateline ("WASHINGTON —") never
 * looks like furniture. A story's own subheads and list items do: a diff uses this only where
 * two copies were read from different layouts, and then only to show a one-sided paragraph as
 * doubtful, never to hide it.
 */

/** Quotes and brackets that may close a sentence: `said.”`, `(AP).`, `Nein.“`, `だ。」`. */
const closers = `"'”“’‘»«›‹)\\]」』）`;
/**
 * Sentence punctuation after a word, at the end or before the capital of the next sentence:
 * "in 2016.", "misleading? Email", "угля...", and French spacing, "si rares ?". An abbreviation
 * before a number ("Sept. 19, 2016") ends no sentence.
 */
const sentenceEnd = new RegExp(`[\\p{L}\\p{N}][${closers}]*\\s?[.!?…]+[${closers}]*(?:$|\\s+[${closers}„‚«]*\\p{Lu})`, 'u');
/** Chinese and Japanese set no space after a full stop; Hindi ends a sentence with a danda. */
const unspacedEnd = /[。！？।]/u;
/** A text that ends by leading into what follows: "reported on Bruck's closing argument:". */
const leadIn = new RegExp(`\\p{L}[${closers}]*\\s?[:;]$`, 'u');
/** A dateline standing alone: "WASHINGTON —", "KOBE, Japan –", "LONDON --". */
const dateline = /(?:—|–|--)$/;
const emailAlone = /^[^\s@]+@[^\s@]+\.\p{L}{2,}\.?$/u;
/** Longer than any label or related headline: a story paragraph that has lost its full stop. */
const storyLength = 30;

export function looksLikeFurniture(paragraph: string): boolean {
  const text = paragraph.trim();
  if (text === '') return true;
  if (dateline.test(text)) return false;
  if (emailAlone.test(text)) return true;
  if (isAllCapitals(text)) return true;
  if (sentenceEnd.test(text) || unspacedEnd.test(text) || leadIn.test(text)) return false;
  return text.split(/\s+/).length < storyLength;
}

/** Every letter a capital: scripts without case (Chinese, Japanese, Korean) are never in capitals. */
function isAllCapitals(text: string): boolean {
  const letters = text.match(/\p{L}/gu) ?? [];
  return letters.length > 0 && letters.every((letter) => /\p{Lu}/u.test(letter));
}
