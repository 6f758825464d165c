/**
 * Truth across page templates: what the diff shows as changed did change, and nothing else.
 *
 * - Real version sets: every story the fixtures hold in several real captures, diffed as the
 *   extension diffs them, against what a careful reader wrote down for each capture
 *   (test/fixtures/truth/). Scored by test/support/truth-score.ts.
 * - Era-swap controls: one story poured into the real page of each template era of its site
 *   (test/support/era-swap.ts): no change may show, and the overlay may mark nothing.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it, vi } from 'vitest';
import { createOverlay, MARK_ATTR } from '../../src/sidebar/overlay.ts';
import type { ParagraphOp, WordPart } from '../../src/core/diff/index.ts';
import { isChrome } from '../../src/extract/chrome-lines.ts';
import { truthOf } from '../support/era-swap.ts';
import { comparePairs, eraSwapControls, runControl, versionSets } from '../support/truth-cases.ts';

const sets = versionSets();

describe('real version sets: the diff shows what a careful reader sees change, and nothing else', () => {
  it.each(sets.map((set) => [set.id, set] as const))('%s', async (_id, set) => {
    const pairs = await comparePairs(set);
    expect(pairs).toHaveLength(set.reader.length);
    pairs.forEach(({ score, diff }, i) => {
      const what = `${set.captures[i]} → ${set.captures[i + 1]}: ${set.reader[i]}`;
      expect(score.details, what).toEqual([]);
      // "No edit" in the reader's words: the headline and every paragraph read as unchanged.
      if (set.reader[i]!.startsWith('No edit')) {
        expect(['unchanged', 'formatting'], what).toContain(diff.title.kind);
        expect(diff.paragraphs.filter((op) => op.kind !== 'unchanged' && op.kind !== 'formatting'), what).toEqual([]);
      }
    });
  });

  it('the edits a reader sees in the ABC News story are the ones shown', async () => {
    const { diff } = (await comparePairs(sets.find((set) => set.id.startsWith('abcnews'))!))[0]!;
    expect(diff.title).toMatchObject({ kind: 'changed', from: expect.stringMatching(/Longtime Grudge$/), to: expect.stringMatching(/'Personal Beef'$/) });
    expect(diff.byline.kind).toBe('formatting');
    const shown = diff.paragraphs.filter((op) => op.kind !== 'unchanged' && op.kind !== 'formatting');
    expect(shown.map((op) => op.kind)).toEqual(['changed', 'changed', 'added', 'added', 'changed', 'changed', 'changed']);
    const words = shown.flatMap(partsOf).filter((part) => part.kind !== 'same').map((part) => `${part.kind}:${part.text.trim()}`);
    expect(words).toEqual(expect.arrayContaining(['removed:governor', 'added:Gov.', 'added:who spoke to ABC News']));
  });

  it('the Rahami rewrite: the word fixes show as word changes, and the 2022 page changes only its notes', async () => {
    const [rewrite, later] = await comparePairs(sets.find((set) => set.id.endsWith('rahami'))!);
    const parts = rewrite!.diff.paragraphs.flatMap(partsOf);
    expect(parts).toEqual(expect.arrayContaining([{ kind: 'removed', text: 'indiscriminantly' }, { kind: 'added', text: 'indiscriminately' }]));
    expect(later!.diff.paragraphs.every((op) => op.kind === 'unchanged' || op.kind === 'formatting')).toBe(true);
    expect(later!.diff.corrections.filter((c) => c.kind === 'removed')).toHaveLength(2);
  });
});

/** The word parts of a paragraph operation that has them. */
function partsOf(op: ParagraphOp): WordPart[] {
  return 'parts' in op && op.parts ? op.parts : [];
}

describe('era-swap controls: the same story in each template era of its site shows no change and no mark', () => {
  const { controls, missing } = eraSwapControls();

  it('every era of a site with two or more has a page with a truth file, so it has its controls', () => {
    expect(missing, 'write test/fixtures/truth/pages/<page>.json for these').toEqual([]);
    expect(new Set(controls.map((control) => control.story.site.id)).size).toBeGreaterThanOrEqual(6);
  });

  // A long story (the National Post's 159 paragraphs) takes over a second alone, and several
  // on a shared machine: past vitest's 5 s default.
  it.each(controls.map((control) => [control.name, control] as const))('%s', async (_name, control) => {
    const run = await runControl(control);
    expect(run.score.details, `${control.story.page} poured into ${control.into.page}`).toEqual([]);
    expect(run.poured.paragraphs).toHaveLength(control.story.truth.paragraphs.length);
    expect(marksOnPage(run.pouredHtml, run)).toBe(0);
  }, 30_000);
});

/** The marks the overlay puts on the poured page when it is the live page of the diff. */
function marksOnPage(html: string, run: Awaited<ReturnType<typeof runControl>>): number {
  const { document, MutationObserver } = parseHTML(html) as unknown as { document: Document; MutationObserver: typeof globalThis.MutationObserver };
  vi.stubGlobal('MutationObserver', MutationObserver);
  try {
    const overlay = createOverlay(document, () => {}, (n) => `${n} removed`);
    overlay.show(run.diff, run.poured.paragraphs);
    const marks = document.querySelectorAll(`[${MARK_ATTR}], article-history-removed`).length;
    overlay.clear();
    return marks;
  } finally {
    vi.unstubAllGlobals();
  }
}

describe('no rule for page chrome drops a paragraph of a real story', () => {
  const pages = [...new Set([...sets.flatMap((set) => set.captures), ...eraSwapControls().controls.map((control) => control.into.page)])];
  it.each(pages)('%s', (page) => {
    const truth = truthOf(page)!;
    expect(truth.paragraphs.filter((paragraph) => isChrome(paragraph))).toEqual([]);
  });
});
