/**
 * The history engine's cache on the command line: one append-only JSON Lines file per story in
 * `<dir>/stories/`, so that a run killed at any moment keeps everything it had learnt up to the
 * last whole line, and the next run resumes from there. A line torn by the kill is skipped, as
 * is any line that fails its record's check (the same checks as the extension's store): a bad
 * line must not stop a story, and what it held is fetched again. The newest line about a thing
 * wins. Without a directory, the cache lives in memory for one run.
 */
import { createHash } from 'node:crypto';
import { appendFileSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../core/article.ts';
import { articleShape, isString, isStringArray, shaped } from '../core/shape.ts';
import type { Capture } from '../sources/source.ts';
import { captureKey, type CachedArticle, type CachedCapture, type CachedCaptureList, type CachedResult, type CachedVisit, type HistoryCache } from '../background/history-cache.ts';
import { RECORD_GUARDS } from '../background/store-records.ts';
import type { CaptureRecord, JobRecord } from '../background/store-schema.ts';

type Line =
  | { t: 'story'; url: string }
  | { t: 'list'; source: string; fetchedAt: number; captures: Capture[] }
  | { t: 'text'; hash: string; article: Article }
  | { t: 'capture'; record: CaptureRecord }
  | { t: 'visit'; visit: Omit<CachedVisit, 'article'> }
  | { t: 'job'; record: JobRecord };

interface Story {
  url: string;
  lists: Map<string, CachedCaptureList>;
  texts: Map<string, Article>;
  captures: Map<string, CaptureRecord>;
  visits: Omit<CachedVisit, 'article'>[];
  job: JobRecord | undefined;
  /** The story's file exists (it starts with the story's URL). */
  onDisk: boolean;
  /** The file ends in the middle of a line (a kill while writing): the next line starts on a new one. */
  torn: boolean;
}

const isArticle = shaped<Article>(articleShape({ url: isString, paragraphs: isStringArray, reader: isString }));
const isVisit = shaped({ firstSeenAt: isString, lastSeenAt: isString, hash: isString });

export class FileHistoryCache implements HistoryCache {
  private readonly stories = new Map<string, Story>();

  /** `dir` null: nothing is written, the cache lasts one run. */
  constructor(private readonly dir: string | null) {
    if (dir) mkdirSync(join(dir, 'stories'), { recursive: true });
  }

  async loadArticle(url: string): Promise<CachedArticle> {
    const story = this.story(url);
    const captures: CachedCapture[] = [];
    for (const { key, source, capture, result } of story.captures.values()) {
      if (result.kind === 'unusable') captures.push({ key, source, capture, result });
      else {
        const article = story.texts.get(result.hash);
        // A capture whose text line was lost is fetched again.
        if (article) captures.push({ key, source, capture, result: { ...result, article } });
      }
    }
    const visits = story.visits.flatMap((visit) => {
      const article = story.texts.get(visit.hash);
      return article ? [{ ...visit, article }] : [];
    });
    return { captures, visits };
  }

  async putCapture(url: string, source: string, capture: Capture, result: CachedResult, fetchedAt: number): Promise<CachedCapture> {
    const story = this.story(url);
    if (result.kind === 'text') this.putText(story, result.hash, result.article);
    const stored: CaptureRecord['result'] =
      result.kind === 'text' ? { kind: 'text', hash: result.hash } : { kind: 'unusable', reason: result.reason, ...(result.retryAfter ? { retryAfter: result.retryAfter } : {}) };
    const record: CaptureRecord = { key: captureKey(source, url, capture), url, source, capture, fetchedAt, result: stored };
    story.captures.set(record.key, record);
    this.append(story, { t: 'capture', record });
    return { key: record.key, source, capture, result };
  }

  async getCaptureList(source: string, url: string): Promise<CachedCaptureList | undefined> {
    return this.story(url).lists.get(source);
  }

  async putCaptureList(source: string, url: string, captures: Capture[], fetchedAt = Date.now()): Promise<void> {
    const story = this.story(url);
    story.lists.set(source, { fetchedAt, captures });
    this.append(story, { t: 'list', source, fetchedAt, captures });
  }

  async recordVisit(url: string, hash: string, article: Article, at: string): Promise<CachedVisit> {
    const story = this.story(url);
    const last = story.visits.at(-1);
    const visit = last && last.hash === hash ? { ...last, lastSeenAt: at } : { firstSeenAt: at, lastSeenAt: at, hash };
    this.putText(story, hash, article);
    story.visits = [...story.visits.filter((v) => v.firstSeenAt !== visit.firstSeenAt), visit];
    this.append(story, { t: 'visit', visit });
    return { ...visit, article };
  }

  async getJob(url: string): Promise<JobRecord | undefined> {
    return this.story(url).job;
  }

  async putJob(job: JobRecord): Promise<void> {
    const story = this.story(job.url);
    story.job = structuredClone(job);
    this.append(story, { t: 'job', record: story.job });
  }

  async unfinishedJobs(): Promise<JobRecord[]> {
    if (this.dir) for (const name of readdirSync(join(this.dir, 'stories'))) this.loadFile(join(this.dir, 'stories', name));
    return [...this.stories.values()].flatMap((story) => (story.job && story.job.status.kind !== 'settled' ? [story.job] : []));
  }

  async clearArticle(url: string): Promise<void> {
    this.stories.delete(url);
    if (this.dir) rmSync(this.file(url), { force: true });
  }

  async clearAll(): Promise<void> {
    this.stories.clear();
    if (this.dir) {
      rmSync(join(this.dir, 'stories'), { recursive: true, force: true });
      mkdirSync(join(this.dir, 'stories'), { recursive: true });
    }
  }

  /** Lets go of a story's records in memory; they are read from its file again when asked for. */
  release(url: string): void {
    if (this.dir) this.stories.delete(url);
  }

  /** A researcher's cache is theirs to delete: nothing is evicted. */
  async evict(): Promise<string[]> {
    return [];
  }

  private putText(story: Story, hash: string, article: Article): void {
    if (story.texts.has(hash)) return;
    story.texts.set(hash, article);
    this.append(story, { t: 'text', hash, article });
  }

  private story(url: string): Story {
    const known = this.stories.get(url);
    if (known) return known;
    const loaded = this.dir ? this.loadFile(this.file(url)) : null;
    const story = loaded?.url === url ? loaded : newStory(url);
    this.stories.set(url, story);
    return story;
  }

  private file(url: string): string {
    return join(this.dir!, 'stories', `${createHash('sha256').update(url).digest('hex').slice(0, 32)}.jsonl`);
  }

  /** Reads one story's file into memory; null when there is none (or it names no story). */
  private loadFile(path: string): Story | null {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      return null;
    }
    const lines = text.split('\n');
    const head = parseLine(lines[0] ?? '');
    if (head?.t !== 'story') {
      // Killed while its first line was written: nothing in it can be read.
      rmSync(path, { force: true });
      return null;
    }
    const known = this.stories.get(head.url);
    if (known) return known;
    const story = newStory(head.url);
    story.onDisk = true;
    story.torn = text !== '' && !text.endsWith('\n');
    for (const raw of lines.slice(1)) {
      if (raw === '') continue;
      const line = parseLine(raw);
      if (line) apply(story, line);
    }
    this.stories.set(story.url, story);
    return story;
  }

  private append(story: Story, line: Line): void {
    if (!this.dir) return;
    const head = story.onDisk ? '' : `${JSON.stringify({ t: 'story', url: story.url })}\n`;
    appendFileSync(this.file(story.url), `${story.torn ? '\n' : ''}${head}${JSON.stringify(line)}\n`);
    story.torn = false;
    story.onDisk = true;
  }
}

