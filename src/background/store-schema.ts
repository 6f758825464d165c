/**
 * The IndexedDB layout and its migrations. Every schema version the extension ever shipped
 * is upgraded in order, so a cache written by any earlier release opens with nothing lost.
 *
 * v1 (the walking skeleton): captures and visits each held a whole Article.
 * v2: an article's texts live once in `versions` (key `url|hash`), their paragraphs once in
 *     `paragraphs` (keyed by a hash of the display text), captures and visits point at a
 *     version by hash; `articles` tracks size and last view for the cache cap; `jobs` and
 *     `pauses` hold what a restarted service worker needs to carry on.
 * v3: the same layout; a version's hash (`articleKey`) now keeps the text's structure, so every
 *     stored version is re-keyed, and the captures and visits that point at it follow.
 * v4: `budgets` holds the requests recently made of each archive host (rate-budget.ts), so a
 *     restarted worker or browser does not start again from a full budget.
 * v5: `follows` holds the stories the reader follows: when each is checked next, what the last
 *     check found, and the change the reader has not seen yet.
 */
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { Article } from '../core/article.ts';
import { articleKey } from '../core/article-key.ts';
import { hashString } from '../core/hash.ts';
import type { ChangeCounts } from '../core/change-summary.ts';
import type { FollowFailure } from '../core/follow-check.ts';
import type { FollowSchedule } from '../core/follow-schedule.ts';
import type { FailureReason } from '../core/history.ts';
import type { PauseRecord } from '../sources/archive-pause.ts';
import type { BudgetRecord } from '../sources/rate-budget.ts';
import { RECORD_GUARDS } from './store-records.ts';
import type { Capture } from '../sources/source.ts';

export const DB_VERSION = 5;

/**
 * An Article whose paragraphs are keys into the `paragraphs` store. Its reader is absent on
 * versions stored before readers were recorded: `storedReader` says what is known of it.
 */
export type StoredArticleText = Omit<Article, 'paragraphs' | 'reader'> & { paragraphs: number[]; reader?: string };

/**
 * Why a capture gave no version. Each is a fact about archived bytes that never change, so it
 * is cached for good, except `unreachable` (a capture that kept failing while the archive
 * answered for others), which is tried again after `retryAfter`. `too-large`: no story in the
 * part of its body within MAX_CAPTURE_BYTES.
 */
export type UnusableReason = 'no-article' | 'not-archived' | 'moved' | 'unreachable' | 'too-large';

export type CaptureResult = { kind: 'text'; hash: string } | { kind: 'unusable'; reason: UnusableReason; retryAfter?: number };

export interface CaptureRecord {
  /** `${source}|${timestamp}|${url}` */
  key: string;
  url: string;
  source: string;
  capture: Capture;
  fetchedAt: number;
  result: CaptureResult;
}

export interface VersionRecord {
  /** `${url}|${hash}` */
  key: string;
  url: string;
  hash: string;
  article: StoredArticleText;
}

export interface ParagraphRecord {
  /** hashString(text), or the next free key on the (unlikely) collision. */
  id: number;
  text: string;
  /** Articles that use it: a paragraph is deleted with the last of them. */
  urls: string[];
}

export interface VisitRecord {
  id?: number;
  url: string;
  firstSeenAt: string;
  lastSeenAt: string;
  hash: string;
}

export interface CaptureListRecord {
  key: string;
  url: string;
  source: string;
  fetchedAt: number;
  captures: Capture[];
}

export interface ArticleRecord {
  url: string;
  lastViewedAt: number;
  /** Approximate size of everything stored for the article, in characters. */
  bytes: number;
}

/** Why a job is waiting, so that a restarted worker tells the reader the same thing. */
export type WaitReason = { kind: 'rate-limited' } | { kind: 'failed'; reason: FailureReason };

export type JobStatus =
  | { kind: 'running'; since: number }
  | { kind: 'waiting'; retryAt: number; why: WaitReason }
  | { kind: 'settled'; at: number };

export interface JobRecord {
  url: string;
  thorough: boolean;
  /** Consecutive runs ended by a transient failure; each doubles the wait before the next. */
  failedRuns: number;
  /** Failed fetches per capture key. */
  captureFailures: Record<string, number>;
  status: JobStatus;
  /**
   * The reader saved the page to the archive: the capture list is asked for again, past its TTL,
   * until it holds a capture from `timestamp` on, at most `checksLeft` more times.
   */
  awaitingCapture?: { timestamp: string; checksLeft: number };
}

/** What the last check of a followed story found; a failure is a state of the story, never a version. */
export type FollowCheckRecord = { at: number; result: 'changed' | 'unchanged' } | { at: number; result: 'failed'; failure: FollowFailure };

