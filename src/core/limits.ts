/**
 * How much the extension reads, keeps and sends of one page, in one place. Pages are not
 * always the size of a story: a day-long live blog, a page padded with inline data, or a
 * compressed answer that expands a thousandfold. Past these limits a page is cut, with a
 * flag or a reason the reader is shown, never dropped without a word.
 */
import type { Article } from './article.ts';

/**
 * An archived page's body is read up to this many bytes (after decompression) and the rest is
 * never read: a story's page is rarely over 1 MB, and reading stops here while the bytes stream
 * in, so a small compressed answer that expands to gigabytes costs no more than this.
 */
export const MAX_CAPTURE_BYTES = 5 * 1024 * 1024;

/**
 * A version's text, counted as the characters it takes in a message (JSON): title, byline,
 * corrections and paragraphs. A long feature is about 100,000; a day of a busy live blog
 * a few hundred thousand. Past it the paragraphs that come first on the page are kept (a
 * live blog's newest entries) and the version is marked partial.
 */
export const MAX_VERSION_CHARS = 500_000;

/** A message carrying an article between contexts is refused past this size: a version's text always fits. */
export const MAX_MESSAGE_CHARS = 2_000_000;

/** A headline or a byline longer than these is not one: what is past them is dropped. */
const MAX_TITLE_CHARS = 2_000;
const MAX_BYLINE_CHARS = 1_000;

/** The most JSON characters one character of text can take (`\u0001`). */
const WORST_ESCAPE = 6;

/**
 * The article within MAX_VERSION_CHARS: the texts that come first are kept whole while they
 * fit, and the version is marked partial when any was dropped, so that a diff does not count
 * what was dropped as removed. An article within the limit is returned as it was.
 */
export function capArticle<A extends Pick<Article, 'title' | 'byline' | 'corrections' | 'paragraphs' | 'partial'>>(article: A, limit = MAX_VERSION_CHARS): A {
  const title = article.title.slice(0, MAX_TITLE_CHARS);
  const byline = article.byline?.slice(0, MAX_BYLINE_CHARS) ?? null;
  let left = limit - JSON.stringify([title, byline]).length;
  let cut = title !== article.title || byline !== article.byline;
  const keep = (texts: string[]) => {
    const kept: string[] = [];
    for (const text of texts) {
      const size = JSON.stringify(text).length + 1;
      if (size <= left) {
        kept.push(text);
        left -= size;
        continue;
      }
      // One text longer than the whole budget (no story has one) still shows its beginning.
      if (kept.length === 0 && left >= WORST_ESCAPE) kept.push(text.slice(0, Math.floor(left / WORST_ESCAPE)));
      left = 0;
      cut = true;
      break;
    }
    return kept;
  };
  const corrections = keep(article.corrections);
  const paragraphs = keep(article.paragraphs);
  if (!cut) return article;
  return { ...article, title, byline, corrections, paragraphs, partial: true };
}

/**
 * An article read from the beginning of a page whose body was cut at MAX_CAPTURE_BYTES. Its last
 * paragraph may end where the bytes ended, mid-sentence: it is dropped, and the rest is marked
 * partial, so that what the cut left out is never shown as removed or rewritten. Null when
 * nothing is left: the story lay past the limit.
 */
export function fromCutPage<A extends Pick<Article, 'paragraphs' | 'partial'>>(article: A): A | null {
  const paragraphs = article.paragraphs.slice(0, -1);
  return paragraphs.length > 0 ? { ...article, paragraphs, partial: true } : null;
}

/**
 * A history state crosses the port in one message up to this many characters of JSON, and in
 * parts past it: Chrome refuses a message over 64 MiB, and a story with a hundred long
 * versions can reach that. (A state is every version's text, so it grows with the history.)
 */
export const MAX_PORT_MESSAGE_CHARS = 8_000_000;
