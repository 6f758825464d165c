/**
 * What the history engine (HistoryService, CaptureResolver) asks of the place it keeps what it
 * learnt: the IndexedDB store in the extension (store.ts), files on disk on the command line
 * (src/cli/file-cache.ts). Free of IndexedDB, so that the engine runs in Node unchanged. An
 * archived capture never changes, so what it turned out to be is kept for good; a list of
 * captures goes stale as the archive crawls, so it has a TTL.
 */
import type { Article } from '../core/article.ts';
import type { Capture } from '../sources/source.ts';
import type { JobRecord, UnusableReason } from './store-schema.ts';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** A story still being edited is re-listed often; an old one rarely changes. */
export function captureListTtl(newestCapture: string | undefined, now = Date.now()): number {
  if (!newestCapture) return 30 * MINUTE;
  const age = now - Date.parse(newestCapture);
  if (age < 2 * DAY) return 15 * MINUTE;
  if (age < 30 * DAY) return 6 * 60 * MINUTE;
  return 7 * DAY;
}

/** One capture of one article in one archive: the cache's key for it, also used to count its failures. */
export function captureKey(source: string, url: string, capture: Capture): string {
  return `${source}|${capture.timestamp}|${url}`;
}

/** What a capture turned out to be, with its text resolved back into an Article. */
export type CachedResult = { kind: 'text'; hash: string; article: Article } | { kind: 'unusable'; reason: UnusableReason; retryAfter?: number };

export interface CachedCapture {
  key: string;
  /** The archive it was fetched from (ArchiveSource.id). */
  source: string;
  capture: Capture;
  result: CachedResult;
}

export interface CachedVisit {
  firstSeenAt: string;
  lastSeenAt: string;
  hash: string;
  article: Article;
}

/** Everything known about one article, read in one go when its job starts. */
export interface CachedArticle {
  captures: CachedCapture[];
  visits: CachedVisit[];
}

export interface CachedCaptureList {
  fetchedAt: number;
  captures: Capture[];
}

export interface HistoryCache {
  loadArticle(url: string): Promise<CachedArticle>;
  /** Stores what one capture turned out to be; returns what it stored. */
  putCapture(url: string, source: string, capture: Capture, result: CachedResult, fetchedAt: number): Promise<CachedCapture>;
  getCaptureList(source: string, url: string): Promise<CachedCaptureList | undefined>;
  putCaptureList(source: string, url: string, captures: Capture[], fetchedAt?: number): Promise<void>;
  /** Records a sighting of the live page; returns the visit as it now stands. */
  recordVisit(url: string, hash: string, article: Article, at: string): Promise<CachedVisit>;
  getJob(url: string): Promise<JobRecord | undefined>;
  putJob(job: JobRecord): Promise<void>;
  /** Jobs a stopped process left running or waiting. */
  unfinishedJobs(): Promise<JobRecord[]>;
  clearArticle(url: string): Promise<void>;
  clearAll(): Promise<void>;
  /** Keeps the cache under its cap, never evicting `keep`; returns the evicted URLs. */
  evict(keep?: readonly string[]): Promise<string[]>;
}
