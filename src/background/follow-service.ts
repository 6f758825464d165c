/**
 * Followed stories, re-checked in the background with no tab open. Everything lives in the
 * store, nothing only in memory: the MV3 worker may stop between two checks, and the one alarm
 * (`follow-check`) set to the earliest due check starts it again. A run checks every story that
 * is due; a change found is one new sighting of the story, one notification and one more story
 * counted on the badge until the reader opens the sidebar on it.
 */
import type { Article } from '../core/article.ts';
import { articleKey } from '../core/article-key.ts';
import type { ChangeCounts } from '../core/change-summary.ts';
import { judgeLiveRead, type LiveCheck } from '../core/follow-check.ts';
import { afterCheck, earliestCheck, isDue, newSchedule, pinSchedule } from '../core/follow-schedule.ts';
import { orderFollowed, type FollowedStory } from '../core/followed-list.ts';
import type { LivePage } from './live-page.ts';
import type { FollowRecord, HistoryStore } from './store.ts';

export interface FollowChange {
  url: string;
  title: string;
  counts: ChangeCounts;
}

export interface FollowDeps {
  store: HistoryStore;
  readLive(url: string): Promise<LivePage>;
  /** A new text a check read: one more sighting of the story, and a nudge to its archive lookup. */
  sighted(article: Article, at: string): Promise<void>;
  /** Resolves once the notification is shown (or failed to be), so a run ends with its notifications made. */
  notify(change: FollowChange): Promise<void>;
  /** Followed stories with a change the reader has not seen. */
  showUnseen(count: number): void;
  /** Sets the one alarm to `when`, or clears it (null). */
  alarmAt(when: number | null): void;
  /** The one line that says what changed. */
  summary(counts: ChangeCounts): string;
  now?: () => number;
  /** Live pages read at once in a run; each is another site, so this bounds only our own load. */
  concurrency?: number;
}

/** What the sidebar's toggle needs to know. `change`: the text of the unseen change to open on. */
export interface FollowStatus {
  following: boolean;
  pinned: boolean;
  change: string | null;
}

/** What one run did, for tests and the bench. */
export interface FollowRun {
  checked: number;
  changed: number;
  failed: number;
  bytes: number;
  /** How long each check took, fetch to store. */
  checkMs: number[];
}

export class FollowService {
  private readonly now: () => number;
  private running: Promise<FollowRun> | null = null;

  constructor(private readonly deps: FollowDeps) {
    this.now = deps.now ?? Date.now;
  }

  /** The reader follows the story as they see it: its text now is what the first check compares with. */
  async follow(article: Article): Promise<void> {
    const { store } = this.deps;
    const existing = await store.getFollow(article.url);
    if (existing) return;
    const hash = articleKey(article);
    if (!(await store.text(article.url, hash))) await store.recordVisit(article.url, hash, article, new Date(this.now()).toISOString());
    await store.putFollow({ url: article.url, title: article.title, schedule: newSchedule(this.now()), lastHash: hash, lastCheck: null, lastChange: null, unseen: false });
    await this.rearm();
  }

  /** The reader's tab shows the story: its text is what the next check compares with, so a change the reader saw is not announced. */
  async readerSaw(article: Article): Promise<void> {
    const record = await this.deps.store.getFollow(article.url);
    const hash = articleKey(article);
    if (record && record.lastHash !== hash) await this.deps.store.putFollow({ ...record, lastHash: hash });
  }

  async unfollow(url: string): Promise<void> {
    await this.deps.store.deleteFollow(url);
    await this.refresh();
  }

  async pin(url: string, pinned: boolean): Promise<void> {
    const record = await this.deps.store.getFollow(url);
    if (!record) return;
    await this.deps.store.putFollow({ ...record, schedule: pinSchedule(record.schedule, pinned, this.now()) });
    await this.rearm();
  }

  async status(url: string): Promise<FollowStatus> {
    const record = await this.deps.store.getFollow(url);
    if (!record) return { following: false, pinned: false, change: null };
    return { following: true, pinned: record.schedule.pinned, change: record.unseen ? (record.lastChange?.toHash ?? null) : null };
  }

  /** The reader opened the sidebar on the story: its change is seen. */
  async seen(url: string): Promise<void> {
    const record = await this.deps.store.getFollow(url);
    if (!record?.unseen) return;
    await this.deps.store.putFollow({ ...record, unseen: false });
    await this.showUnseen();
  }

