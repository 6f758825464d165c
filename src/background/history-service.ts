/**
 * One history job per article, however many tabs ask. A job lists the archive's captures,
 * resolves the few that matter (see chooseCaptures), and streams the growing timeline to
 * every watcher. All that is learnt goes to the store first, so a job cut short by the
 * service worker stopping picks up where it was: cached captures are never fetched again.
 */
import type { Article } from '../core/article.ts';
import { articleKey } from '../core/article-key.ts';
import { chooseCaptures, DEFAULT_CHOOSE, type CaptureText } from '../core/choose-captures.ts';
import type { FailureReason, HistoryState } from '../core/history.ts';
import { buildVersions, type SightedText } from '../core/timeline.ts';
import { ArchiveError, timestampToIso, type ArchiveSource, type Capture, type CaptureBody } from '../sources/source.ts';
import { captureListTtl, HistoryStore, type StoredCaptureText } from './store.ts';

export type ExtractArchived = (body: CaptureBody, url: string) => Promise<Article | null>;
export type HistoryListener = (state: HistoryState) => void;

export interface HistoryDeps {
  store: HistoryStore;
  source: ArchiveSource;
  extract: ExtractArchived;
  now?: () => number;
}

interface Job {
  url: string;
  archived: Map<string, SightedText>;
  running: boolean;
  retryTimer?: ReturnType<typeof setTimeout>;
}

function failureReason(error: unknown): FailureReason {
  if (!(error instanceof ArchiveError)) return 'internal';
  switch (error.failure.kind) {
    case 'blocked':
    case 'excluded':
      return 'archive-blocked';
    case 'garbled':
      return 'archive-garbled';
    case 'offline':
      return 'offline';
    default:
      return 'archive-unavailable';
  }
}

export class HistoryService {
  private readonly jobs = new Map<string, Job>();
  private readonly states = new Map<string, HistoryState>();
  private readonly watchers = new Map<string, Set<HistoryListener>>();
  private readonly live = new Map<string, SightedText>();
  private readonly now: () => number;

  constructor(private readonly deps: HistoryDeps) {
    this.now = deps.now ?? Date.now;
  }

  /** The reader has the article open: it is the newest version, and one more visit. */
  async reportLive(article: Article): Promise<void> {
    const at = new Date(this.now()).toISOString();
    const hash = articleKey(article);
    this.live.set(article.url, { hash, article, sighting: { source: 'live', at } });
    await this.deps.store.recordVisit(article.url, hash, article, at);
    this.start(article.url);
  }

  watch(url: string, listener: HistoryListener): () => void {
    let set = this.watchers.get(url);
    if (!set) this.watchers.set(url, (set = new Set()));
    set.add(listener);
    const state = this.states.get(url);
    if (state) listener(state);
    return () => set.delete(listener);
  }

  retry(url: string): void {
    const job = this.jobs.get(url);
    if (job?.retryTimer) clearTimeout(job.retryTimer);
    this.start(url);
  }

  private start(url: string): void {
    let job = this.jobs.get(url);
    if (!job) this.jobs.set(url, (job = { url, archived: new Map(), running: false }));
    if (job.running) return;
    job.running = true;
    void this.run(job).finally(() => (job.running = false));
  }

  private async versions(job: Job) {
    const visits = await this.deps.store.visitsFor(job.url);
    const live = this.live.get(job.url);
    const seen: SightedText[] = visits
      .filter((visit) => visit.firstSeenAt !== live?.sighting.at)
      .map((visit) => ({ hash: visit.hash, article: visit.article, sighting: { source: 'visit', at: visit.firstSeenAt } }));
    return buildVersions([...job.archived.values(), ...seen, ...(live ? [live] : [])]);
  }

  private publish(url: string, state: HistoryState): void {
    this.states.set(url, state);
    for (const listener of this.watchers.get(url) ?? []) listener(state);
  }

  private async run(job: Job): Promise<void> {
    let checked = 0;
    let estimated = 0;
    const loading = async () => this.publish(job.url, { kind: 'loading', versions: await this.versions(job), checked, estimated });
    try {
      await loading();
      const captures = await this.captureList(job.url);
      const digests = new Set(captures.map((c) => c.digest)).size;
      estimated = Math.min(digests, DEFAULT_CHOOSE.maxFetches, 2 + 2 * Math.ceil(Math.log2(Math.max(1, digests))));
      await loading();
      await chooseCaptures(
        captures,
        (capture) => this.captureText(job, capture),
        DEFAULT_CHOOSE,
        () => {
          checked++;
          void loading();
        },
      );
      this.publish(job.url, { kind: 'done', versions: await this.versions(job), archivedCaptures: captures.length });
    } catch (error) {
      const versions = await this.versions(job);
      if (error instanceof ArchiveError && error.failure.kind === 'rate-limited') {
        const retryAt = this.now() + error.failure.retryAfterMs;
        job.retryTimer = setTimeout(() => this.start(job.url), error.failure.retryAfterMs);
        this.publish(job.url, { kind: 'rate-limited', versions, retryAt });
      } else {
        if (!(error instanceof ArchiveError)) console.error('article-history: history job failed', error);
        this.publish(job.url, { kind: 'failed', versions, reason: failureReason(error) });
      }
    }
  }

  private async captureList(url: string): Promise<Capture[]> {
    const { store, source } = this.deps;
    const cached = await store.getCaptureList(source.id, url);
    const newest = cached?.captures.at(-1);
    if (cached && this.now() - cached.fetchedAt < captureListTtl(newest && timestampToIso(newest.timestamp), this.now())) {
      return cached.captures;
    }
    const captures = await source.listCaptures(url);
    await store.putCaptureList(source.id, url, captures, this.now());
    return captures;
  }

  private async captureText(job: Job, capture: Capture): Promise<CaptureText> {
    const { store, source } = this.deps;
    const key = HistoryStore.captureKey(source.id, job.url, capture);
    let result: StoredCaptureText | undefined = (await store.getCapture(key))?.result;
    if (!result) {
      result = await this.fetchCaptureText(capture, job.url);
      await store.putCapture({ key, url: job.url, source: source.id, capture, fetchedAt: this.now(), result });
    }
    if (result.kind === 'unusable') return result;
    job.archived.set(key, {
      hash: result.hash,
      article: result.article,
      sighting: { source: 'archive', at: timestampToIso(capture.timestamp), archive: source.id, captureUrl: source.viewUrl(capture) },
    });
    return { kind: 'text', hash: result.hash };
  }

  /** A capture that is not the article (an error page, a consent wall) is remembered as unusable. */
  private async fetchCaptureText(capture: Capture, url: string): Promise<StoredCaptureText> {
    let body: CaptureBody;
    try {
      body = await this.deps.source.fetchCapture(capture);
    } catch (error) {
      if (error instanceof ArchiveError && (error.failure.kind === 'not-archived' || error.failure.kind === 'excluded')) {
        return { kind: 'unusable', reason: error.failure.kind };
      }
      throw error;
    }
    const article = await this.deps.extract(body, url);
    if (!article || article.paragraphs.length === 0) return { kind: 'unusable', reason: 'no-article' };
    const archivedArticle = { ...article, url };
    return { kind: 'text', hash: articleKey(archivedArticle), article: archivedArticle };
  }
}
