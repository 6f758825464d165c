/**
 * The truth rows of issue 11, shared by test/unit/truth.test.ts and `npm run bench`: one per
 * real version set (test/fixtures/truth/sets.json) and one per era-swap control.
 */
import { readFileSync } from 'node:fs';
import type { Article, ArticleText } from '../../src/core/article.ts';
import { diffArticles, type ArticleDiff } from '../../src/core/diff/index.ts';
import { extractArticleFromHtml } from '../../src/extract/node.ts';
import { eraSwapControls, pour, truthOf, type EraSwapControl, type PageTruth } from './era-swap.ts';
import { FIXTURES, extractFixture } from './fixtures.ts';
import { scoreDiff, type Score, type TextTruth } from './truth-score.ts';

export interface VersionSet {
  id: string;
  url: string;
  /** Pages under test/fixtures, oldest first. */
  captures: string[];
  /** What a careful reader sees change between each capture and the next, in words. */
  reader: string[];
}

export interface TruthRow extends Score {
  case: string;
  kind: 'era-swap' | 'real';
}

export function versionSets(): VersionSet[] {
  return (JSON.parse(readFileSync(new URL('truth/sets.json', FIXTURES), 'utf8')) as { sets: VersionSet[] }).sets;
}

function truthFor(page: string): PageTruth {
  const truth = truthOf(page);
  if (!truth) throw new Error(`${page} has no truth file in test/fixtures/truth/pages/`);
  return truth;
}

/** One comparison of two consecutive captures of a real version set. */
export interface CapturePair {
  older: Article;
  newer: Article;
  diff: ArticleDiff;
  score: Score;
}

/** Every consecutive pair of a set's captures, read and diffed as the extension does. */
export async function comparePairs(set: VersionSet): Promise<CapturePair[]> {
  const articles = await Promise.all(set.captures.map((page) => extractFixture(page, set.url)));
  const truths = set.captures.map(truthFor);
  return articles.slice(1).map((newer, i) => {
    const older = articles[i]!;
    const diff = diffArticles(older, newer);
    return { older, newer, diff, score: scoreDiff(truths[i]!, truths[i + 1]!, older, newer, diff, { byline: true, corrections: true }) };
  });
}

function sum(scores: Score[]): Score {
  return {
    expectedChanges: scores.reduce((n, s) => n + s.expectedChanges, 0),
    shownChanges: scores.reduce((n, s) => n + s.shownChanges, 0),
    falseEdits: scores.reduce((n, s) => n + s.falseEdits, 0),
    missedEdits: scores.reduce((n, s) => n + s.missedEdits, 0),
    details: scores.flatMap((s, i) => s.details.map((line) => (scores.length > 1 ? `captures ${i + 1}→${i + 2}: ${line}` : line))),
  };
}

export async function realSetRow(set: VersionSet): Promise<TruthRow> {
  const pairs = await comparePairs(set);
  return { case: set.id, kind: 'real', ...sum(pairs.map((pair) => pair.score)) };
}

/** Only what the control pours: its headline and paragraphs. */
const story = ({ title, paragraphs }: TextTruth): TextTruth => ({ title, byline: null, corrections: [], paragraphs });
const asText = (article: Article): ArticleText => ({ ...story(article), partial: false });

/** A control's two readings: the story's own page, and the other era's page holding the same story. */
export interface ControlRun {
  own: ArticleText;
  poured: ArticleText;
  pouredHtml: string;
  diff: ArticleDiff;
  score: Score;
}

export async function runControl(control: EraSwapControl): Promise<ControlRun> {
  const text = story(control.story.truth);
  const pouredHtml = pour(control.into, text);
  const own = asText(await extractFixture(control.story.page, control.story.truth.url));
  const read = await extractArticleFromHtml(pouredHtml, control.into.truth.url);
  if (!read) throw new Error(`${control.name}: no article in the poured page`);
  const poured = asText(read);
  const diff = diffArticles(own, poured);
  return { own, poured, pouredHtml, diff, score: scoreDiff(text, text, own, poured, diff, { byline: false, corrections: false }) };
}

export async function controlRow(control: EraSwapControl): Promise<TruthRow> {
  const { score } = await runControl(control);
  return { case: `${control.name} (${control.story.page} into ${control.into.page})`, kind: 'era-swap', ...score };
}

export { eraSwapControls };
