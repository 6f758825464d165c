/**
 * The command line's cache on disk: what one run learnt is there for the next, also when the
 * run was killed in the middle of writing a line, and a line that was tampered with is skipped
 * rather than used.
 */
import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Article } from '../../src/core/article.ts';
import { FileHistoryCache } from '../../src/cli/file-cache.ts';

const URL_ = 'https://www.nytimes.com/2016/09/20/nyregion/x.html';
const SOURCE = 'web.archive.org';
const article = (paragraphs: string[]): Article => ({
  url: URL_, site: 'nytimes', reader: 'nytimes:2014', title: 'Bombing suspect is captured', byline: null, publishedAt: null, modifiedAt: null,
  corrections: [], paragraphs, partial: false, liveBlog: false,
});
const first = { timestamp: '20160919204901', original: URL_, digest: 'A' };
const second = { timestamp: '20191016111656', original: URL_, digest: 'B' };

describe('the CLI cache on disk', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'file-cache-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const storyFile = () => join(dir, 'stories', readdirSync(join(dir, 'stories'))[0]!);

  it('a new run reads what an earlier one stored: the list with its time, each capture with its text or why it is unusable, the job', async () => {
    const run = new FileHistoryCache(dir);
    await run.putCaptureList(SOURCE, URL_, [first, second], 1_000);
    await run.putCapture(URL_, SOURCE, first, { kind: 'text', hash: 'h1', article: article(['One.']) }, 2_000);
    await run.putCapture(URL_, SOURCE, second, { kind: 'unusable', reason: 'moved' }, 3_000);
    await run.putJob({ url: URL_, thorough: false, failedRuns: 0, captureFailures: {}, status: { kind: 'settled', at: 4_000 } });

    const next = new FileHistoryCache(dir);
    expect(await next.getCaptureList(SOURCE, URL_)).toEqual({ fetchedAt: 1_000, captures: [first, second] });
    const { captures } = await next.loadArticle(URL_);
    expect(captures.map((c) => [c.capture.timestamp, c.result.kind === 'text' ? c.result.article.paragraphs : c.result.reason])).toEqual([
      ['20160919204901', ['One.']],
      ['20191016111656', 'moved'],
    ]);
    expect((await next.getJob(URL_))?.status).toEqual({ kind: 'settled', at: 4_000 });
  });

  it('a line cut short by a kill is skipped, and the lines written after it by the next run are read', async () => {
    const run = new FileHistoryCache(dir);
    await run.putCapture(URL_, SOURCE, first, { kind: 'text', hash: 'h1', article: article(['One.']) }, 2_000);
    appendFileSync(storyFile(), '{"t":"capture","record":{"key":"web.archive.org|2019');

    const resumed = new FileHistoryCache(dir);
    expect((await resumed.loadArticle(URL_)).captures).toHaveLength(1);
    await resumed.putCapture(URL_, SOURCE, second, { kind: 'text', hash: 'h2', article: article(['One.', 'Two.']) }, 3_000);

    const after = new FileHistoryCache(dir);
    expect((await after.loadArticle(URL_)).captures.map((c) => c.capture.timestamp)).toEqual(['20160919204901', '20191016111656']);
  });

  it('a line that fails its check is not used: the capture whose text it held counts as not fetched', async () => {
    const run = new FileHistoryCache(dir);
    await run.putCapture(URL_, SOURCE, first, { kind: 'text', hash: 'h1', article: article(['One.']) }, 2_000);
    const file = storyFile();
    writeFileSync(file, readFileSync(file, 'utf8').replace('"paragraphs":["One."]', '"paragraphs":"One."'));
    expect((await new FileHistoryCache(dir).loadArticle(URL_)).captures).toEqual([]);
  });

  it('a file killed while its first line was written is started again', async () => {
    const run = new FileHistoryCache(dir);
    await run.putCaptureList(SOURCE, URL_, [first], 1_000);
    const file = storyFile();
    writeFileSync(file, '{"t":"sto');
    const next = new FileHistoryCache(dir);
    expect(await next.getCaptureList(SOURCE, URL_)).toBeUndefined();
    await next.putCaptureList(SOURCE, URL_, [first, second], 5_000);
    expect(await new FileHistoryCache(dir).getCaptureList(SOURCE, URL_)).toEqual({ fetchedAt: 5_000, captures: [first, second] });
  });
});
