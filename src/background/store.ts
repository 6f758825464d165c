/**
 * The IndexedDB cache. An archived capture never changes, so its extracted text is kept for
 * good; the list of captures goes stale as the archive crawls, so it has a TTL. Visits are
 * the reader's own sightings of the live page. Texts and paragraphs are stored once (see
 * store-schema.ts); the cache has a size cap, and the articles viewed least recently go first.
 */
import { openDB, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { Article } from '../core/article.ts';
import { storedReader } from '../core/reader.ts';
import type { PauseRecord } from '../sources/archive-pause.ts';
import type { BudgetRecord } from '../sources/rate-budget.ts';
import type { Capture } from '../sources/source.ts';
import { captureKey, type CachedArticle, type CachedCapture, type CachedResult, type CachedVisit, type HistoryCache } from './history-cache.ts';
import { RECORD_GUARDS } from './store-records.ts';
import {
  captureSize,
  DB_VERSION,
  putVersion,
  upgrade,
  versionKey,
  visitSize,
  type ArticleRecord,
  type CaptureListRecord,
  type CaptureRecord,
  type CaptureResult,
  type FollowRecord,
  type HistoryDB,
  type JobRecord,
  type VersionRecord,
} from './store-schema.ts';

export { DB_VERSION } from './store-schema.ts';
export type { FollowCheckRecord, FollowRecord, JobRecord, JobStatus, UnusableReason, WaitReason } from './store-schema.ts';
export { captureListTtl } from './history-cache.ts';
export type { CachedArticle, CachedCapture, CachedResult, CachedVisit } from './history-cache.ts';

export const DB_NAME = 'article-history';
/** Default cache cap: a few thousand articles' histories. */
export const DEFAULT_CAP_BYTES = 50_000_000;

export interface StoreOptions {
  capBytes?: number;
}

type Names = StoreNames<HistoryDB>;
const ARTICLE_STORES: Names[] = ['captures', 'captureLists', 'visits', 'versions', 'paragraphs', 'articles', 'jobs'];

export class HistoryStore implements HistoryCache {
  private constructor(
    private readonly db: IDBPDatabase<HistoryDB>,
    private readonly capBytes: number,
  ) {}

  static async open(name = DB_NAME, options: StoreOptions = {}): Promise<HistoryStore> {
    const db = await openDB<HistoryDB>(name, DB_VERSION, {
      upgrade: (database, oldVersion, _newVersion, transaction) => upgrade(database, oldVersion, transaction),
    });
    return new HistoryStore(db, options.capBytes ?? DEFAULT_CAP_BYTES);
  }

  /** One capture of one article in one archive: the store's key for it, also used to count its failures. */
  static captureKey(source: string, url: string, capture: Capture): string {
    return captureKey(source, url, capture);
  }

  private static captureListKey(source: string, url: string): string {
    return `${source}|${url}`;
  }

  close(): void {
    this.db.close();
  }

  async loadArticle(url: string): Promise<CachedArticle> {
    const tx = this.db.transaction(['captures', 'visits', 'versions', 'paragraphs'], 'readonly');
    const byUrl = <S extends 'captures' | 'visits' | 'versions'>(name: S) => {
      const index = tx.objectStore(name).index('url');
      const only = IDBKeyRange.only(url);
      return Promise.all([index.getAll(only), index.getAllKeys(only)]).then(([records, keys]) => this.valid(name, records, keys));
    };
    const [captures, visits, versions] = await Promise.all([byUrl('captures'), byUrl('visits'), byUrl('versions')]);
    const paragraphs = tx.objectStore('paragraphs');
    const articles = new Map<string, Article>();
    const broken: string[] = [];
    for (const version of versions) {
      const article = await resolveText(version, (id) => paragraphs.get(id));
      if (article) articles.set(version.hash, article);
      else broken.push(version.key);
    }
    await tx.done;
    // A text with a paragraph missing would show as edited: it is dropped, and the captures that saw it are fetched again.
    if (broken.length > 0) this.drop('versions', broken);

    const cached: CachedCapture[] = [];
    for (const record of captures) {
      const { result } = record;
      const { key, source, capture } = record;
      if (result.kind === 'unusable') {
        cached.push({ key, source, capture, result });
        continue;
      }
      const article = articles.get(result.hash);
      // A text whose version is missing cannot be shown; the capture is fetched again.
      if (article) cached.push({ key, source, capture, result: { ...result, article } });
    }
    const cachedVisits = visits
      .sort((a, b) => a.firstSeenAt.localeCompare(b.firstSeenAt))
      .flatMap(({ firstSeenAt, lastSeenAt, hash }) => {
        const article = articles.get(hash);
        return article ? [{ firstSeenAt, lastSeenAt, hash, article }] : [];
      });
    return { captures: cached, visits: cachedVisits };
  }

  /** Stores what one capture turned out to be, with its text (once per article) and paragraphs (once overall); returns what it stored. */
  async putCapture(url: string, source: string, capture: Capture, result: CachedResult, fetchedAt: number): Promise<CachedCapture> {
    const tx = this.db.transaction(['captures', 'versions', 'paragraphs', 'articles'], 'readwrite');
    const stored: CaptureResult =
      result.kind === 'text' ? { kind: 'text', hash: result.hash } : { kind: 'unusable', reason: result.reason, ...(result.retryAfter ? { retryAfter: result.retryAfter } : {}) };
    const record: CaptureRecord = { key: HistoryStore.captureKey(source, url, capture), url, source, capture, fetchedAt, result: stored };
    let added = captureSize(record);
    if (result.kind === 'text') added += await putVersion({ versions: tx.objectStore('versions'), paragraphs: tx.objectStore('paragraphs') }, url, result.hash, result.article);
    await tx.objectStore('captures').put(record);
    await addBytes(tx, url, added);
    await tx.done;
    return { key: record.key, source, capture, result };
  }

  async getCaptureList(source: string, url: string): Promise<CaptureListRecord | undefined> {
    const key = HistoryStore.captureListKey(source, url);
    return this.validOne('captureLists', key, await this.db.get('captureLists', key));
  }

  async putCaptureList(source: string, url: string, captures: Capture[], fetchedAt = Date.now()): Promise<void> {
    const tx = this.db.transaction(['captureLists', 'articles'], 'readwrite');
    const key = HistoryStore.captureListKey(source, url);
    const stored = await tx.objectStore('captureLists').get(key);
    const old = RECORD_GUARDS.captureLists(stored) ? stored : undefined;
    await tx.objectStore('captureLists').put({ key, url, source, fetchedAt, captures });
    await addBytes(tx, url, JSON.stringify(captures).length - (old ? JSON.stringify(old.captures).length : 0));
    await tx.done;
  }

  /**
   * Records a sighting of the live page; an unchanged text only moves the last visit's time.
   * Returns the visit as it now stands (a new one, or the last one moved on).
   */
  async recordVisit(url: string, hash: string, article: Article, at: string): Promise<CachedVisit> {
    const tx = this.db.transaction(['visits', 'versions', 'paragraphs', 'articles'], 'readwrite');
    const visits = tx.objectStore('visits');
    const last = (await visits.index('url').getAll(url)).filter(RECORD_GUARDS.visits).sort((a, b) => a.lastSeenAt.localeCompare(b.lastSeenAt)).at(-1);
    let added = 0;
    let firstSeenAt = at;
    if (last && last.hash === hash) {
      firstSeenAt = last.firstSeenAt;
      await visits.put({ ...last, lastSeenAt: at });
    } else {
      added += visitSize() + (await putVersion({ versions: tx.objectStore('versions'), paragraphs: tx.objectStore('paragraphs') }, url, hash, article));
      await visits.add({ url, firstSeenAt: at, lastSeenAt: at, hash });
    }
    await addBytes(tx, url, added, Date.parse(at));
    await tx.done;
    return { firstSeenAt, lastSeenAt: at, hash, article };
  }

  /** The reader looked at the article: it is the last to be evicted. */
  async touch(url: string, at: number): Promise<void> {
    const tx = this.db.transaction(['articles'] as Names[], 'readwrite');
    await addBytes(tx, url, 0, at);
    await tx.done;
  }

  async getJob(url: string): Promise<JobRecord | undefined> {
    return this.validOne('jobs', url, await this.db.get('jobs', url));
  }

  async putJob(job: JobRecord): Promise<void> {
    await this.db.put('jobs', job);
  }

  /** Jobs a stopped worker left running or waiting. */
  async unfinishedJobs(): Promise<JobRecord[]> {
    return (await this.all('jobs')).filter((job) => job.status.kind !== 'settled');
  }

  async getFollow(url: string): Promise<FollowRecord | undefined> {
    return this.validOne('follows', url, await this.db.get('follows', url));
  }

  async putFollow(record: FollowRecord): Promise<void> {
    await this.db.put('follows', record);
  }

  async deleteFollow(url: string): Promise<void> {
    await this.db.delete('follows', url);
  }

  /** Every followed story whose record is readable. */
  follows(): Promise<FollowRecord[]> {
    return this.all('follows');
  }

  /** One stored text of an article, or null when it is not stored (cleared, evicted) or unreadable. */
  async text(url: string, hash: string): Promise<Article | null> {
    const tx = this.db.transaction(['versions', 'paragraphs'], 'readonly');
    const version = await this.validOne('versions', versionKey(url, hash), await tx.objectStore('versions').get(versionKey(url, hash)));
    const paragraphs = tx.objectStore('paragraphs');
    const article = version ? await resolveText(version, (id) => paragraphs.get(id)) : null;
    await tx.done;
    return article;
  }

  /** How many distinct texts are stored for an article. */
  countTexts(url: string): Promise<number> {
    return this.db.countFromIndex('versions', 'url', url);
  }

  getPauses(): Promise<PauseRecord[]> {
    return this.all('pauses');
  }

  async putPause(record: PauseRecord): Promise<void> {
    await this.db.put('pauses', record);
  }

  getBudgets(): Promise<BudgetRecord[]> {
    return this.all('budgets');
  }

  async putBudget(record: BudgetRecord): Promise<void> {
    await this.db.put('budgets', record);
  }

  async usage(): Promise<{ articles: number; bytes: number }> {
    const all = await this.all('articles');
    return { articles: all.length, bytes: all.reduce((sum, a) => sum + a.bytes, 0) };
  }

  /** Deletes everything stored for one article: its versions, captures, visits and job. */
  async clearArticle(url: string): Promise<void> {
    const tx = this.db.transaction(ARTICLE_STORES, 'readwrite');
    await deleteArticle(tx, url);
    await tx.done;
  }

  /** Deletes every article's history. The archive pause and budgets stay: clearing the cache must not make us knock sooner. */
  async clearAll(): Promise<void> {
    const tx = this.db.transaction(ARTICLE_STORES, 'readwrite');
    await Promise.all(ARTICLE_STORES.map((name) => tx.objectStore(name).clear()));
    await tx.done;
  }

  /**
   * Keeps the cache under its cap: deletes the articles viewed least recently, never those in
   * `keep` (the ones being read), down to 80% of the cap so that eviction does not run on every
   * write. Returns the evicted URLs.
   */
  async evict(keep: readonly string[] = []): Promise<string[]> {
    // A followed story's texts are what its checks compare with: the reader asked to keep them.
    const followed = new Set(await this.db.getAllKeys('follows'));
    const all = (await this.all('articles')).filter((entry) => !followed.has(entry.url)).sort((a, b) => a.lastViewedAt - b.lastViewedAt);
    let total = (await this.usage()).bytes;
    if (total <= this.capBytes) return [];
    const evicted: string[] = [];
    for (const entry of all) {
      if (total <= this.capBytes * 0.8) break;
      if (keep.includes(entry.url)) continue;
      const tx = this.db.transaction(ARTICLE_STORES, 'readwrite');
      await deleteArticle(tx, entry.url);
      await tx.done;
      total -= entry.bytes;
      evicted.push(entry.url);
    }
    return evicted;
  }

  /** Every valid record of a store. */
  private async all<S extends Names>(name: S): Promise<HistoryDB[S]['value'][]> {
    const tx = this.db.transaction(name, 'readonly');
    const [records, keys] = await Promise.all([tx.store.getAll(), tx.store.getAllKeys()]);
    return this.valid(name, records, keys);
  }

  /** The records that pass their store's check; the others are deleted, with a note in the console. */
  private valid<S extends Names>(name: S, records: readonly unknown[], keys: readonly HistoryDB[S]['key'][]): HistoryDB[S]['value'][] {
    const check = RECORD_GUARDS[name] as (value: unknown) => value is HistoryDB[S]['value'];
    const bad = keys.filter((_, i) => !check(records[i]));
    if (bad.length > 0) this.drop(name, bad);
    return records.filter(check);
  }

  private validOne<S extends Names>(name: S, key: HistoryDB[S]['key'], record: unknown): HistoryDB[S]['value'] | undefined {
    // A record that is not there is not a bad one: nothing to drop, nothing to say.
    return record === undefined ? undefined : this.valid(name, [record], [key])[0];
  }

  /** Deletes unreadable records in a transaction of its own, so the read that found them goes on. */
  private drop<S extends Names>(name: S, keys: readonly HistoryDB[S]['key'][]): void {
    console.warn(`article-history: ${keys.length} unreadable record(s) in "${name}" dropped`, keys);
    const tx = this.db.transaction(name, 'readwrite');
    for (const key of keys) void tx.store.delete(key);
    tx.done.catch((error: unknown) => console.error(`article-history: cannot drop unreadable records in "${name}"`, error));
  }
}

/** The version's article with its paragraphs' texts; null when one of them is missing or unreadable. */
async function resolveText(version: VersionRecord, paragraph: (id: number) => Promise<unknown>): Promise<Article | null> {
  const records = await Promise.all(version.article.paragraphs.map(paragraph));
  if (!records.every(RECORD_GUARDS.paragraphs)) return null;
  return { ...version.article, reader: storedReader(version.article.site, version.article.reader), paragraphs: records.map((record) => record.text) };
}

async function addBytes(tx: IDBPTransaction<HistoryDB, Names[], 'readwrite'>, url: string, bytes: number, viewedAt?: number): Promise<void> {
  const articles = tx.objectStore('articles');
  // An article written without a view (a job resumed after its tab closed) counts as never viewed.
  const stored = await articles.get(url);
  const entry: ArticleRecord = RECORD_GUARDS.articles(stored) ? stored : { url, lastViewedAt: 0, bytes: 0 };
  entry.bytes = Math.max(0, entry.bytes + bytes);
  if (viewedAt !== undefined) entry.lastViewedAt = Math.max(entry.lastViewedAt, viewedAt);
  await articles.put(entry);
}

async function deleteArticle(tx: IDBPTransaction<HistoryDB, Names[], 'readwrite'>, url: string): Promise<void> {
  for (const name of ['captures', 'captureLists', 'visits', 'versions'] as const) {
    const index = tx.objectStore(name).index('url');
    for (let cursor = await index.openCursor(url); cursor; cursor = await cursor.continue()) await cursor.delete();
  }
  const paragraphs = tx.objectStore('paragraphs');
  for (let cursor = await paragraphs.index('urls').openCursor(url); cursor; cursor = await cursor.continue()) {
    if (!RECORD_GUARDS.paragraphs(cursor.value)) {
      await cursor.delete();
      continue;
    }
    const urls = cursor.value.urls.filter((u) => u !== url);
    await (urls.length === 0 ? cursor.delete() : cursor.update({ ...cursor.value, urls }));
  }
  await tx.objectStore('jobs').delete(url);
  await tx.objectStore('articles').delete(url);
}
