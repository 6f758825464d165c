/** The diff on small hand-made versions, one kind of change at a time. */
import { describe, expect, it } from 'vitest';
import type { ArticleText } from '../../src/core/article.ts';
import { diffArticles, type ParagraphOp, type WordPart } from '../../src/core/diff/index.ts';

const story = [
  'The mayor announced on Tuesday that the city would close three public libraries next spring.',
  'Officials said the closures would save about $4 million a year.',
  'Residents of the affected neighborhoods crowded into a council meeting to protest the plan.',
  '“We were never asked,” said Maria Lopez, who has used the Eastside branch for twenty years.',
  'The council is expected to vote on the budget next month.',
  'Several council members said they would try to keep at least one branch open.',
  'The libraries have lost a third of their visitors since 2015, according to city figures.',
  'A spokesman for the mayor did not respond to a request for comment.',
];

function version(paragraphs: string[], rest: Partial<ArticleText> = {}): ArticleText {
  return { title: 'Mayor to close three libraries', byline: 'By Ann Smith', corrections: [], paragraphs, partial: false, ...rest };
}

const edits = (ops: ParagraphOp[]) => ops.filter((op) => op.kind !== 'unchanged' && op.kind !== 'formatting');
/** Parts as a reader sees them: [-removed-] and {+added+}, spaces outside the markers. */
const marked = (parts: WordPart[] | null) =>
  (parts ?? [])
    .map(({ kind, text }) => {
      if (kind === 'same') return text;
      const [, before, body, after] = /^(\s*)([\s\S]*?)(\s*)$/.exec(text)!;
      return kind === 'added' ? `${before}{+${body}+}${after}` : `${before}[-${body}-]${after}`;
    })
    .join('');