export interface FollowRecord {
  url: string;
  title: string;
  schedule: FollowSchedule;
  /** The text the next check compares with (a key of `versions`): the newest the reader or a check saw. */
  lastHash: string;
  lastCheck: FollowCheckRecord | null;
  /** The newest change a check found: when, the text it led to, and what changed. */
  lastChange: { at: number; toHash: string; counts: ChangeCounts } | null;
  /** The reader has not opened the sidebar on the story since `lastChange`. */
  unseen: boolean;
}

export interface HistoryDB extends DBSchema {
  captures: { key: string; value: CaptureRecord; indexes: { url: string } };
  captureLists: { key: string; value: CaptureListRecord; indexes: { url: string } };
  visits: { key: number; value: VisitRecord; indexes: { url: string } };
  versions: { key: string; value: VersionRecord; indexes: { url: string } };
  paragraphs: { key: number; value: ParagraphRecord; indexes: { urls: string } };
  articles: { key: string; value: ArticleRecord; indexes: { lastViewedAt: number } };
  jobs: { key: string; value: JobRecord };
  pauses: { key: string; value: PauseRecord };
  budgets: { key: string; value: BudgetRecord };
  follows: { key: string; value: FollowRecord };
}

type Names = StoreNames<HistoryDB>;
type UpgradeTx = IDBPTransaction<HistoryDB, Names[], 'versionchange'>;

/** What a version write needs: works inside a normal transaction and inside an upgrade. */
interface RecordStore<V, K> {
  get(key: K): Promise<V | undefined>;
  put(value: V): Promise<unknown>;
}
export interface VersionStores {
  versions: RecordStore<VersionRecord, string>;
  paragraphs: RecordStore<ParagraphRecord, number>;
}

export const versionKey = (url: string, hash: string) => `${url}|${hash}`;

/** A rough size for the cache cap: characters of what is stored, plus a little per record. */
const RECORD_OVERHEAD = 100;
export const captureSize = (record: CaptureRecord) => RECORD_OVERHEAD + record.capture.original.length;
export const visitSize = () => RECORD_OVERHEAD;

/**
 * Stores one text of an article, its paragraphs once each. Returns the characters it added
 * for this article (a paragraph already used by the article adds nothing).
 */
export async function putVersion(stores: VersionStores, url: string, hash: string, article: Article): Promise<number> {
  const key = versionKey(url, hash);
  // An unreadable record under the key is overwritten, not trusted.
  if (RECORD_GUARDS.versions(await stores.versions.get(key))) return 0;
  let added = RECORD_OVERHEAD;
  const ids: number[] = [];
  for (const text of article.paragraphs) {
    const { id, bytes } = await linkParagraph(stores.paragraphs, text, url);
    ids.push(id);
    added += bytes;
  }
  const stored: StoredArticleText = { ...article, paragraphs: ids };
  await stores.versions.put({ key, url, hash, article: stored });
  return added + JSON.stringify(stored).length;
}

async function linkParagraph(paragraphs: VersionStores['paragraphs'], text: string, url: string): Promise<{ id: number; bytes: number }> {
  // Linear probing: a 53-bit hash collides almost never, but a wrong paragraph must be impossible.
  for (let id = hashString(text); ; id++) {
    const existing = await paragraphs.get(id);
    if (!RECORD_GUARDS.paragraphs(existing)) {
      await paragraphs.put({ id, text, urls: [url] });
      return { id, bytes: text.length };
    }
    if (existing.text !== text) continue;
    if (existing.urls.includes(url)) return { id, bytes: 0 };
    await paragraphs.put({ ...existing, urls: [...existing.urls, url] });
    return { id, bytes: text.length };
  }
}

export async function upgrade(db: IDBPDatabase<HistoryDB>, oldVersion: number, tx: UpgradeTx): Promise<void> {
  if (oldVersion < 1) createV1(db);
  if (oldVersion < 2) await migrateToV2(db, tx, oldVersion);
  if (oldVersion >= 1 && oldVersion < 3) await rekeyVersions(tx);
  if (oldVersion < 4) db.createObjectStore('budgets', { keyPath: 'host' });
  if (oldVersion < 5) db.createObjectStore('follows', { keyPath: 'url' });
}

function createV1(db: IDBPDatabase<HistoryDB>): void {
  db.createObjectStore('captures', { keyPath: 'key' }).createIndex('url', 'url');
  db.createObjectStore('captureLists', { keyPath: 'key' });
  db.createObjectStore('visits', { keyPath: 'id', autoIncrement: true }).createIndex('url', 'url');
}

