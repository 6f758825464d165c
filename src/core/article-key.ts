import type { Article } from './article.ts';
import { hashText } from './hash.ts';
import { normalizeText } from './normalize.ts';

/**
 * Identity of an article's text: two sightings with the same key are the same version. Built
 * from normalised text, so a change of quotes or spacing alone never makes a new version.
 */
export function articleKey(article: Pick<Article, 'title' | 'byline' | 'corrections' | 'paragraphs'>): string {
  const parts = [article.title, article.byline ?? '', ...article.corrections, '', ...article.paragraphs];
  return String(hashText(parts.map(normalizeText).join('\n')));
}
