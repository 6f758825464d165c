/**
 * Copies of one story read from different page layouts: a one-sided paragraph that looks like
 * page furniture is a `layout` operation, not an edit, in the diff and in the CLI's output.
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/core/article.ts';
import { changedParts } from '../../src/core/diff/summary.ts';
import { diffArticles } from '../../src/core/diff/index.ts';
import { ensureCliBuilt, runCli } from '../support/cli.ts';
import { extractFixture } from '../support/fixtures.ts';

const RAHAMI = 'https://www.nytimes.com/2016/09/20/nyregion/nyc-nj-explosions-ahmad-khan-rahami.html';
const BREAKING = 'pages/nytimes-rahami-2016-09-19.html';
const TODAY = 'pages/nytimes-rahami-2022.html';
/** Today's page in a layout no era of the site file reads: the generic reader reads it. */
const TODAY_UNREAD = 'layouts/nytimes-rahami-2022-no-template.html';
const fixturePath = (path: string) => fileURLToPath(new URL(`../fixtures/${path}`, import.meta.url));

let breaking: Article;
let today: Article;
let todayGeneric: Article;
beforeAll(async () => {
  [breaking, today, todayGeneric] = await Promise.all([extractFixture(BREAKING, RAHAMI), extractFixture(TODAY, RAHAMI), extractFixture(TODAY_UNREAD, RAHAMI)]);
});

describe('two copies of the Rahami story read from different layouts', () => {
  it('says which reader read each copy', () => {
    const diff = diffArticles(breaking, todayGeneric);
    expect(diff.readers).toEqual({ old: 'nytimes:2014', new: 'generic', differ: true });
    expect(diffArticles(breaking, today).readers).toEqual({ old: 'nytimes:2014', new: 'nytimes:2018-04', differ: true });
  });

  it('shows the date line only the generic reader kept as layout?, and counts what the site file alone would', () => {
    const diff = diffArticles(breaking, todayGeneric);
    expect(diff.paragraphs.filter((op) => op.kind === 'layout')).toEqual([{ kind: 'layout', side: 'added', to: 1, text: 'Sept. 19, 2016' }]);
    expect(diff.totals).toEqual(diffArticles(breaking, today).totals);
    expect(diff.totals.paragraphsChanged).toBeGreaterThan(50);
  });

  it('read by the same reader, or by readers not known, the same line is an addition, counted', () => {
    const unknown: Partial<Article> = { ...todayGeneric };
    delete unknown.reader;
    for (const [old, now] of [[{ ...breaking, reader: 'generic' }, todayGeneric], [breaking, unknown as Omit<Article, 'reader'>]] as const) {
      const diff = diffArticles(old, now);
      expect(diff.readers.differ).toBe(false);
      expect(diff.paragraphs.find((op) => op.kind === 'added' && op.text === 'Sept. 19, 2016')).toBeDefined();
      expect(diff.paragraphs.some((op) => op.kind === 'layout')).toBe(false);
    }
  });
});

describe('what is never layout?', () => {
  const story = ['Shawn Styles, 30, who works at Linden Auto Body next door, said he saw numerous officers.', '“Then multiple, multiple shots,” he said.'];
  const text = (paragraphs: string[], reader: string) => ({ title: 'T', byline: null, corrections: [], paragraphs, partial: false, reader });

  it('a changed paragraph, however much it looks like furniture: it has a counterpart', () => {
    const diff = diffArticles(text([...story, 'More on this story'], 'nytimes:2014'), text([...story, 'More on the story'], 'generic'));
    expect(diff.paragraphs.at(-1)).toMatchObject({ kind: 'changed', oldText: 'More on this story', text: 'More on the story' });
    expect(changedParts(diff).paragraphs).toBe(1);
  });

  it('a story sentence on one side only', () => {
    const added = 'Diego Jeronimo, 36, the owner of a store near where the gun battle unfolded, said he heard shots.';
    const diff = diffArticles(text(story, 'nytimes:2014'), text([...story, added], 'generic'));
    expect(diff.paragraphs.at(-1)).toMatchObject({ kind: 'added', text: added });
  });

  it('a removed line of furniture is layout? too, and takes no words from the totals', () => {
    const diff = diffArticles(text([...story, 'Related Coverage'], 'generic'), text(story, 'nytimes:2018-04'));
    expect(diff.paragraphs.at(-1)).toEqual({ kind: 'layout', side: 'removed', from: 2, oldText: 'Related Coverage' });
    expect(diff.totals).toEqual({ wordsAdded: 0, wordsRemoved: 0, paragraphsChanged: 0 });
  });
});

describe('article-history diff on copies read from different layouts', () => {
  beforeAll(ensureCliBuilt, 120_000);
  /** Each test runs the tool on two whole pages: seconds on a machine busy with other work. */
  const CLI_TIMEOUT = 30_000;

  it('carries readers {old, new} and flags the paragraph layout: true, keeping its kind', () => {
    const run = runCli(['diff', fixturePath(BREAKING), fixturePath(TODAY_UNREAD), '--url', RAHAMI]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const out = JSON.parse(run.stdout) as { readers: unknown; paragraphs: { kind: string; text?: string; layout?: true }[]; totals: unknown };
    expect(out.readers).toEqual({ old: 'nytimes:2014', new: 'generic' });
    expect(out.paragraphs.filter((p) => p.layout)).toEqual([{ kind: 'added', to: 1, text: 'Sept. 19, 2016', layout: true }]);
    expect(out.totals).toEqual(diffArticles(breaking, today).totals);
  }, CLI_TIMEOUT);

  it('says so in the text summary', () => {
    const run = runCli(['diff', fixturePath(BREAKING), fixturePath(TODAY_UNREAD), '--url', RAHAMI, '--format', 'text']);
    expect(run.stdout).toMatch(/^Read from different page layouts \(nytimes:2014 and generic\)/);
    expect(run.stdout).toContain('¶2 layout? added: {+Sept. 19, 2016+}');
    expect(run.stdout.trimEnd()).toMatch(/; 1 marked layout\? \(not counted\)$/);
  }, CLI_TIMEOUT);
});
