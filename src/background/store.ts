/**
 * The IndexedDB cache. An archived capture never changes, so its extracted text is kept for
 * good; the list of captures goes stale as the archive crawls, so it has a TTL. Visits are
 * the reader's own sightings of the live page.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Article } from '../core/article.ts';
import type { Capture } from '../sources/source.ts';

export type StoredCaptureText =
  | { kind: 'text'; hash: string; article: Article }
  | { kind: 'unusable'; reason: string };

export interface StoredCapture {
  /** `${source}|${timestamp}|${url}` */
  key: string;
  url: string;
  source: string;
  capture: Capture;
  fetchedAt: number;
  result: StoredCaptureText;
}

export interface StoredCaptureList {
  key: string;
  url: string;
  source: string;
  fetchedAt: number;
  captures: Capture[];
}

export interface StoredVisit {
  id?: number;
  url: string;
  firstSeenAt: string;
  lastSeenAt: string;
  hash: string;
  article: Article;
}

interface HistoryDB extends DBSchema {
  captures: { key: string; value: StoredCapture; indexes: { url: string } };
  captureLists: { key: string; value: StoredCaptureList };
  visits: { key: number; value: StoredVisit; indexes: { url: string } };
}

export const DB_NAME = 'article-history';
export const DB_VERSION = 1;

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

export class HistoryStore {
  private constructor(private readonly db: IDBPDatabase<HistoryDB>) {}

  static async open(name = DB_NAME): Promise<HistoryStore> {
    const db = await openDB<HistoryDB>(name, DB_VERSION, {
      upgrade(db, oldVersion) {
        if (oldVersion < 1) {
          db.createObjectStore('captures', { keyPath: 'key' }).createIndex('url', 'url');
          db.createObjectStore('captureLists', { keyPath: 'key' });
          db.createObjectStore('visits', { keyPath: 'id', autoIncrement: true }).createIndex('url', 'url');
        }
      },
    });
    return new HistoryStore(db);
  }

  static captureKey(source: string, url: string, capture: Capture): string {
    return `${source}|${capture.timestamp}|${url}`;
  }

  getCapture(key: string): Promise<StoredCapture | undefined> {
    return this.db.get('captures', key);
  }

  async putCapture(record: StoredCapture): Promise<void> {
    await this.db.put('captures', record);
  }

  capturesFor(url: string): Promise<StoredCapture[]> {
    return this.db.getAllFromIndex('captures', 'url', url);
  }

  async getCaptureList(source: string, url: string): Promise<StoredCaptureList | undefined> {
    return this.db.get('captureLists', `${source}|${url}`);
  }

  async putCaptureList(source: string, url: string, captures: Capture[], fetchedAt = Date.now()): Promise<void> {
    await this.db.put('captureLists', { key: `${source}|${url}`, url, source, fetchedAt, captures });
  }

  visitsFor(url: string): Promise<StoredVisit[]> {
    return this.db.getAllFromIndex('visits', 'url', url);
  }

  /** Records a sighting of the live page; an unchanged text only moves the last visit's time. */
  async recordVisit(url: string, hash: string, article: Article, at: string): Promise<void> {
    const tx = this.db.transaction('visits', 'readwrite');
    const visits = await tx.store.index('url').getAll(url);
    const last = visits.sort((a, b) => a.lastSeenAt.localeCompare(b.lastSeenAt)).at(-1);
    if (last && last.hash === hash) {
      await tx.store.put({ ...last, lastSeenAt: at, article });
    } else {
      await tx.store.add({ url, firstSeenAt: at, lastSeenAt: at, hash, article });
    }
    await tx.done;
  }
}
