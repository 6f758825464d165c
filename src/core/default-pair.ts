/** Which two versions the sidebar compares when the reader has not picked them. */
import type { ArticleText } from './article.ts';
import { tokenize } from './diff/tokens.ts';
import { looksLikeFurniture } from './furniture.ts';
import type { Version } from './history.ts';
import { normalizeText } from './normalize.ts';
import { readersDiffer } from './reader.ts';

const readByVisitor = (version: Version) => version.sightings.some((s) => s.source === 'visit');

/** The words and punctuation of a text, which the diff compares: equal for texts that differ only in formatting. */
const words = (text: string) => tokenize(normalizeText(text)).keys.join(' ');

/**
 * Whether the headline or body differs between two versions, not only a byline or a
 * correction: the answer of `changedParts(diffArticles(a, b))` (its headline, or a paragraph
 * changed), without aligning anything. The diff counts a paragraph as changed when its words
 * are not those of its counterpart; a partial (paywalled) side ends early, and the old
 * version's paragraphs beyond its end are not counted as removed. A one-sided line of page
 * furniture between copies read from different layouts is no change (see diff/layout.ts).
 */
export function storyDiffers(a: ArticleText, b: ArticleText): boolean {
  if (words(a.title) !== words(b.title)) return true;
  const [before, after] = readersDiffer(a.reader, b.reader) ? withoutOneSidedFurniture(a.paragraphs, b.paragraphs) : [a.paragraphs, b.paragraphs];
  const partial = a.partial || b.partial;
  const old = partial && before.length > after.length ? before.slice(0, after.length) : before;
  if (old.length !== after.length) return true;
  return old.some((text, i) => text !== after[i] && words(text) !== words(after[i]!));
}

/**
 * Between copies read from different layouts, the diff shows a paragraph that looks like page
 * furniture and has no counterpart on the other side as layout?, not as an edit: it is left out
 * here too. Without aligning, a counterpart is a paragraph of the same words; when both sides
 * have such lines, the diff may pair them as an edit, so all are kept and the pair may differ.
 */
function withoutOneSidedFurniture(a: readonly string[], b: readonly string[]): [readonly string[], readonly string[]] {
  const oneSided = (mine: readonly string[], theirs: readonly string[]) => {
    const other = new Set(theirs.map(words));
    return new Set(mine.filter((text) => looksLikeFurniture(text) && !other.has(words(text))));
  };
  const inA = oneSided(a, b);
  const inB = oneSided(b, a);
  if (inA.size > 0 && inB.size > 0) return [a, b];
  return [a.filter((text) => !inA.has(text)), b.filter((text) => !inB.has(text))];
}

/**
 * Indices into `versions` (oldest first) of the default pair, null with fewer than two.
 *
 * A reader who read an earlier text, and not the newest, is shown what changed since. Anyone
 * else is shown the newest version against the one before the last change to its headline or
 * body: a later edit to a correction or a byline alone would otherwise open the sidebar on a
 * pair with nothing in the story to show. When the story itself never changed, the previous
 * version against the newest. Adjacent versions are compared newest first, until one pair
 * differs in the story.
 */
export function defaultPair(versions: readonly Version[]): [number, number] | null {
  const newest = versions.length - 1;
  if (newest < 1) return null;
  if (!readByVisitor(versions[newest]!)) {
    const lastRead = versions.slice(0, -1).findLastIndex(readByVisitor);
    if (lastRead >= 0) return [lastRead, newest];
  }
  for (let to = newest; to >= 1; to--) {
    if (storyDiffers(versions[to - 1]!.article, versions[to]!.article)) return [to - 1, newest];
  }
  return [newest - 1, newest];
}
