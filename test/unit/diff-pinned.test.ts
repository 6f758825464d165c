/**
 * The complete output of the diff on a heavily rewritten real story, pinned so that work on the
 * engine's speed can show it changed nothing a reader sees: the same operations, the same word
 * parts, the same totals. A deliberate change of behaviour updates the file with
 * `npx vitest run -u test/unit/diff-pinned.test.ts` and shows up in review as a diff of it.
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import type { ArticleText } from '../../src/core/article.ts';
import { diffArticles } from '../../src/core/diff/index.ts';

function capture(name: string): ArticleText {
  const { title, paragraphs } = JSON.parse(readFileSync(new URL(`../fixtures/diff/${name}.json`, import.meta.url), 'utf8')) as {
    title: string;
    paragraphs: string[];
  };
  return { title, byline: null, corrections: [], paragraphs, partial: false };
}

it('the Rahami pair (2016 against 2019, and back) diffs exactly as pinned', async () => {
  const old = capture('rahami-2016');
  const now = capture('rahami-2019');
  const both = { forward: diffArticles(old, now), backward: diffArticles(now, old) };
  await expect(JSON.stringify(both, null, 1) + '\n').toMatchFileSnapshot('./__snapshots__/diff-rahami.json');
});
