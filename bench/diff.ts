/**
 * The diff engine against whole-text diffs: jsdiff `diffWords` and diff-match-patch
 * (`diff_main` + `diff_cleanupSemantic`) over the joined paragraphs, on the fixture pairs and on
 * seeded synthetic articles. Besides time, it counts what a reader is shown for articles with
 * moved paragraphs: our paragraph operations against the change hunks of a whole-text diff.
 */
import { readFileSync } from 'node:fs';
import { diffWords } from 'diff';
import DiffMatchPatch from 'diff-match-patch';
import type { ArticleText } from '../src/core/article.ts';
import { diffArticles } from '../src/core/diff/index.ts';
import { countWords } from '../src/core/diff/tokens.ts';
import { normalizeText } from '../src/core/normalize.ts';
import { timeMediansInTurn, type BenchSection } from './section.ts';

interface Case {
  name: string;
  old: ArticleText;
  new: ArticleText;
  editedPct: number | null;
  /** Paragraph operations a reader should see, when the case is built to have a known number. */
  expectedOps?: number;
}

interface Row {
  case: string;
  words: number;
  editedPct: number | null;
  oursMs: number;
  diffWordsMs: number | null;
  dmpMs: number | null;
  diffWordsSpeedup: number | null;
  dmpSpeedup: number | null;
  /** Paragraph operations we report (everything but unchanged and formatting). */
  oursOps: number;
  /** Change hunks (runs of additions and removals) in the whole-text diffs. */
  diffWordsHunks: number | null;
  dmpHunks: number | null;
  expectedOps?: number;
  note?: string;
}

/** One whole-text diff is timed once, not to a median, when a single run takes this long. */
const slowRunMs = 1000;
/** A whole-text diff still running after this is abandoned and reported as null. */
const giveUpMs = 5000;

export default async function (): Promise<BenchSection> {
  const rows = [...fixtureCases(), ...syntheticCases()].map(measure);
  return { json: { diff: rows }, report: report(rows) };
}

function measure(c: Case): Row {
  const ours = diffArticles(c.old, c.new);
  const oldText = c.old.paragraphs.join('\n\n');
  const newText = c.new.paragraphs.join('\n\n');
  const words = wholeText(
    () => diffWords(oldText, newText, { timeout: giveUpMs }),
    (changes) => hunks(changes.map((change) => (change.added || change.removed ? 1 : 0))),
  );
  const dmp = new DiffMatchPatch();
  // diff-match-patch's default: after one second it returns a coarser, non-minimal diff.
  dmp.Diff_Timeout = 1;
  const patch = wholeText(
    () => {
      const diffs = dmp.diff_main(oldText, newText);
      dmp.diff_cleanupSemantic(diffs);
      return diffs;
    },
    (diffs) => hunks(diffs.map(([op]) => (op === 0 ? 0 : 1))),
  );
  // Ours and each whole-text diff quick enough to repeat are timed in turn, in the same rounds.
  const timed = [words, patch].filter((w) => w.ms === undefined);
  const [oursMs, ...medians] = timeMediansInTurn([() => diffArticles(c.old, c.new), ...timed.map((w) => w.run)]);
  timed.forEach((w, k) => (w.ms = medians[k]!));
  const wordsMs = words.ms ?? null;
  const dmpMs = patch.ms ?? null;
  const notes = [words.note && `diffWords ${words.note}`, patch.note && `dmp ${patch.note}`].filter(Boolean);
  return {
    case: c.name,
    words: c.old.paragraphs.reduce((n, p) => n + countWords(normalizeText(p)), 0),
    editedPct: c.editedPct,
    oursMs: round(oursMs!),
    diffWordsMs: wordsMs === null ? null : round(wordsMs),
    dmpMs: dmpMs === null ? null : round(dmpMs),
    diffWordsSpeedup: wordsMs === null ? null : round(wordsMs / oursMs!),
    dmpSpeedup: dmpMs === null ? null : round(dmpMs / oursMs!),
    oursOps: ours.totals.paragraphsChanged,
    diffWordsHunks: words.hunks,
    dmpHunks: patch.hunks,
    ...(c.expectedOps === undefined ? {} : { expectedOps: c.expectedOps }),
    ...(notes.length ? { note: notes.join('; ') } : {}),
  };
}

