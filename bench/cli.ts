/**
 * The command-line tool as a user runs it: whole processes, timed from spawn to exit.
 * `startMs` is `article-history --version`, `extractMsPerPage` is `extract` on fixture pages of
 * several sites, one process a page; `extractPagesPerSecond` is one `extract` process given every
 * page of test/fixtures/pages at once, each at the address it states (JSON Lines out), start-up
 * included. The same commands run from the TypeScript source through tsx (how the bin ran
 * before it ran a build) and a bare `node -e ''` are timed in the same rounds, in turn, so that
 * a busy machine weighs on all of them alike.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { findPages } from '../src/cli/site-check.ts';
import { median, type BenchSection } from './section.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = fileURLToPath(new URL('../bin/article-history.js', import.meta.url));
const START_GOAL_MS = 150;
const START_ROUNDS = 15;
const EXTRACT_ROUNDS = 3;
const MANY_ROUNDS = 3;
const PAGES_PER_SECOND_GOAL = 50;

const PAGES = [
  ['nytimes-2018-with-correction.html', 'https://www.nytimes.com/2018/06/05/world/europe/greece-macedonia.html'],
  ['guardian-2016-11-29.html', 'https://www.theguardian.com/us-news/2016/nov/29/standing-rock-protest-north-dakota-shutdown-evacuation'],
  ['cnn-2016-11-29.html', 'https://www.cnn.com/2016/11/29/politics/donald-trump-transition-presidency/index.html'],
  ['bbc-2020-fauci.html', 'https://www.bbc.com/news/world-us-canada-52629681'],
  ['npr-2022.html', 'https://www.npr.org/sections/thetwo-way/2016/12/15/505723552/jury-finds-dylann-roof-guilty-in-s-c-church-shooting'],
] as const;

type Way = 'built' | 'source' | 'bare';

/** The node arguments that run `article-history <args>` each way. */
function commandLine(way: Way, args: string[]): string[] {
  switch (way) {
    case 'built':
      return [BIN, ...args];
    case 'source':
      return ['--input-type=module', '-e', "import { register } from 'tsx/esm/api'; register(); const { main } = await import('./src/cli/main.ts'); process.exitCode = await main(process.argv.slice(1));", '--', ...args];
    case 'bare':
      return ['-e', ''];
  }
}

function timeProcess(way: Way, args: string[]): number {
  const start = performance.now();
  const run = spawnSync(process.execPath, commandLine(way, args), { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const ms = performance.now() - start;
  if (run.status !== 0) throw new Error(`article-history ${args.join(' ')} (${way}) exited ${run.status}: ${run.stderr}`);
  return ms;
}

/** One `extract` process over every fixture page: pages a second (median of the rounds), and how many of them were read as articles. */
function timeManyPages(): { pagesPerSecond: number; pages: number; articles: number } {
  const pages = findPages(`${ROOT}test/fixtures/pages`);
  const rates: number[] = [];
  let articles = 0;
  for (let round = 0; round < MANY_ROUNDS; round++) {
    const start = performance.now();
    const run = spawnSync(process.execPath, [BIN, 'extract', ...pages], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const seconds = (performance.now() - start) / 1000;
    const lines = run.stdout.trimEnd().split('\n');
    // Exit 1 is expected: the folder holds pages that are not articles (a section front, a live blog's index).
    if (run.status === 2 || lines.length !== pages.length) throw new Error(`article-history extract over ${pages.length} pages exited ${run.status} with ${lines.length} lines: ${run.stderr}`);
    articles = lines.filter((line) => !('error' in (JSON.parse(line) as object))).length;
    rates.push(pages.length / seconds);
  }
  return { pagesPerSecond: Math.round(median(rates) * 10) / 10, pages: pages.length, articles };
}

function timeInTurn(ways: Way[], argsList: string[][], rounds: number): Record<Way, number> {
  const times = Object.fromEntries(ways.map((way) => [way, [] as number[]])) as Record<Way, number[]>;
  for (let round = 0; round < rounds; round++) {
    for (const args of argsList) for (const way of ways) times[way].push(timeProcess(way, args));
  }
  return Object.fromEntries(ways.map((way) => [way, Math.round(median(times[way]) * 10) / 10])) as Record<Way, number>;
}

export default function cliBench(): Promise<BenchSection> {
  // The first run rebuilds dist/cli if the sources changed since it was built; it is not timed.
  timeProcess('built', ['--version']);
  const start = timeInTurn(['bare', 'built', 'source'], [['--version']], START_ROUNDS);
  const extractArgs = PAGES.map(([file, url]) => ['extract', `test/fixtures/pages/${file}`, '--url', url]);
  const extract = timeInTurn(['built', 'source'], extractArgs, EXTRACT_ROUNDS);
  const many = timeManyPages();
  const report = [
    'cli (whole processes, median)',
    `  article-history --version: ${start.built} ms (goal < ${START_GOAL_MS} ms: ${start.built < START_GOAL_MS ? 'met' : 'NOT met'}); from the TypeScript source through tsx, as before: ${start.source} ms; bare node -e '': ${start.bare} ms`,
    `  article-history extract, ${PAGES.length} fixture pages x ${EXTRACT_ROUNDS}: ${extract.built} ms per page; through tsx: ${extract.source} ms`,
    `  article-history extract of ${many.pages} fixture pages in one process (${many.articles} read as articles), start-up included: ${many.pagesPerSecond} pages a second (goal ≥ ${PAGES_PER_SECOND_GOAL}: ${many.pagesPerSecond >= PAGES_PER_SECOND_GOAL ? 'met' : 'NOT met'})`,
  ].join('\n');
  // bareNodeMs: how fast the machine runs Node at all in this run, the baseline the other figures move with.
  return Promise.resolve({ json: { cli: { startMs: start.built, extractMsPerPage: extract.built, extractPagesPerSecond: many.pagesPerSecond, bareNodeMs: start.bare } }, report });
}