describe('paragraph operations', () => {
  it('identical versions are all unchanged, in order', () => {
    const diff = diffArticles(version(story), version([...story]));
    expect(diff.paragraphs.map((op) => op.kind)).toEqual(story.map(() => 'unchanged'));
    expect(diff.paragraphs.map((op) => ('to' in op ? op.to : -1))).toEqual(story.map((_, i) => i));
    expect(diff.totals).toEqual({ wordsAdded: 0, wordsRemoved: 0, paragraphsChanged: 0 });
    expect(diff.title.kind).toBe('unchanged');
  });

  it('an edited paragraph is changed, with its words marked', () => {
    const now = [...story];
    now[1] = 'Officials said the closures would save about $6 million a year.';
    const diff = diffArticles(version(story), version(now));
    expect(edits(diff.paragraphs)).toHaveLength(1);
    const op = edits(diff.paragraphs)[0]!;
    expect(op).toMatchObject({ kind: 'changed', from: 1, to: 1 });
    expect(op.kind === 'changed' && marked(op.parts)).toBe('Officials said the closures would save about $[-4-]{+6+} million a year.');
    expect(diff.totals).toEqual({ wordsAdded: 1, wordsRemoved: 1, paragraphsChanged: 1 });
  });

  it('an edited word of Japanese, written without spaces, is marked alone, not the clause around it', () => {
    const was = ['停戦に向けた交渉が大詰めを迎える中、バイデン米大統領は13日、電話協議を実施。', '合意は近いとみられる。'];
    const now = ['停戦に向けた協議が大詰めを迎える中、バイデン米大統領は13日、電話協議を実施。', '合意は近いとみられる。'];
    const op = edits(diffArticles(version(was), version(now)).paragraphs)[0]!;
    expect(op.kind === 'changed' && marked(op.parts)).toBe('停戦に向けた[-交渉-]{+協議+}が大詰めを迎える中、バイデン米大統領は13日、電話協議を実施。');
  });

  it('a moved paragraph is shown as moved, not as removed and added', () => {
    const now = [story[0]!, story[2]!, story[3]!, story[4]!, story[5]!, story[6]!, story[1]!, story[7]!];
    const diff = diffArticles(version(story), version(now));
    expect(edits(diff.paragraphs)).toEqual([{ kind: 'moved', from: 1, to: 6, oldText: story[1], text: story[1], parts: null }]);
    expect(diff.totals).toEqual({ wordsAdded: 0, wordsRemoved: 0, paragraphsChanged: 1 });
  });

  it('a moved and edited paragraph is shown as moved, with its word changes', () => {
    const edited = 'The libraries have lost a third of their visitors since 2014, according to city figures.';
    const now = [edited, ...story.slice(0, 6), story[7]!];
    const diff = diffArticles(version(story), version(now));
    expect(edits(diff.paragraphs)).toHaveLength(1);
    const op = edits(diff.paragraphs)[0]!;
    expect(op).toMatchObject({ kind: 'moved', from: 6, to: 0, text: edited });
    expect(op.kind === 'moved' && marked(op.parts)).toContain('since [-2015-]{+2014+},');
  });

  it('a paragraph split in two is shown as split', () => {
    const now = [
      ...story.slice(0, 2),
      'Residents of the affected neighborhoods crowded into a council meeting.',
      'They came to protest the plan.',
      ...story.slice(3),
    ];
    const diff = diffArticles(version(story), version(now));
    expect(edits(diff.paragraphs)).toEqual([
      expect.objectContaining({ kind: 'split', from: 2, to: [2, 3], texts: [now[2], now[3]] }),
    ]);
    expect(diff.paragraphs).toHaveLength(story.length);
  });

  it('two paragraphs merged into one are shown as merged', () => {
    const merged = 'The council is expected to vote on the budget next month, and several council members said they would try to keep at least one branch open.';
    const now = [...story.slice(0, 4), merged, ...story.slice(6)];
    const diff = diffArticles(version(story), version(now));
    const op = edits(diff.paragraphs);
    expect(op).toEqual([expect.objectContaining({ kind: 'merged', from: [4, 5], to: 4, oldTexts: [story[4], story[5]], text: merged })]);
    expect(op[0]!.kind === 'merged' && marked(op[0]!.parts)).toContain('month[-.\nSeveral-]{+, and several+} council');
  });

  it('a new paragraph between two others is added at its place', () => {
    const inserted = 'The plan also cuts opening hours at the remaining branches.';
    const now = [...story.slice(0, 2), inserted, ...story.slice(2)];
    const diff = diffArticles(version(story), version(now));
    expect(edits(diff.paragraphs)).toEqual([{ kind: 'added', to: 2, text: inserted }]);
    expect(diff.paragraphs[2]).toEqual({ kind: 'added', to: 2, text: inserted });
    expect(diff.totals).toEqual({ wordsAdded: inserted.split(' ').length, wordsRemoved: 0, paragraphsChanged: 1 });
  });

  it('a removed paragraph sits where it was', () => {
    const now = story.filter((_, i) => i !== 3);
    const diff = diffArticles(version(story), version(now));
    expect(diff.paragraphs.map((op) => op.kind)).toEqual(['unchanged', 'unchanged', 'unchanged', 'removed', 'unchanged', 'unchanged', 'unchanged', 'unchanged']);
    expect(diff.paragraphs[3]).toEqual({ kind: 'removed', from: 3, oldText: story[3] });
  });

  it('repeated identical paragraphs are matched in order, so only the extra copy shows', () => {
    const ad = 'Advertisement';
    const old = [story[0]!, ad, story[1]!, ad, story[2]!, ad, story[3]!];
    const now = [story[0]!, ad, story[1]!, ad, story[2]!, ad, ad, story[3]!];
    const diff = diffArticles(version(old), version(now));
    expect(edits(diff.paragraphs)).toEqual([{ kind: 'added', to: 6, text: ad }]);
    const fewer = diffArticles(version(old), version([story[0]!, story[1]!, ad, story[2]!, ad, story[3]!]));
    expect(edits(fewer.paragraphs)).toEqual([{ kind: 'removed', from: 1, oldText: ad }]);
  });

  it('a version without paragraphs is all added on one side and all removed on the other', () => {
    const added = diffArticles(version([]), version(story));
    expect(added.paragraphs.map((op) => op.kind)).toEqual(story.map(() => 'added'));
    expect(added.totals.wordsRemoved).toBe(0);
    const removed = diffArticles(version(story), version([]));
    expect(removed.paragraphs.map((op) => op.kind)).toEqual(story.map(() => 'removed'));
    expect(removed.totals.wordsRemoved).toBe(added.totals.wordsAdded);
    expect(diffArticles(version([]), version([])).paragraphs).toEqual([]);
  });

  it('a complete rewrite is shown as everything removed and everything added', () => {
    const rewrite = [
      'Three libraries will stay open after all, the city said on Friday.',
      'A private foundation pledged to cover their running costs for five years.',
    ];
    const diff = diffArticles(version(story), version(rewrite));
    expect(diff.paragraphs.filter((op) => op.kind === 'removed')).toHaveLength(story.length);
    expect(diff.paragraphs.filter((op) => op.kind === 'added')).toHaveLength(rewrite.length);
    const count = (texts: string[]) => texts.join(' ').split(/\s+/).length;
    expect(diff.totals).toEqual({ wordsAdded: count(rewrite), wordsRemoved: count(story), paragraphsChanged: 10 });
  });

  it('a paragraph that changed only in typography is formatting, not an edit', () => {
    const now = [...story];
    now[3] = '"We were never asked," said Maria\u00A0Lopez, who has used the Eastside branch for twenty years.';
    const diff = diffArticles(version(story), version(now));
    expect(diff.paragraphs[3]).toEqual({ kind: 'formatting', from: 3, to: 3, oldText: story[3], text: now[3] });
    expect(diff.totals.paragraphsChanged).toBe(0);
  });

  it('inside an edited paragraph, typography that only changed style is not marked', () => {
    const now = [...story];
    now[3] = '"We were never asked," said Maria Lopez, who has used the Westside branch for twenty years.';
    const op = diffArticles(version(story), version(now)).paragraphs[3]!;
    expect(op.kind === 'changed' && marked(op.parts)).toBe('"We were never asked," said Maria Lopez, who has used the [-Eastside-]{+Westside+} branch for twenty years.');
  });


  it('inside an edited paragraph, a phrase moved over repeated words shows the phrase, not the repeated words, as changed', () => {
    // "as Trump spoke" is the only text unique to both sides: aligned on it alone, the chant
    // would read as removed and added back.
    const old = 'Crowds chanted “Lock her up! Lock her up! Lock her up!” as Trump spoke.';
    const now = 'As Trump spoke, crowds chanted “Lock her up! Lock her up! Lock her up!”';
    const diff = diffArticles(version([old]), version([now]));
    const op = diff.paragraphs[0]!;
    expect(op.kind === 'changed' && marked(op.parts)).toBe('[-Crowds-]{+As Trump spoke, crowds+} chanted “Lock her up! Lock her up! Lock her up!” [-as Trump spoke.-]');
    expect(diff.totals).toEqual({ wordsAdded: 4, wordsRemoved: 4, paragraphsChanged: 1 });
  });
  it('when one version is partial (paywalled), its missing end is not reported as removed', () => {
    const diff = diffArticles(version(story), version(story.slice(0, 3), { partial: true }));
    expect(diff.partial).toBe(true);
    expect(edits(diff.paragraphs)).toEqual([]);
    expect(diff.totals.wordsRemoved).toBe(0);
  });

  it('with no similarity comparisons allowed, edited paragraphs fall back to removed and added', () => {
    const now = [...story];
    now[1] = 'Officials said the closures would save about $6 million a year.';
    const diff = diffArticles(version(story), version(now), { maxComparisons: 0 });
    expect(edits(diff.paragraphs).map((op) => op.kind)).toEqual(['removed', 'added']);
  });
});