interface WholeText {
  run: () => void;
  /** Set here when it ran only once (slow) or gave up (null); otherwise by the timing in turn. */
  ms?: number | null;
  hunks: number | null;
  note?: string;
}

/** Runs a whole-text diff once: its hunks, and its time when it is too slow to repeat or gives up. */
function wholeText<T>(run: () => T | undefined, countHunks: (result: T) => number): WholeText {
  const start = performance.now();
  const result = run();
  const first = performance.now() - start;
  if (result === undefined) return { run, ms: null, hunks: null, note: `gave up after ${giveUpMs / 1000} s` };
  if (first >= slowRunMs) return { run, ms: first, hunks: countHunks(result), note: 'timed once (slow)' };
  return { run, hunks: countHunks(result) };
}

/** Runs of consecutive changed (1) items between unchanged (0) ones. */
function hunks(changed: number[]): number {
  let n = 0;
  changed.forEach((c, i) => {
    if (c && !changed[i - 1]) n++;
  });
  return n;
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

const fixturePairs: [string, string][] = [
  ['rahami-2016', 'rahami-2019'],
  ['cnn-2016', 'cnn-2022'],
  ['guardian-2016', 'guardian-2022'],
  ['npr-2016', 'npr-2022'],
  ['newyorker-2016', 'newyorker-2022'],
  ['nikki-haley-2018', 'nikki-haley-2019'],
  ['nikki-haley-2019', 'nikki-haley-2022'],
];

function fixtureCases(): Case[] {
  const load = (name: string): ArticleText => {
    const { title, paragraphs } = JSON.parse(readFileSync(new URL(`../test/fixtures/diff/${name}.json`, import.meta.url), 'utf8')) as {
      title: string;
      paragraphs: string[];
    };
    return { title, byline: null, corrections: [], paragraphs, partial: false };
  };
  return fixturePairs.map(([a, b]) => ({ name: `${a} → ${b}`, old: load(a), new: load(b), editedPct: null }));
}

function syntheticCases(): Case[] {
  const cases: Case[] = [];
  for (const words of [1000, 5000, 20_000]) {
    for (const pct of [10, 50, 100]) {
      const random = seeded(words + pct);
      const paragraphs = article(random, words);
      cases.push({
        name: `synthetic ${words / 1000}k words, ${pct}% of paragraphs edited`,
        old: text(paragraphs),
        new: text(editSome(random, paragraphs, pct / 100)),
        editedPct: pct,
      });
    }
  }
  const random = seeded(7);
  const paragraphs = article(random, 20_000);
  cases.push({
    name: 'synthetic 20k words, replaced by new text',
    old: text(paragraphs),
    new: text(article(random, 20_000)),
    editedPct: 100,
  });
  cases.push(movedCase());
  return cases;
}

/** Three paragraphs moved far, one of them also edited: a reader should see three operations. */
function movedCase(): Case {
  const random = seeded(99);
  const paragraphs = article(random, 5000);
  const moved = [...paragraphs];
  const [first] = moved.splice(2, 1);
  moved.push(first!);
  const [second] = moved.splice(10, 1);
  moved.splice(40, 0, second!);
  const [third] = moved.splice(moved.length - 5, 1);
  moved.unshift(edit(random, third!));
  return {
    name: 'synthetic 5k words, 3 paragraphs moved (1 also edited)',
    old: text(paragraphs),
    new: text(moved),
    editedPct: null,
    expectedOps: 3,
  };
}

function text(paragraphs: string[]): ArticleText {
  return { title: 'A synthetic story', byline: null, corrections: [], paragraphs, partial: false };
}

/** xorshift32: the same article on every run and machine. */
function seeded(seed: number): () => number {
  let state = (seed * 2654435761) >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state / 0x100000000;
  };
}

const syllables = ['ba', 'co', 'den', 'fi', 'gar', 'hu', 'ish', 'jo', 'ka', 'lem', 'mo', 'nor', 'pe', 'quin', 'ra', 'sil', 'tu', 'vo', 'wes', 'zan'];

