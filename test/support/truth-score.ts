/**
 * How far a diff tells the truth: the changes a careful reader sees between two versions (what
 * differs between their truths, test/fixtures/truth/) against the changes the diff shows.
 *
 * The unit is one paragraph on one side, or one field: a rewritten paragraph is two (the old
 * text gone, the new one there) whether the diff shows it as changed or as removed and added;
 * a paragraph that only moved is one (which of two swapped paragraphs moved is the aligner's
 * choice); a headline or byline change is one; each correction
 * added or removed is one. The expected units come from the truths alone, so any way of
 * aligning the paragraphs that shows exactly the real changes scores zero false and zero missed.
 */
import type { ArticleText } from '../../src/core/article.ts';
import type { ArticleDiff, FieldChange } from '../../src/core/diff/index.ts';
import { normalizeText } from '../../src/core/normalize.ts';

/** What a careful reader wrote down for one version of a story. */
export interface TextTruth {
  title: string;
  byline: string | null;
  corrections: string[];
  paragraphs: string[];
}

export interface Score {
  expectedChanges: number;
  shownChanges: number;
  falseEdits: number;
  missedEdits: number;
  /** One line per false or missed unit, for a failing test's message and the bench report. */
  details: string[];
}

/** Which fields a comparison covers: era-swap controls pour only the headline and paragraphs. */
export interface Fields {
  byline: boolean;
  corrections: boolean;
}

const key = (text: string) => normalizeText(text);
const short = (text: string) => JSON.stringify(text.length > 70 ? `${text.slice(0, 70)}…` : text);

/** A multiset of normalised texts. */
class Bag {
  private counts = new Map<string, number>();
  constructor(keys: Iterable<string> = []) {
    for (const k of keys) this.add(k);
  }
  add(k: string): void {
    this.counts.set(k, (this.counts.get(k) ?? 0) + 1);
  }
  take(k: string): boolean {
    const n = this.counts.get(k) ?? 0;
    if (n === 0) return false;
    this.counts.set(k, n - 1);
    return true;
  }
  /** Keys of `from`, minus one of these for each time it occurs here. */
  static minus(from: readonly string[], other: readonly string[]): string[] {
    const bag = new Bag(other);
    return from.filter((k) => !bag.take(k));
  }
  left(): string[] {
    return [...this.counts].flatMap(([k, n]) => Array<string>(n).fill(k));
  }
  get size(): number {
    return [...this.counts.values()].reduce((a, b) => a + b, 0);
  }
}

/** Paragraphs present in both versions that are out of the order of one longest common run. */
function movedKeys(oldKeys: readonly string[], newKeys: readonly string[]): string[] {
  const n = oldKeys.length;
  const m = newKeys.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i]![j] = oldKeys[i] === newKeys[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const inOrder = new Set<number>();
  for (let i = 0, j = 0; i < n && j < m; ) {
    if (oldKeys[i] === newKeys[j]) {
      inOrder.add(j);
      i++;
      j++;
    } else if (lcs[i + 1]![j]! >= lcs[i]![j + 1]!) i++;
    else j++;
  }
  return newKeys.filter((_, j) => !inOrder.has(j));
}

const shows = (change: FieldChange) => change.kind !== 'unchanged' && change.kind !== 'formatting';

/**
 * Scores `diff`, the diff of the extracted versions `old` and `now`, against the truths of the
 * same two versions.
 */
