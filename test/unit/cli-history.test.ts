/**
 * `article-history history`, run as a process against the stand-in web archive on loopback
 * (--archive), which keeps the real archive's formats and limits and logs every request: what a
 * researcher sees printed, and what the archive sees asked.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DOMParser } from '@xmldom/xmldom';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ensureCliBuilt, runCli, startCli, type CliRun } from '../support/cli.ts';
import { capturesFromFiles, FakeArchive, serveArchive } from '../support/fake-archive.ts';

const ATOM = 'http://www.w3.org/2005/Atom';
const page = (name: string) => fileURLToPath(new URL(`../fixtures/pages/${name}`, import.meta.url));

const RAHAMI = 'https://www.nytimes.com/2016/09/20/nyregion/nyc-nj-explosions-ahmad-khan-rahami.html';
const MACEDONIA = 'https://www.nytimes.com/2018/06/05/world/europe/greece-macedonia.html';
const FAUCI = 'https://www.bbc.com/news/world-us-canada-52629681';
const TRUMP = 'https://www.cnn.com/2016/11/29/politics/donald-trump-transition-presidency/index.html';

/** Four stories as archived: Rahami rewritten between its two copies; Macedonia twice with the same text in two charsets. */
function archiveOfFourStories(): FakeArchive {
  return new FakeArchive([
    ...capturesFromFiles(RAHAMI, [
      { timestamp: '20160919204901', path: page('nytimes-rahami-2016-09-19.html') },
      { timestamp: '20191016111656', path: page('nytimes-rahami-2019-10-16.html') },
    ]),
    ...capturesFromFiles(MACEDONIA, [{ timestamp: '20180606040000', path: page('nytimes-2018-with-correction.html') }]),
    { url: MACEDONIA, timestamp: '20180607040000', body: readFileSync(page('nytimes-2018-with-correction-windows-1252.html')), contentType: 'text/html; charset=windows-1252' },
    ...capturesFromFiles(FAUCI, [{ timestamp: '20200512140000', path: page('bbc-2020-fauci.html') }]),
    ...capturesFromFiles(TRUMP, [{ timestamp: '20161129150000', path: page('cnn-2016-11-29.html') }]),
  ]);
}

interface VersionJson {
  id: string;
  capturedAt: string;
  sightings: { source: string; at: string; archive: string; captureUrl: string }[];
  change: string | null;
  title: string;
  paragraphs: string[];
  reader: string;
}
interface StoryJson {
  url: string;
  state: string;
  coverage?: string;
  archivedCaptures?: number;
  reason?: string;
  versions: VersionJson[];
}

const lines = (run: CliRun) => run.stdout.trimEnd().split('\n').filter(Boolean).map((line) => JSON.parse(line) as StoryJson);

beforeAll(ensureCliBuilt, 120_000);