describe('headline, byline and corrections', () => {
  it('a changed headline is shown word by word; a restyled one is formatting', () => {
    const diff = diffArticles(version(story), version(story, { title: 'Mayor to close two libraries' }));
    expect(diff.title.kind === 'changed' && marked(diff.title.parts)).toBe('Mayor to close [-three-]{+two+} libraries');
    const styled = diffArticles(version(story, { title: "Mayor's plan -- three libraries" }), version(story, { title: 'Mayor’s plan — three libraries' }));
    expect(styled.title.kind).toBe('formatting');
  });

  it('a byline that appears or disappears is added or removed', () => {
    expect(diffArticles(version(story, { byline: null }), version(story)).byline).toEqual({ kind: 'added', to: 'By Ann Smith' });
    expect(diffArticles(version(story), version(story, { byline: null })).byline).toEqual({ kind: 'removed', from: 'By Ann Smith' });
  });

  it('a byline that only changed case (a template printing names in capitals) is formatting', () => {
    const diff = diffArticles(version(story, { byline: 'MARC SANTORA and AL BAKER' }), version(story, { byline: 'Marc Santora and Al Baker' }));
    expect(diff.byline.kind).toBe('formatting');
    expect(diffArticles(version(story, { byline: 'Marc Santora' }), version(story, { byline: 'Marc Santora and Al Baker' })).byline.kind).toBe('changed');
  });

  it('a correction added or removed is one correction added or removed; a restyled one is not a change', () => {
    const note = 'Correction: An earlier version misstated the savings.';
    expect(diffArticles(version(story), version(story, { corrections: [note] })).corrections).toEqual([{ kind: 'added', to: note }]);
    expect(diffArticles(version(story, { corrections: [note] }), version(story)).corrections).toEqual([{ kind: 'removed', from: note }]);
    const restyled = diffArticles(version(story, { corrections: [note] }), version(story, { corrections: [note.replace(':', ' :')] }));
    expect(restyled.corrections.map((change) => change.kind)).toEqual(['formatting']);
  });

  it('a reworded correction is one correction changed, word by word, matched like a paragraph', () => {
    // The NYT's Rahami story, 2016 and 2019: the date of the first note restyled, a second note added.
    const first = 'Correction: September 19, 2016 An earlier version of this article misstated the number of bombings on Saturday night.';
    const reworded = first.replace('September', 'Sept.');
    const second = 'Correction: Sept. 21, 2016 Because of an editing error, the continuation of an article on Tuesday transposed two sections of type in some editions.';
    const diff = diffArticles(version(story, { corrections: [first] }), version(story, { corrections: [reworded, second] }));
    expect(diff.corrections.map((change) => change.kind)).toEqual(['changed', 'added']);
    const [changed] = diff.corrections;
    expect(changed?.kind === 'changed' && marked(changed.parts)).toBe(
      'Correction: [-September-]{+Sept.+} 19, 2016 An earlier version of this article misstated the number of bombings on Saturday night.',
    );
    expect(diff.totals).toEqual({ wordsAdded: 0, wordsRemoved: 0, paragraphsChanged: 0 });
  });
});

