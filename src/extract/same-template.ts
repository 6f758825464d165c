/**
 * Readability keeps the one container that scores best. A page that prints its story in several
 * containers, one after another with a teaser list, an audio player or an ad column between
 * them (a CMS's "modules", a stream layout broken by an ad), loses every part but one. The
 * parts are printed by the same template: their paragraphs and subheads sit in wrappers of the
 * same tags and classes. Blocks printed by the template of the story Readability kept are story
 * text too, wherever they stand.
 */
import { isChromeOrCredit } from './credit-lines.ts';
import { flat, textOf } from './text.ts';

/** A paragraph or subhead of the page, in page order, with the wrappers it sits in. */
export interface Block {
  text: string;
  heading: boolean;
  /** Tags and classes of the block's nearest wrappers, closest first. */
  wrappers: string;
  /** How many `h1` stand before it: a block after another story's headline is not this story's. */
  afterHeadlines: number;
  /** The story's `<article>`, if it has one: a teaser card of a section front is an `<article>` of its own. */
  article: Element | null;
  /** A "Read also: …" line is a link to another story, as Readability judged it. */
  linked: boolean;
}

/** Enough levels to tell a story's column from a teaser or a comment, few enough that the parts share them. */
const WRAPPER_LEVELS = 4;

function wrappersOf(el: Element): string {
  const names: string[] = [];
  for (let node = el.parentElement, level = 0; node && level < WRAPPER_LEVELS; node = node.parentElement, level++) {
    names.push(`${node.tagName.toLowerCase()}.${flat(node.getAttribute('class') ?? '')}`);
  }
  return names.join(' < ');
}

function linkedShare(el: Element, text: string): number {
  const linked = [...el.querySelectorAll('a[href]')].reduce((sum, link) => sum + flat(link.textContent ?? '').length, 0);
  return linked / Math.max(1, flat(text).length);
}

/**
 * Labels kept for screen readers alone, by the class names CSS frameworks give them (Postmedia's
 * "Article content" heads each part of its story): a reader does not see them.
 */
const SCREEN_READER_ONLY = '.visually-hidden, .sr-only, .screen-reader-text';

/**
 * The page's paragraphs and subheads, read before Readability rewrites the document. `skip`
 * names the boxes the generic reader never reads (figures, embedded posts).
 */
export function pageBlocks(doc: Document, skip: string): Block[] {
  let headlines = 0;
  const blocks: Block[] = [];
  for (const el of doc.body?.querySelectorAll('h1, p, h2, h3, h4, h5, h6') ?? []) {
    if (el.tagName.toUpperCase() === 'H1') {
      headlines++;
      continue;
    }
    if (el.closest(skip) || el.closest(SCREEN_READER_ONLY)) continue;
    const text = textOf(el, skip);
    if (!/\p{L}/u.test(text)) continue;
    blocks.push({ text, heading: el.tagName.toUpperCase() !== 'P', wrappers: wrappersOf(el), afterHeadlines: headlines, article: el.closest('article'), linked: linkedShare(el, text) >= 0.5 });
  }
  return blocks;
}

/** Wrappers with no class at all (bare `div`s) are every page's: they say nothing of a template. */
const hasClass = (wrappers: string) => /\.\S/.test(wrappers);

const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** Runs of three words: a block is the one Readability read if most of its runs are in one line read, whatever inline bits either dropped. */
function triples(text: string): string[] {
  const all = words(text);
  if (all.length < 3) return [all.join(' ')];
  return all.slice(2).map((word, i) => `${all[i]} ${all[i + 1]} ${word}`);
}

/** The line read that holds most of the block's runs of words, if it holds at least half of them. */
function lineOf(block: Block, linesByTriple: Map<string, number[]>): number | undefined {
  const runs = triples(block.text);
  const votes = new Map<number, number>();
  for (const run of runs) for (const line of linesByTriple.get(run) ?? []) votes.set(line, (votes.get(line) ?? 0) + 1);
  const best = [...votes.entries()].sort((a, b) => b[1] - a[1])[0];
  return best && best[1] * 2 >= runs.length ? best[0] : undefined;
}

/** A subhead heads the paragraph after it; one with no paragraph under it ("Recommended Videos") heads a box. */
function headsParagraph(blocks: Block[], i: number): boolean {
  const next = blocks.slice(i + 1).find((block) => block.wrappers === blocks[i]!.wrappers);
  return next !== undefined && !next.heading;
}

/**
 * The story Readability read, with the blocks of its template that it left out put back where
 * the page has them. The template is that of the paragraphs holding most of the text read.
 */
export function withSameTemplate(paragraphs: string[], blocks: Block[]): string[] {
  const linesByTriple = new Map<string, number[]>();
  paragraphs.forEach((text, index) => {
    for (const run of new Set(triples(text))) linesByTriple.set(run, [...(linesByTriple.get(run) ?? []), index]);
  });
  const kept = blocks.map((block) => lineOf(block, linesByTriple));
  const weight = new Map<string, number>();
  blocks.forEach((block, i) => {
    if (kept[i] !== undefined && !block.heading) weight.set(block.wrappers, (weight.get(block.wrappers) ?? 0) + block.text.length);
  });
  const template = [...weight.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (!template || !hasClass(template)) return paragraphs;
  const story = blocks.filter((block, i) => kept[i] !== undefined && block.wrappers === template);
  const headlines = new Set(story.map((block) => block.afterHeadlines));
  const articles = new Set(story.map((block) => block.article));
  const ofStory = (block: Block, i: number) =>
    block.wrappers === template && headlines.has(block.afterHeadlines) && articles.has(block.article) && !block.linked && !isChromeOrCredit(block.text) && (!block.heading || headsParagraph(blocks, i));
  // Each added block goes before the first line read that stands after it on the page.
  const before = new Map<number, string[]>();
  const added = new Set<string>();
  let pending: string[] = [];
  blocks.forEach((block, i) => {
    const at = kept[i];
    if (at !== undefined) {
      if (pending.length) before.set(at, [...(before.get(at) ?? []), ...pending]);
      pending = [];
    } else if (ofStory(block, i) && !added.has(flat(block.text))) {
      added.add(flat(block.text));
      pending.push(block.text);
    }
  });
  if (added.size === 0) return paragraphs;
  return [...paragraphs.flatMap((text, index) => [...(before.get(index) ?? []), text]), ...pending];
}