// Whole processes against a server, with waits the archive asks for: more than the unit default on a busy machine.
describe('article-history history', { timeout: 60_000 }, () => {
  let archive: FakeArchive;
  let served: { base: string; close(): Promise<void> };
  let cache: string;
  beforeEach(async () => {
    archive = archiveOfFourStories();
    served = await serveArchive(archive);
    cache = mkdtempSync(join(tmpdir(), 'history-cache-'));
  });
  afterEach(async () => {
    await served.close();
    rmSync(cache, { recursive: true, force: true });
  });
  const history = (...args: string[]) => startCli(['history', ...args, '--archive', served.base]).exited;
  const asked = (url: string) => archive.requests.filter((r) => decodeURIComponent(r.url).includes(url));

  it("prints the story's timeline: each version when first seen, where the archive shows it, and its text", async () => {
    const run = await history(RAHAMI);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const story = JSON.parse(run.stdout) as StoryJson;
    expect(story).toMatchObject({ url: RAHAMI, state: 'done', archivedCaptures: 2, coverage: 'every-capture' });
    expect(story.versions.map((v) => [v.capturedAt, v.reader])).toEqual([
      ['2016-09-19T20:49:01.000Z', 'nytimes:2014'],
      ['2019-10-16T11:16:56.000Z', 'nytimes:2018-04'],
    ]);
    expect(story.versions[0]!.sightings).toEqual([
      { source: 'archive', at: '2016-09-19T20:49:01.000Z', archive: served.base.replace('http://', ''), captureUrl: `${served.base}/web/20160919204901/${RAHAMI}` },
    ]);
    expect(story.versions[0]!.title).toBe('Ahmad Khan Rahami Is Arrested in Manhattan and New Jersey Bombings');
    expect(story.versions[0]!.paragraphs.join('\n')).toContain('indiscriminantly');
    expect(story.versions[1]!.paragraphs.join('\n')).not.toContain('indiscriminantly');
    expect(story.versions.map((v) => v.change)).toEqual([null, expect.stringMatching(/\d+ paragraphs rewritten, \d+ paragraphs added, \d+ paragraphs removed/)]);
  });

  it('prints the same history as an Atom feed of its changes, or as a Markdown redline, as the sidebar exports it', async () => {
    const atom = await history(RAHAMI, '--format', 'atom');
    expect(atom).toMatchObject({ code: 0, stderr: '' });
    const feed = new DOMParser().parseFromString(atom.stdout, 'application/xml');
    const entries = [...feed.getElementsByTagNameNS(ATOM, 'entry')];
    expect(entries).toHaveLength(1);
    const entry = entries[0]!;
    expect(entry.getElementsByTagNameNS(ATOM, 'title')[0]!.textContent).toMatch(/^2 corrections changed; \d+ paragraphs rewritten/);
    expect(entry.getElementsByTagNameNS(ATOM, 'updated')[0]!.textContent).toBe('2019-10-16T11:16:56Z');
    // The old words struck, in the entry's escaped HTML.
    expect(entry.getElementsByTagNameNS(ATOM, 'content')[0]!.textContent).toMatch(/<del>[^<]*indiscriminantly/);

    const markdown = await history(RAHAMI, '--format', 'markdown');
    expect(markdown).toMatchObject({ code: 0, stderr: '' });
    expect(markdown.stdout).toMatch(/^# Ahmad Khan Rahami/);
    expect(markdown.stdout).toMatch(/~~[^~]*indiscriminantly[^~]*~~/);
  });

  it('copies with the same text in different bytes are one version seen twice', async () => {
    const story = JSON.parse((await history(MACEDONIA)).stdout) as StoryJson;
    expect(story.versions).toHaveLength(1);
    expect(story.versions[0]!.sightings.map((s) => s.at)).toEqual(['2018-06-06T04:00:00.000Z', '2018-06-07T04:00:00.000Z']);
  });

  it('a second run with --cache asks the archive nothing and prints the same timeline', async () => {
    const first = await history(RAHAMI, '--cache', cache);
    expect(first.code).toBe(0);
    const askedFirst = archive.requests.length;
    expect(askedFirst).toBe(3);
    const second = await history(RAHAMI, '--cache', cache);
    expect(second).toEqual(first);
    expect(archive.requests).toHaveLength(askedFirst);
  });

  it('one run at a time uses a cache: a second one meanwhile is refused and asks nothing; the lock goes when the first ends', async () => {
    archive.setFault({ kind: 'slow', delayMs: 1_500 });
    const first = startCli(['history', RAHAMI, '--cache', cache, '--archive', served.base]);
    await expect.poll(() => existsSync(join(cache, 'run.lock')), { timeout: 10_000 }).toBe(true);
    const second = await history(FAUCI, '--cache', cache);
    expect(second).toMatchObject({ code: 2, stdout: '' });
    expect(second.stderr).toMatch(new RegExp(`another run \\(process ${first.child.pid}\\) is using the cache ${cache}`));
    expect(asked(FAUCI)).toEqual([]);
    expect((await first.exited).code).toBe(0);
    expect(existsSync(join(cache, 'run.lock'))).toBe(false);
  });

  it('a lock left by a run that was killed is taken over', async () => {
    // The number of a process that has ended: the test's own child, waited for.
    const gone = startCli(['--version']);
    await gone.exited;
    writeFileSync(join(cache, 'run.lock'), `${gone.child.pid}\n`);
    const run = await history(RAHAMI, '--cache', cache);
    expect(run.code).toBe(0);
    expect(existsSync(join(cache, 'run.lock'))).toBe(false);
  });

  it('--urls prints one line a story; a run killed halfway resumes from the cache without asking again for what it had', async () => {
    const list = join(cache, 'stories.txt');
    writeFileSync(list, `# four stories\n${RAHAMI}\n${MACEDONIA}\n\n${FAUCI}\n${TRUMP}\n`);
    const dir = join(cache, 'cache');
    // Slow copies, so that the kill lands with some stories done and others not.
    archive.setFault({ kind: 'slow', delayMs: 400 }, 'memento');
    const killed = startCli(['history', '--urls', list, '--cache', dir, '--archive', served.base]);
    await waitFor(() => killed.stdout().includes('\n'), 30_000);
    killed.child.kill('SIGKILL');
    await killed.exited;
    const finished = lines({ code: null, stdout: killed.stdout().slice(0, killed.stdout().lastIndexOf('\n')), stderr: '' });
    expect(finished.length).toBeGreaterThanOrEqual(1);
    expect(finished.length).toBeLessThan(4);
    const askedBefore = archive.requests.length;

    archive.setFault(null);
    const resumed = await history('--urls', list, '--cache', dir);
    expect(resumed.code).toBe(0);
    const stories = lines(resumed);
    expect(stories.map((s) => s.url).sort()).toEqual([RAHAMI, MACEDONIA, FAUCI, TRUMP].sort());
    expect(stories.every((s) => s.state === 'done')).toBe(true);
    const askedAfterKill = archive.requests.slice(askedBefore);
    for (const done of finished) {
      expect(askedAfterKill.filter((r) => decodeURIComponent(r.url).includes(done.url))).toEqual([]);
      expect(stories.find((s) => s.url === done.url)).toEqual(done);
    }
    // Each story is listed once and each distinct copy read once over both runs, but for answers the kill cut off.
    const listings = archive.requests.filter((r) => r.url.startsWith('/cdx/'));
    expect(listings.length).toBeLessThanOrEqual(4 + (4 - finished.length));
    expect(asked(RAHAMI).length + asked(MACEDONIA).length + asked(FAUCI).length + asked(TRUMP).length).toBe(archive.requests.length);
  });

  it('--urls - reads the list from standard input, and a story listed twice is looked up once', async () => {
    const run = startCli(['history', '--urls', '-', '--archive', served.base], { stdin: `${FAUCI}\n${FAUCI}?at_medium=RSS\n${TRUMP}\n` });
    const printed = lines(await run.exited);
    expect(printed.map((s) => s.url).sort()).toEqual([FAUCI, TRUMP].sort());
    expect(archive.requests.filter((r) => r.url.startsWith('/cdx/'))).toHaveLength(2);
  });

  it("waits out the archive's 429 for as long as Retry-After says, asking nothing meanwhile", async () => {
    archive.setFault({ kind: 'rate-limit', retryAfterSeconds: 2, times: 1 }, 'cdx');
    const run = await history(RAHAMI);
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as StoryJson).versions).toHaveLength(2);
    expect(archive.rateLimited).toHaveLength(1);
    const limitedAt = archive.rateLimited[0]!.at;
    const after = archive.requests.filter((r) => r.at > limitedAt);
    expect(after.length).toBe(3);
    expect(after[0]!.at - limitedAt).toBeGreaterThanOrEqual(2_000);
    expect(archive.blocks).toEqual([]);
  });

  it('a pause the archive asked for holds in the next run too', async () => {
    archive.setFault({ kind: 'rate-limit', retryAfterSeconds: 3, times: 1 }, 'cdx');
    const first = startCli(['history', RAHAMI, '--cache', cache, '--archive', served.base]);
    // Killed once it has taken the 429 in (a process killed before reading the answer never knew of it).
    const pausePath = join(cache, 'politeness.json');
    await waitFor(() => existsSync(pausePath) && (JSON.parse(readFileSync(pausePath, 'utf8')) as { pauses: unknown[] }).pauses.length > 0, 30_000);
    first.child.kill('SIGKILL');
    await first.exited;
    const limitedAt = archive.rateLimited[0]!.at;
    const second = await history(RAHAMI, '--cache', cache);
    expect(second.code).toBe(0);
    expect(archive.requests.filter((r) => r.at > limitedAt)[0]!.at - limitedAt).toBeGreaterThanOrEqual(3_000);
  });
});

