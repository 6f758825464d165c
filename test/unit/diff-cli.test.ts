/** `article-history diff`, run as a process (arguments, pages, exit codes), and its text summary. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatText } from '../../src/cli/diff.ts';
import type { ArticleDiff } from '../../src/core/diff/index.ts';
import { diffArticles } from '../../src/core/diff/index.ts';
import { ensureCliBuilt, runCli, type CliRun } from '../support/cli.ts';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/pages/${name}`, import.meta.url));
const MACEDONIA = 'https://www.nytimes.com/2018/06/05/world/europe/greece-macedonia.html';
const UTF8_PAGE = fixture('nytimes-2018-with-correction.html');
/** The same story re-encoded as windows-1252, while its <meta charset> still says utf-8. */
const WINDOWS_1252_PAGE = fixture('nytimes-2018-with-correction-windows-1252.html');

beforeAll(ensureCliBuilt, 120_000);

const diffOf = (run: CliRun) => JSON.parse(run.stdout) as ArticleDiff;

describe('article-history diff', () => {
  it('prints what changed as JSON and exits 0; - reads the new version from standard input', () => {
    const edited = readFileSync(UTF8_PAGE, 'utf8').replace('on a charge of high treason', 'on a charge of treason');
    const run = runCli(['diff', UTF8_PAGE, '-', '--url', MACEDONIA], { stdin: edited });
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const diff = diffOf(run);
    expect(diff.totals).toEqual({ wordsAdded: 0, wordsRemoved: 1, paragraphsChanged: 1 });
    const changed = diff.paragraphs.filter((op) => op.kind !== 'unchanged');
    expect(changed).toMatchObject([{ kind: 'changed', from: 4, to: 4, parts: expect.arrayContaining([{ kind: 'removed', text: ' high' }]) }]);
  });

  it('--format text prints the readable summary', () => {
    const edited = readFileSync(UTF8_PAGE, 'utf8').replace('on a charge of high treason', 'on a charge of treason');
    const run = runCli(['diff', '-', UTF8_PAGE, '--url', MACEDONIA, '--format', 'text'], { stdin: edited });
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toContain('¶5 changed: Last week');
    expect(run.stdout).toContain('on a charge of {+high+} treason');
    expect(run.stdout.trimEnd()).toMatch(/1 paragraph changed, 1 words added, 0 removed$/);
  });

  it('--content-type given twice decodes the old page with the first and the new page with the second', () => {
    const args = ['diff', UTF8_PAGE, '-', '--url', MACEDONIA];
    const stdin = readFileSync(WINDOWS_1252_PAGE);
    // As its <meta charset> says, every curly quote of the re-encoded page is garbage, so nearly every paragraph "changed".
    expect(diffOf(runCli(args, { stdin })).totals.paragraphsChanged).toBeGreaterThan(10);
    const run = runCli([...args, '--content-type', 'text/html; charset=utf-8', '--content-type', 'text/html; charset=windows-1252'], { stdin });
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(diffOf(run).totals).toEqual({ wordsAdded: 0, wordsRemoved: 0, paragraphsChanged: 0 });
  });

  it('--content-type given once is used for both pages', () => {
    const run = runCli(['diff', WINDOWS_1252_PAGE, '-', '--url', MACEDONIA, '--format', 'text', '--content-type', 'text/html; charset=windows-1252'], {
      stdin: Buffer.from(readFileSync(WINDOWS_1252_PAGE, 'latin1').replace('Greece\x92s second city', 'Greece\x92s second-largest city'), 'latin1'),
    });
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toContain('look no further than Greece’s [-second-]{+second-largest+} city');
  });

  it('a page that is not an article exits 1 with one line saying which', () => {
    const run = runCli(['diff', fixture('nytimes-5-section-front.html'), fixture('nytimes-5-section-front.html'), '--url', 'https://www.nytimes.com/es/']);
    expect(run).toMatchObject({ code: 1, stdout: '' });
    expect(run.stderr).toMatch(/^article-history diff: not an article: [^\n]*\n$/);
  });

  it('a page of a site no file supports needs --generic', () => {
    const args = ['diff', UTF8_PAGE, UTF8_PAGE, '--url', 'https://news.example.org/macedonia'];
    expect(runCli(args)).toMatchObject({ code: 1, stdout: '', stderr: expect.stringMatching(/no site file supports news\.example\.org; --generic/) });
    expect(runCli([...args, '--generic'])).toMatchObject({ code: 0, stderr: '' });
  });

  it.each([
    [['old.html', '--url', MACEDONIA], /two files/],
    [['old.html', 'new.html'], /--url is required/],
    [['old.html', 'new.html', '--url', 'not a url'], /not an http\(s\) URL/],
    [['old.html', 'new.html', '--url', MACEDONIA, '--format', 'xml'], /unknown format: xml/],
    [['old.html', 'new.html', '--colour'], /Unknown option '--colour'/],
    [['-', '-', '--url', MACEDONIA], /only one of the two files can be -/],
    [['a.html', 'b.html', '--url', MACEDONIA, '--content-type', 'text/html', '--content-type', 'text/html', '--content-type', 'text/html'], /--content-type at most twice/],
  ])('refuses %j with exit code 2, the reason and the usage', (args, reason) => {
    const run = runCli(['diff', ...args]);
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toMatch(reason);
    expect(run.stderr).toMatch(/usage: article-history diff/);
  });

  it('says which file it cannot read, with exit code 2', () => {
    const run = runCli(['diff', UTF8_PAGE, '/nonexistent/new.html', '--url', MACEDONIA]);
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toMatch(/cannot read \/nonexistent\/new\.html/);
  });

  it('summarises a diff as text: headline, each changed paragraph with markers, totals', () => {
    const text = (title: string, paragraphs: string[]) => ({ title, byline: null, corrections: [], paragraphs, partial: false });
    const diff = diffArticles(
      text('Officer hurt in shootout', ['At least one officer was injured.', 'The suspect fled.', 'Police said more later.']),
      text('Officer wounded in shootout', ['At least one officer was wounded.', 'The suspect fled.', 'He was caught at noon.']),
    );
    const summary = formatText(diff);
    expect(summary).toContain('Headline: Officer [-hurt-]{+wounded+} in shootout');
    expect(summary).toContain('¶1 changed: At least one officer was [-injured-]{+wounded+}.');
    expect(summary).toContain('old ¶3 removed: [-Police said more later.-]');
    expect(summary).toContain('¶3 added: {+He was caught at noon.+}');
    expect(summary).not.toContain('The suspect fled.');
    expect(summary).toMatch(/3 paragraphs changed, 6 words added, 5 removed$/);
  });

  it('prints a reworded correction as one correction changed, word by word', () => {
    const text = (corrections: string[]) => ({ title: 'Bombing suspect arrested', byline: null, corrections, paragraphs: ['He was arrested.'], partial: false });
    const summary = formatText(diffArticles(text(['Correction: September 19, 2016 An earlier version misstated the number of bombings.']), text(['Correction: Sept. 19, 2016 An earlier version misstated the number of bombings.'])));
    expect(summary).toContain('Correction changed: Correction: [-September-]{+Sept.+} 19, 2016 An earlier version');
    expect(summary).not.toMatch(/Correction (added|removed)/);
  });
});
