/**
 * Pages that load the next story under the one the reader opened (endless scrolling) hold two
 * or more stories, each in its own `<article>` with its own `h1`; Readability then reads
 * the box around them all. The page's story is the one whose headline is the page's title,
 * else the first.
 */
import { flat } from './text.ts';

/**
 * A story of its own: a top headline and enough text in long paragraphs, not a teaser card or a
 * comment. A live blog's posts, headed by `h2` or `h3`, are parts of one story and stay together.
 */
function isStory(article: Element): boolean {
  const long = [...article.querySelectorAll('p')].filter((p) => flat(p.textContent ?? '').length >= 80);
  return long.length >= 3 && !!article.querySelector('h1');
}

const words = (text: string) => (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');

export function keepOneStory(doc: Document, title: string | null): void {
  const stories = [...doc.querySelectorAll('article')].filter((article) => !article.parentElement?.closest('article') && isStory(article));
  if (stories.length < 2) return;
  const headline = words(title ?? '');
  const own = stories.find((story) => headline !== '' && [...story.querySelectorAll('h1')].some((h) => words(h.textContent ?? '') === headline)) ?? stories[0]!;
  for (const story of stories) if (story !== own) story.remove();
}