export function scoreDiff(truthOld: TextTruth, truthNew: TextTruth, old: ArticleText, now: ArticleText, diff: ArticleDiff, fields: Fields): Score {
  const score: Score = { expectedChanges: 0, shownChanges: 0, falseEdits: 0, missedEdits: 0, details: [] };
  const field = (name: string, real: boolean, shown: boolean) => {
    score.expectedChanges += Number(real);
    score.shownChanges += Number(shown);
    if (shown && !real) {
      score.falseEdits++;
      score.details.push(`false edit: the ${name} is shown as changed`);
    }
    if (real && !shown) {
      score.missedEdits++;
      score.details.push(`missed: the ${name} changed`);
    }
  };
  field('headline', key(truthOld.title) !== key(truthNew.title), shows(diff.title));
  if (fields.byline) field('byline', key(truthOld.byline ?? '').toLowerCase() !== key(truthNew.byline ?? '').toLowerCase(), shows(diff.byline));
  if (fields.corrections) {
    const oldNotes = truthOld.corrections.map(key);
    const newNotes = truthNew.corrections.map(key);
    // A reworded correction is two units, like a rewritten paragraph: its old text gone, its new one there.
    const shownAdded = diff.corrections.flatMap((c) => (c.kind === 'added' || c.kind === 'changed' ? [c.to] : []));
    const shownRemoved = diff.corrections.flatMap((c) => (c.kind === 'removed' || c.kind === 'changed' ? [c.from] : []));
    for (const [what, real, shown] of [
      ['added', new Bag(Bag.minus(newNotes, oldNotes)), shownAdded],
      ['removed', new Bag(Bag.minus(oldNotes, newNotes)), shownRemoved],
    ] as const) {
      score.expectedChanges += real.size;
      for (const note of shown) {
        score.shownChanges++;
        if (!real.take(key(note))) {
          score.falseEdits++;
          score.details.push(`false edit: correction ${what} ${short(note)}`);
        }
      }
      for (const note of real.left()) {
        score.missedEdits++;
        score.details.push(`missed: correction ${what} ${short(note)}`);
      }
    }
  }

  const oldKeys = truthOld.paragraphs.map(key);
  const newKeys = truthNew.paragraphs.map(key);
  const gone = new Bag(Bag.minus(oldKeys, newKeys));
  const arrived = new Bag(Bag.minus(newKeys, oldKeys));
  const common = (keys: readonly string[], others: readonly string[]) => {
    const bag = new Bag(Bag.minus(keys, others));
    return keys.filter((k) => !bag.take(k));
  };
  // Which of two swapped paragraphs "moved" is the aligner's choice: any paragraph of both
  // versions may be shown as moved, as many times as the truths need moves.
  const newCommon = common(newKeys, oldKeys);
  const movable = new Bag(newCommon);
  let moves = movedKeys(common(oldKeys, newKeys), newCommon).length;
  score.expectedChanges += gone.size + arrived.size + moves;

  const touch = (bag: Bag, text: string, side: string) => {
    score.shownChanges++;
    if (bag.take(key(text))) return;
    score.falseEdits++;
    score.details.push(`false edit: ${side} ${short(text)}`);
  };
  for (const op of diff.paragraphs) {
    switch (op.kind) {
      case 'unchanged':
      case 'formatting':
        break;
      case 'added':
        touch(arrived, now.paragraphs[op.to]!, 'added');
        break;
      case 'removed':
        touch(gone, old.paragraphs[op.from]!, 'removed');
        break;
      case 'moved':
        if (op.parts === null) {
          score.shownChanges++;
          if (moves > 0 && movable.take(key(now.paragraphs[op.to]!))) {
            moves--;
          } else {
            score.falseEdits++;
            score.details.push(`false edit: moved ${short(now.paragraphs[op.to]!)}`);
          }
          break;
        }
        touch(gone, old.paragraphs[op.from]!, 'changed from');
        touch(arrived, now.paragraphs[op.to]!, 'changed to');
        break;
      case 'changed':
        touch(gone, old.paragraphs[op.from]!, 'changed from');
        touch(arrived, now.paragraphs[op.to]!, 'changed to');
        break;
      case 'split':
        touch(gone, old.paragraphs[op.from]!, 'split from');
        for (const to of op.to) touch(arrived, now.paragraphs[to]!, 'split into');
        break;
      case 'merged':
        for (const from of op.from) touch(gone, old.paragraphs[from]!, 'merged from');
        touch(arrived, now.paragraphs[op.to]!, 'merged into');
        break;
    }
  }
  for (const [bag, what] of [[gone, 'removed or rewritten'], [arrived, 'added or rewritten']] as const) {
    for (const text of bag.left()) {
      score.missedEdits++;
      score.details.push(`missed: ${what} ${short(text)}`);
    }
  }
  if (moves > 0) {
    score.missedEdits += moves;
    score.details.push(`missed: ${moves} paragraph move(s)`);
  }
  return score;
}
