/**
 * The complete output of the diff on a heavily rewritten real story, pinned so that work on the
 * engine's speed can show it changed nothing a reader sees: the same operations, the same word
 * parts, the same totals. A deliberate change of behaviour updates the file with
 * `npx vitest run -u test/unit/diff-pinned.test.ts` and shows up in review as a diff of it.
 */
import { expect, it } from 'vitest';
import { diffArticles } from '../../src/core/diff/index.ts';
import { diffCapture } from '../support/fixtures.ts';


it('the Rahami pair (2016 against 2019, and back) diffs exactly as pinned', async () => {
  const old = diffCapture('rahami-2016');
  const now = diffCapture('rahami-2019');
  const both = { forward: diffArticles(old, now), backward: diffArticles(now, old) };
  await expect(JSON.stringify(both, null, 1) + '\n').toMatchFileSnapshot('./__snapshots__/diff-rahami.json');
});