/** v1 records, as the walking skeleton wrote them. */
type V1CaptureResult = { kind: 'text'; hash: string; article: Article } | { kind: 'unusable'; reason: string };
type V1Visit = VisitRecord & { article: Article };

async function migrateToV2(db: IDBPDatabase<HistoryDB>, tx: UpgradeTx, oldVersion: number): Promise<void> {
  db.createObjectStore('versions', { keyPath: 'key' }).createIndex('url', 'url');
  db.createObjectStore('paragraphs', { keyPath: 'id' }).createIndex('urls', 'urls', { multiEntry: true });
  db.createObjectStore('articles', { keyPath: 'url' }).createIndex('lastViewedAt', 'lastViewedAt');
  db.createObjectStore('jobs', { keyPath: 'url' });
  db.createObjectStore('pauses', { keyPath: 'host' });
  tx.objectStore('captureLists').createIndex('url', 'url');
  if (oldVersion < 1) return;

  const stores: VersionStores = { versions: tx.objectStore('versions'), paragraphs: tx.objectStore('paragraphs') };
  const articles = new Map<string, ArticleRecord>();
  const account = (url: string, bytes: number, viewedAt: number) => {
    const entry = articles.get(url) ?? { url, lastViewedAt: 0, bytes: 0 };
    entry.bytes += bytes;
    entry.lastViewedAt = Math.max(entry.lastViewedAt, viewedAt);
    articles.set(url, entry);
  };

  for (let cursor = await tx.objectStore('captures').openCursor(); cursor; cursor = await cursor.continue()) {
    const record = cursor.value;
    const old = record.result as unknown as V1CaptureResult;
    if (old.kind === 'text') {
      const added = await putVersion(stores, record.url, old.hash, old.article);
      const migrated: CaptureRecord = { ...record, result: { kind: 'text', hash: old.hash } };
      await cursor.update(migrated);
      account(record.url, added + captureSize(migrated), record.fetchedAt);
    } else if (old.reason === 'no-article' || old.reason === 'not-archived') {
      account(record.url, captureSize(record), record.fetchedAt);
    } else {
      // v1 cached "excluded" for good; an exclusion can be lifted, so it is asked again.
      await cursor.delete();
    }
  }

  for (let cursor = await tx.objectStore('visits').openCursor(); cursor; cursor = await cursor.continue()) {
    const { article, ...visit } = cursor.value as V1Visit;
    const added = await putVersion(stores, visit.url, visit.hash, article);
    await cursor.update(visit);
    account(visit.url, added + visitSize(), Date.parse(visit.lastSeenAt) || 0);
  }

  for (let cursor = await tx.objectStore('captureLists').openCursor(); cursor; cursor = await cursor.continue()) {
    account(cursor.value.url, JSON.stringify(cursor.value.captures).length, cursor.value.fetchedAt);
  }

  for (const entry of articles.values()) await tx.objectStore('articles').put(entry);
}

/**
 * v3: each version under the hash of its text as `articleKey` computes it now. Hashes are
 * renamed per article, and the captures and visits that name an old hash are pointed at the
 * new one. A version whose paragraphs are missing is left as it was: loading skips it, and the
 * captures that saw it are fetched again.
 */
async function rekeyVersions(tx: UpgradeTx): Promise<void> {
  const versions = tx.objectStore('versions');
  const paragraphs = tx.objectStore('paragraphs');
  const renamed = new Map<string, string>();
  for (let cursor = await versions.openCursor(); cursor; cursor = await cursor.continue()) {
    const record = cursor.value;
    const texts = await Promise.all(record.article.paragraphs.map((id) => paragraphs.get(id)));
    if (texts.some((paragraph) => paragraph === undefined)) continue;
    const hash = articleKey({ ...record.article, paragraphs: texts.map((paragraph) => paragraph!.text) });
    if (hash === record.hash) continue;
    renamed.set(record.key, hash);
    await cursor.delete();
    await versions.put({ ...record, key: versionKey(record.url, hash), hash });
  }
  if (renamed.size === 0) return;
  const newHash = (url: string, hash: string) => renamed.get(versionKey(url, hash));

  for (let cursor = await tx.objectStore('captures').openCursor(); cursor; cursor = await cursor.continue()) {
    const { result, url } = cursor.value;
    const hash = result.kind === 'text' ? newHash(url, result.hash) : undefined;
    if (hash) await cursor.update({ ...cursor.value, result: { kind: 'text', hash } });
  }
  for (let cursor = await tx.objectStore('visits').openCursor(); cursor; cursor = await cursor.continue()) {
    const hash = newHash(cursor.value.url, cursor.value.hash);
    if (hash) await cursor.update({ ...cursor.value, hash });
  }
}