/** A vocabulary in which a few words are very common and most are rare, as in prose. */
function vocabulary(random: () => number): string[] {
  const common = ['the', 'of', 'and', 'to', 'a', 'in', 'that', 'said', 'was', 'on', 'for', 'he', 'with', 'as', 'it'];
  const rare = Array.from({ length: 3000 }, () => {
    let w = '';
    for (let n = 1 + Math.floor(random() * 3); n > 0; n--) w += syllables[Math.floor(random() * syllables.length)];
    return w;
  });
  return [...common, ...rare];
}

function pickWord(random: () => number, words: string[]): string {
  // Zipf-like: index ~ words.length ^ u, so low indices (the common words) come up most.
  return words[Math.min(words.length - 1, Math.floor(Math.pow(words.length, random())) - 1)]!;
}

function article(random: () => number, totalWords: number): string[] {
  const words = vocabulary(random);
  const paragraphs: string[] = [];
  let left = totalWords;
  while (left > 0) {
    const length = Math.min(left, 20 + Math.floor(random() * 70));
    left -= length;
    let paragraph = '';
    let capital = true;
    for (let i = 0; i < length; i++) {
      const word = pickWord(random, words);
      paragraph += (i ? ' ' : '') + (capital ? word[0]!.toUpperCase() + word.slice(1) : word);
      const roll = random();
      capital = roll < 0.06;
      if (i < length - 1) paragraph += capital ? '.' : roll < 0.14 ? ',' : '';
    }
    paragraphs.push(paragraph + '.');
  }
  return paragraphs;
}

/** Edits exactly `share` of the paragraphs, chosen at random. */
function editSome(random: () => number, paragraphs: string[], share: number): string[] {
  const order = paragraphs.map((_, i) => ({ i, key: random() })).sort((x, y) => x.key - y.key);
  const chosen = new Set(order.slice(0, Math.round(share * paragraphs.length)).map(({ i }) => i));
  return paragraphs.map((p, i) => (chosen.has(i) ? edit(random, p) : p));
}

/** A heavy copy edit: replaces, drops or inserts about one word in eight, at least one. */
function edit(random: () => number, paragraph: string): string {
  const words = paragraph.split(' ');
  const changes = Math.max(1, Math.round(words.length / 8));
  for (let n = 0; n < changes; n++) {
    const at = Math.floor(random() * words.length);
    const roll = random();
    if (roll < 0.5) words[at] = 'edited' + Math.floor(random() * 1000);
    else if (roll < 0.75 && words.length > 1) words.splice(at, 1);
    else words.splice(at, 0, 'inserted' + Math.floor(random() * 1000));
  }
  return words.join(' ');
}

function report(rows: Row[]): string {
  const ms = (x: number | null) => (x === null ? '—' : x.toFixed(2));
  const ratio = (x: number | null) => (x === null ? '—' : `${x.toFixed(1)}x`);
  const lines = [
    'diff: median ms (ours | whole-text jsdiff diffWords | diff-match-patch), speed-up of ours, reported changes',
    ...rows.map(
      (r) =>
        `  ${r.case.padEnd(58)} ${String(r.words).padStart(6)} words  ${ms(r.oursMs).padStart(8)} | ${ms(r.diffWordsMs).padStart(9)} | ${ms(r.dmpMs).padStart(8)}` +
        `  x${ratio(r.diffWordsSpeedup).padStart(8)} x${ratio(r.dmpSpeedup).padStart(7)}` +
        `  ops ${r.oursOps} vs hunks ${r.diffWordsHunks ?? '—'} / ${r.dmpHunks ?? '—'}` +
        (r.expectedOps === undefined ? '' : ` (expected ${r.expectedOps})`) +
        (r.note ? `  [${r.note}]` : ''),
    ),
  ];
  const goal5k = rows.find((r) => r.case.startsWith('synthetic 5k') && r.editedPct === 10);
  const rewrites = rows.filter((r) => r.case.startsWith('synthetic 20k') && r.editedPct === 100);
  if (goal5k) lines.push(`  goal: >= 10x faster than diffWords on 5k words, 10% edited: ${ratio(goal5k.diffWordsSpeedup)}`);
  for (const r of rewrites) lines.push(`  goal: well under 100 ms for a 20k-word total rewrite (${r.case}): ${ms(r.oursMs)} ms`);
  return lines.join('\n');
}
