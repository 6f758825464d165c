import type { Article } from './article.ts';
import { hashString } from './hash.ts';
import { normalizeText } from './normalize.ts';

/**
 * Identity of an article's text: two sightings with the same key are the same version. Each
 * part is normalised on its own, so a change of quotes or spacing alone never makes a new
 * version; the structure is kept (which field a text is in, where paragraphs break), so a
 * split, a merge or a sentence moved from the headline into the body does.
 */
export function articleKey(article: Pick<Article, 'title' | 'byline' | 'corrections' | 'paragraphs'>): string {
  const parts = [normalizeText(article.title), normalizeText(article.byline ?? ''), article.corrections.map(normalizeText), article.paragraphs.map(normalizeText)];
  return String(hashString(JSON.stringify(parts)));
}
