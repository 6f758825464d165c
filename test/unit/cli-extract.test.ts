/** `article-history extract`, run as a process: what it prints, and the exit code and one-line reason for every page it refuses. */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureCliBuilt, runCli, type CliRun } from '../support/cli.ts';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/pages/${name}`, import.meta.url));
const MACEDONIA = 'https://www.nytimes.com/2018/06/05/world/europe/greece-macedonia.html';
const STORY = 'https://www.nytimes.com/2020/01/01/world/a-story.html';

/** A 1x1 PNG and a minimal PDF, as they start on disk. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

beforeAll(ensureCliBuilt, 120_000);

function refused(run: CliRun, code: 1 | 2, reason: RegExp) {
  expect(run.code).toBe(code);
  expect(run.stdout).toBe('');
  expect(run.stderr).toMatch(reason);
}

/** Exit 1 says why in exactly one line, as the README promises. */
function notAnArticle(run: CliRun, reason: RegExp) {
  refused(run, 1, reason);
  expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
}

describe('article-history extract', () => {
  it('prints the article as JSON with the documented keys and exits 0', () => {
    const run = runCli(['extract', fixture('nytimes-2018-with-correction.html'), '--url', MACEDONIA]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const printed = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(Object.keys(printed)).toEqual(['title', 'byline', 'publishedAt', 'modifiedAt', 'corrections', 'paragraphs', 'site', 'partial', 'liveBlog', 'url']);
    expect(printed).toMatchObject({ title: 'Deal for Macedonia Name? High Treason, Some Greeks Say', site: 'nytimes', partial: false, byline: 'Niki Kitsantonis', url: MACEDONIA });
    expect(printed['paragraphs']).toHaveLength(29);
    expect(printed['corrections']).toEqual([expect.stringContaining('not Athens')]);
  });

  it('reads the page from standard input when the file is -', () => {
    const fromFile = runCli(['extract', fixture('nytimes-2018-with-correction.html'), '--url', MACEDONIA]);
    const fromStdin = runCli(['extract', '-', '--url', MACEDONIA], { stdin: readFileSync(fixture('nytimes-2018-with-correction.html')) });
    expect(fromStdin).toEqual(fromFile);
  });

  it('decodes the page with the charset of --content-type over its <meta charset>', () => {
    // The same story re-encoded as windows-1252, while its <meta charset> still says utf-8.
    const page = readFileSync(fixture('nytimes-2018-with-correction-windows-1252.html'));
    const asDeclared = runCli(['extract', '-', '--url', MACEDONIA], { stdin: page });
    const asServed = runCli(['extract', '-', '--url', MACEDONIA, '--content-type', 'text/html; charset=windows-1252'], { stdin: page });
    const firstParagraph = (run: CliRun) => (JSON.parse(run.stdout) as { paragraphs: string[] }).paragraphs[0];
    expect(firstParagraph(asDeclared)).toContain('Greece\uFFFDs second city');
    expect(firstParagraph(asServed)).toContain('THESSALONIKI, Greece — To understand how deeply the name Macedonia is embedded in the Greek psyche, look no further than Greece’s second city');
  });

  it("drops NUL bytes from the text, as a browser's parser does, instead of printing \\u0000", () => {
    const page = readFileSync(fixture('nytimes-2018-with-correction.html'), 'utf8').replace('To understand how deeply', 'To understand\u0000 how deeply');
    const run = runCli(['extract', '-', '--url', MACEDONIA, '--content-type', 'text/html; charset=utf-8'], { stdin: page });
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain('\\u0000');
    expect((JSON.parse(run.stdout) as { paragraphs: string[] }).paragraphs[0]).toContain('To understand how deeply');
  });

  it('says no article, rather than working for minutes, on a page nested 100,000 elements deep, which no browser would build', () => {
    const deep = `<html><body><article>${'<div>'.repeat(100_000)}<p>Deep.</p>${'</div>'.repeat(100_000)}</article></body></html>`;
    // Before the depth bound Readability took over a minute here, and runCli's 60 s limit ended it.
    const run = runCli(['extract', '-', '--url', 'https://www.nytimes.com/2016/09/20/nyregion/x.html'], { stdin: deep });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/no story text found/);
  }, 70_000);

  it('a section front is not an article: exit 1, by the same detection as the extension', () => {
    notAnArticle(runCli(['extract', fixture('nytimes-5-section-front.html'), '--url', 'https://www.nytimes.com/es/']), /^article-history extract: not an article: .*https:\/\/www\.nytimes\.com\/es\//);
  });

  it.each([
    ['a PNG image', PNG, /is not an HTML page: it is a PNG image/],
    ['a PDF', PDF, /is not an HTML page: it is a PDF document/],
    ['an empty page', Buffer.alloc(0), /standard input is an empty page/],
    ['a page of only whitespace', Buffer.from(' \n\t\r\n  '), /standard input is an empty page/],
  ])('%s is not an article: exit 1', (_, bytes, reason) => {
    notAnArticle(runCli(['extract', '-', '--url', STORY], { stdin: bytes }), reason);
  });

  it('an image saved as a file is refused with the file name', () => {
    const dir = mkdtempSync(join(tmpdir(), 'article-history-'));
    try {
      writeFileSync(join(dir, 'story.html'), PNG);
      notAnArticle(runCli(['extract', join(dir, 'story.html'), '--url', STORY]), /story\.html is not an HTML page: it is a PNG image/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('an HTML page served with a content type that is not HTML is refused', () => {
    notAnArticle(runCli(['extract', fixture('nytimes-1.html'), '--url', STORY, '--content-type', 'application/pdf']), /not an HTML page: it is application\/pdf, says the content type/);
  });

  it('a page of a site no file supports: exit 1 pointing to --generic; with --generic, the generic reader reads it', () => {
    const args = ['extract', fixture('nytimes-1.html'), '--url', 'https://news.example.org/2017/01/13/sudan-sanctions'];
    notAnArticle(runCli(args), /no site file supports news\.example\.org; --generic reads the page/);
    const run = runCli([...args, '--generic']);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(run.stdout)).toMatchObject({ site: 'generic', title: 'United States to Lift Sudan Sanctions', url: 'https://news.example.org/2017/01/13/sudan-sanctions' });
  });

  it('an HTML page with no story text: exit 1 with "could not extract"', () => {
    notAnArticle(runCli(['extract', '-', '--url', STORY], { stdin: '<!doctype html><html><head><title>Hi</title></head><body><p>Hello.</p></body></html>' }), /could not extract an article from standard input/);
  });

  it('several pages print JSON Lines in one process, one object a page, each at the address it states, with the single-page keys', { timeout: 60_000 }, () => {
    const pages = ['nytimes-2018-with-correction.html', 'bbc-2020-fauci.html', 'cnn-2016-11-29.html'].map(fixture);
    const run = runCli(['extract', ...pages]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const lines = run.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.map((line) => line['file'])).toEqual(pages);
    const single = JSON.parse(runCli(['extract', pages[0]!, '--url', MACEDONIA]).stdout) as Record<string, unknown>;
    expect(lines[0]).toEqual({ file: pages[0], ...single });
    expect(Object.keys(lines[1]!)).toEqual(['file', ...Object.keys(single)]);
    expect(lines.map((line) => [line['site'], line['url']])).toEqual([
      ['nytimes', MACEDONIA],
      ['bbc', 'https://www.bbc.com/news/world-us-canada-52629681'],
      ['cnn', 'https://www.cnn.com/2016/11/29/politics/donald-trump-transition-presidency/index.html'],
    ]);
  });

  it('a page that fails is an error line and the others are still read; the exit code is the worst page\'s', { timeout: 60_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'extract-many-'));
    try {
      writeFileSync(join(dir, 'no-address.html'), '<!doctype html><html><head><title>Hi</title></head><body><p>Hello.</p></body></html>');
      const story = fixture('bbc-2020-fauci.html');
      const notArticles = runCli(['extract', join(dir, 'no-address.html'), fixture('nytimes-5-section-front.html'), story]);
      expect(notArticles.code).toBe(1);
      const lines = notArticles.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
      expect(lines).toHaveLength(3);
      expect(lines[0]).toEqual({ file: join(dir, 'no-address.html'), error: expect.stringMatching(/names no address of its own .*--url/) });
      expect(lines[1]).toEqual({ file: fixture('nytimes-5-section-front.html'), error: expect.stringMatching(/^not an article: .*www\.nytimes\.com\/es\//) });
      expect(lines[2]).toMatchObject({ file: story, site: 'bbc' });
      expect(runCli(['extract', story, '/nonexistent/page.html', story]).code).toBe(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a folder of pages prints one line a page in the order given, each as extract prints that page alone', { timeout: 60_000 }, () => {
    const pages = readdirSync(fixture('')).filter((name) => name.endsWith('.html')).sort().map(fixture);
    expect(pages.length).toBeGreaterThan(30);
    const run = runCli(['extract', ...pages]);
    expect(run.stderr).toBe('');
    const lines = run.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.map((line) => line['file'])).toEqual(pages);
    for (const index of [0, Math.floor(pages.length / 2), pages.length - 1]) {
      const { file, ...printed } = lines[index]!;
      const alone = runCli(['extract', String(file), '--url', String(printed['url'])]);
      expect(printed).toEqual(JSON.parse(alone.stdout));
    }
  });

  it('--url with several pages reads each as a copy of that one story', { timeout: 60_000 }, () => {
    const run = runCli(['extract', fixture('nytimes-2018-with-correction.html'), '-', '--url', MACEDONIA], { stdin: readFileSync(fixture('nytimes-2018-with-correction.html')) });
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.map((line) => [line['file'], line['url'], line['title']])).toEqual([
      [fixture('nytimes-2018-with-correction.html'), MACEDONIA, 'Deal for Macedonia Name? High Treason, Some Greeks Say'],
      ['-', MACEDONIA, 'Deal for Macedonia Name? High Treason, Some Greeks Say'],
    ]);
  });

  it.each([
    [['extract', '/nonexistent/page.html', '--url', STORY], /cannot read \/nonexistent\/page\.html/],
    [['extract', 'page.html'], /--url is required/],
    [['extract', 'page.html', '--url', 'not a url'], /not an http\(s\) URL: not a url/],
    [['extract', '--url', STORY], /expected one file/],
    [['extract', '-', '-', '--url', STORY], /standard input \(-\) can be read once/],
    [['extract', 'page.html', '--url', STORY, '--colour'], /Unknown option '--colour'/],
  ])('%j exits 2 and says why', (args, reason) => {
    refused(runCli(args), 2, reason);
  });
});
