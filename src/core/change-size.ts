import type { ArticleText } from './article.ts';
import { normalizeText } from './normalize.ts';

/**
 * A cheap measure of how much a version differs from the one before, for the timeline's small
 * bars: the share of paragraphs, on either side, that the other side does not have (compared in
 * normalised form, as versions are).
 * 0 means the same paragraphs, 1 a complete rewrite. Not a diff: it never looks inside words.
 */
export function changeSize(before: ArticleText, after: ArticleText): number {
  const count = (paragraphs: readonly string[]) => {
    const counts = new Map<string, number>();
    for (const p of paragraphs) {
      const key = normalizeText(p);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return counts;
  };
  const a = count(before.paragraphs);
  const b = count(after.paragraphs);
  let shared = 0;
  for (const [text, n] of a) shared += Math.min(n, b.get(text) ?? 0);
  const total = before.paragraphs.length + after.paragraphs.length;
  const headline = normalizeText(before.title) === normalizeText(after.title) ? 0 : 1;
  return total === 0 ? headline : Math.min(1, (total - 2 * shared + headline) / total);
}