  async list(): Promise<FollowedStory[]> {
    const { store } = this.deps;
    const records = await store.follows();
    const rows = await Promise.all(
      records.map(async (record): Promise<FollowedStory> => ({
        url: record.url,
        title: record.title,
        versions: await store.countTexts(record.url),
        pinned: record.schedule.pinned,
        unseen: record.unseen,
        lastChange: record.lastChange && { at: record.lastChange.at, summary: this.deps.summary(record.lastChange.counts) },
        failure: record.lastCheck?.result === 'failed' ? record.lastCheck.failure : null,
        nextCheckAt: record.schedule.nextCheckAt,
      })),
    );
    return orderFollowed(rows);
  }

  /**
   * Checks every followed story due by `dueBy` (the time the alarm was set for; now by
   * default), then sets the alarm for the next. A run asked for during another waits for it.
   */
  runDue(dueBy?: number): Promise<FollowRun> {
    const previous = this.running ?? Promise.resolve(null);
    const run = previous.then(() => this.checkDue(Math.max(dueBy ?? 0, this.now()))).finally(() => {
      if (this.running === run) this.running = null;
    });
    this.running = run;
    return run;
  }

  /** After a worker start: the badge and the alarm from what the store holds. */
  async refresh(): Promise<void> {
    await this.showUnseen();
    await this.rearm();
  }

  private async checkDue(dueBy: number): Promise<FollowRun> {
    const due = (await this.deps.store.follows()).filter((record) => isDue(record.schedule, dueBy));
    const run: FollowRun = { checked: 0, changed: 0, failed: 0, bytes: 0, checkMs: [] };
    const queue = [...due];
    const worker = async () => {
      for (let record = queue.shift(); record; record = queue.shift()) {
        try {
          const started = performance.now();
          const { check, bytes } = await this.check(record);
          run.checkMs.push(performance.now() - started);
          run.checked++;
          run.bytes += bytes;
          if (check.kind === 'changed') run.changed++;
          if (check.kind === 'failed') run.failed++;
        } catch (error) {
          // One story's check that breaks (a store error) must not stop the others'.
          console.error('article-history: a followed story could not be checked', record.url, error);
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.deps.concurrency ?? 2, queue.length) }, worker));
    if (run.changed > 0) await this.showUnseen();
    await this.rearm();
    return run;
  }

  private async check(record: FollowRecord): Promise<{ check: LiveCheck; bytes: number }> {
    const { store } = this.deps;
    const page = await this.deps.readLive(record.url);
    const at = this.now();
    const last = await store.text(record.url, record.lastHash);
    let check: LiveCheck;
    if (last) check = judgeLiveRead(page.read, last);
    else {
      // The text to compare with is gone (the reader cleared the cache): this read is the new baseline, not a change.
      const read = judgeLiveRead(page.read, { ...emptyArticle, url: record.url });
      check = read.kind === 'changed' ? { kind: 'unchanged' } : read;
      if (read.kind === 'changed') {
        await this.deps.sighted(read.article, new Date(at).toISOString());
        record = { ...record, lastHash: read.hash };
      }
    }
    // The record may have changed while the page was read (unfollowed, pinned, seen): the check applies to what is stored now.
    const current = await store.getFollow(record.url);
    if (!current) return { check, bytes: page.bytes };
    const updated: FollowRecord = { ...current, lastHash: record.lastHash, schedule: afterCheck(current.schedule, check.kind, at) };
    if (check.kind === 'changed') {
      await this.deps.sighted(check.article, new Date(at).toISOString());
      Object.assign(updated, { lastHash: check.hash, title: check.article.title, lastChange: { at, toHash: check.hash, counts: check.counts }, unseen: true });
    }
    updated.lastCheck = check.kind === 'failed' ? { at, result: 'failed', failure: check.failure } : { at, result: check.kind };
    await store.putFollow(updated);
    if (check.kind === 'changed') await this.deps.notify({ url: record.url, title: check.article.title, counts: check.counts });
    return { check, bytes: page.bytes };
  }

  private async showUnseen(): Promise<void> {
    this.deps.showUnseen((await this.deps.store.follows()).filter((record) => record.unseen).length);
  }

  private async rearm(): Promise<void> {
    this.deps.alarmAt(earliestCheck((await this.deps.store.follows()).map((record) => record.schedule)));
  }
}

/** A text nothing equals: a read compared with it is always a change. */
const emptyArticle: Article = {
  url: '',
  site: '',
  reader: 'generic',
  title: '',
  byline: null,
  publishedAt: null,
  modifiedAt: null,
  corrections: [],
  paragraphs: [],
  partial: false,
  liveBlog: false,
};