describe('a 20,000-word article', () => {
  const words = ['city', 'council', 'budget', 'library', 'vote', 'mayor', 'plan', 'residents', 'branch', 'funding', 'said', 'the', 'of', 'and', 'a'];
  let seed = 42;
  const random = () => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return (seed >>> 0) / 0x100000000;
  };
  const paragraph = (n: number) =>
    Array.from({ length: 50 }, (_, i) => (i === 0 ? `Paragraph ${n}:` : `${words[Math.floor(random() * words.length)]}${Math.floor(random() * 500)}`)).join(' ') + '.';
  const long = Array.from({ length: 400 }, (_, n) => paragraph(n));

  it('with one edit and one move reports exactly those, quickly', () => {
    const now = [...long];
    now[200] = now[200]!.replace('Paragraph 200:', 'Paragraph 200, edited:');
    const [moved] = now.splice(10, 1);
    now.splice(300, 0, moved!);
    const start = performance.now();
    const diff = diffArticles(version(long), version(now));
    const ms = performance.now() - start;
    expect(edits(diff.paragraphs).map((op) => op.kind).sort()).toEqual(['changed', 'moved']);
    expect(diff.paragraphs).toHaveLength(400);
    expect(ms).toBeLessThan(1000);
  });

  it('extracted as one giant paragraph and heavily edited, still finishes quickly', () => {
    const giant = long.join(' ');
    const edited = giant.replace(/\d+/g, (n) => (Number(n) % 3 === 0 ? String(Number(n) + 1) : n));
    const start = performance.now();
    const diff = diffArticles(version([giant]), version([edited]));
    expect(performance.now() - start).toBeLessThan(2000);
    expect(diff.paragraphs.map((op) => op.kind)).toEqual(['changed']);
  });

  it('rewritten from start to end still finishes quickly', () => {
    const rewritten = long.map((_, n) => paragraph(n + 1000));
    const start = performance.now();
    const diff = diffArticles(version(long), version(rewritten));
    expect(performance.now() - start).toBeLessThan(2000);
    expect(diff.paragraphs.filter((op) => op.kind === 'added')).toHaveLength(400);
  });
});