describe('article-history history refuses', () => {
  it.each([
    [['history'], /expected the story's URL, or --urls <file>/],
    [['history', 'not a url'], /not an http\(s\) URL: not a url/],
    [['history', RAHAMI, '--format', 'pdf'], /unknown format 'pdf'/],
    [['history', RAHAMI, '--urls', '/nonexistent'], /either a URL or --urls, not both/],
    [['history', '--urls', '/nonexistent/list.txt'], /cannot read \/nonexistent\/list\.txt/],
    [['history', '--urls', '-', '--format', 'atom'], /--urls prints JSON Lines; --format atom takes one story/],
  ])('%j with exit 2 and says why, asking no archive', (args, reason) => {
    // An archive address nothing listens on: a request would fail, not hang.
    const run = runCli([...args, '--archive', 'http://127.0.0.1:9']);
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toMatch(reason);
  });

  it('is listed in --help, with its options in history --help', () => {
    expect(runCli(['--help']).stdout).toMatch(/^ {2}history <url> \| --urls <file> +a story's versions/m);
    const help = runCli(['history', '--help']);
    expect(help.code).toBe(0);
    for (const option of ['--urls <file|->', '--format <format>', '--cache <dir>', '--archive <url>', 'exit codes: 0']) expect(help.stdout).toContain(option);
  });
});

async function waitFor(condition: () => boolean, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