function newStory(url: string): Story {
  return { url, lists: new Map(), texts: new Map(), captures: new Map(), visits: [], job: undefined, onDisk: false, torn: false };
}

function parseLine(raw: string): Line | null {
  try {
    const line = JSON.parse(raw) as unknown;
    return typeof line === 'object' && line !== null && 't' in line ? (line as Line) : null;
  } catch {
    return null;
  }
}

/** Applies a line read from disk; one that fails its record's check is skipped, and what it held is fetched again. */
function apply(story: Story, line: Line): void {
  switch (line.t) {
    case 'list': {
      const record = { key: '', url: story.url, source: line.source, fetchedAt: line.fetchedAt, captures: line.captures };
      if (RECORD_GUARDS.captureLists(record)) story.lists.set(line.source, { fetchedAt: line.fetchedAt, captures: line.captures });
      return;
    }
    case 'text':
      if (isString(line.hash) && isArticle(line.article)) story.texts.set(line.hash, line.article);
      return;
    case 'capture':
      if (RECORD_GUARDS.captures(line.record) && line.record.url === story.url) story.captures.set(line.record.key, line.record);
      return;
    case 'visit':
      if (isVisit(line.visit)) story.visits = [...story.visits.filter((v) => v.firstSeenAt !== line.visit.firstSeenAt), line.visit];
      return;
    case 'job':
      if (RECORD_GUARDS.jobs(line.record) && line.record.url === story.url) story.job = line.record;
      return;
    case 'story':
      return;
  }
}
