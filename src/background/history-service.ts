/**
 * One history job per article, however many tabs ask. A job lists the archive's captures,
 * resolves the few that matter (see chooseCaptures), and streams the growing timeline to
 * every watcher. All that is learnt goes to the store first, and the job's own state is
 * persisted, so a job cut short by the service worker stopping picks up where it was:
 * cached captures are never fetched again, and a job waiting out a failure or the archive's
 * pause is woken by an alarm rather than a timer that dies with the worker.
 */
import type { Article } from '../core/article.ts';
import { articleKey } from '../core/article-key.ts';
import { chooseCaptures, DEFAULT_CHOOSE, type CaptureText } from '../core/choose-captures.ts';
import type { FailureReason, HistoryState, Version } from '../core/history.ts';
import { MAX_THOROUGH_CAPTURES } from '../core/thorough-cost.ts';
import { buildVersions, type SightedText } from '../core/timeline.ts';
import type { Priority } from '../sources/rate-budget.ts';
import { ArchiveError, isTransient, timestampToIso, type ArchiveFailure, type ArchiveRequest, type ArchiveSource, type Capture } from '../sources/source.ts';
import { CaptureResolver, type ExtractArchived, type Lookup } from './capture-resolver.ts';
import { captureKey, type CachedCapture, type CachedVisit, type HistoryCache } from './history-cache.ts';
import type { JobRecord, JobStatus, WaitReason } from './store-schema.ts';

export type { ExtractArchived } from './capture-resolver.ts';
export type HistoryListener = (state: HistoryState) => void;

/** Wakes the service for an article at a time, even if the worker was stopped in between. */
export interface WakeUps {
  at(url: string, when: number): void;
  cancel(url: string): void;
}

export interface JobPolicy {
  /** Captures resolved (read from the cache or fetched) in one run of a job, thorough mode aside. */
  maxFetches: number;
  /** Runs ended by a transient failure before the job waits for the reader to ask again. */
  maxFailedRuns: number;
  /** Wait after the first transient failure; it doubles with each further one. */
  retryBaseMs: number;
  /** A running job re-arms its wake-up this often; if the worker dies, the wake-up restarts the job. */
  watchdogMs: number;
  /** A capture that failed this many times while the archive answered other requests is skipped. */
  captureFailureLimit: number;
  /** ...for this long. */
  unreachableRetryMs: number;
  /** After the reader saved the page, the capture list is asked for again this many times at most until it lists the new capture... */
  savedCaptureChecks: number;
  /** ...the first this long after the save's own check, each next one twice as long after the one before. */
  savedCapturePollMs: number;
}

export const DEFAULT_JOB_POLICY: JobPolicy = {
  maxFetches: DEFAULT_CHOOSE.maxFetches,
  maxFailedRuns: 5,
  retryBaseMs: 60_000,
  watchdogMs: 60_000,
  captureFailureLimit: 3,
  unreachableRetryMs: 24 * 60 * 60_000,
  // 30 s, 1, 2 and 4 min: the archive may take minutes to list a capture, and each check is one listing.
  savedCaptureChecks: 4,
  savedCapturePollMs: 30_000,
};

export interface HistoryDeps {
  store: HistoryCache;
  /** The archive to ask; read at the start of every run, so a changed setting applies to the next run. */
  source: () => ArchiveSource;
  extract: ExtractArchived;
  wakeUps?: WakeUps;
  now?: () => number;
  policy?: Partial<JobPolicy>;
  /** Whether the article is in a tab the reader can see (its requests go first); read at every turn in the archive's queue. */
  priority?: (url: string) => Priority;
}

interface Job {
  url: string;
  record: JobRecord | null;
  /** The run in progress, if any. */
  running: Promise<void> | null;
  abort: AbortController | null;
  /** Texts of resolved captures, by capture key. */
  archived: Map<string, SightedText>;
  /** Every text met so far, by hash: captures that repeat a digest share their text without a fetch. */
  texts: Map<string, Article>;
  visits: CachedVisit[];
  /**
   * What the store holds for the article's captures, by capture key, kept up to date with what
   * the job resolves; null until read from the store, and again when the store evicted the article.
   */
  captures: Map<string, CachedCapture> | null;
  lastArmed: number;
}

const newRecord = (url: string): JobRecord => ({ url, thorough: false, failedRuns: 0, captureFailures: {}, status: { kind: 'settled', at: 0 } });

export function failureReason(failure: ArchiveFailure | null): FailureReason {
  switch (failure?.kind) {
    case undefined:
      return 'internal';
    case 'blocked':
    case 'excluded':
      return 'archive-blocked';
    case 'garbled':
      return 'archive-garbled';
    case 'redirect-loop':
      return 'archive-redirect-loop';
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
  private readonly resolver: CaptureResolver;
  private readonly now: () => number;
  private readonly policy: JobPolicy;

  constructor(private readonly deps: HistoryDeps) {
    this.now = deps.now ?? Date.now;
    this.policy = { ...DEFAULT_JOB_POLICY, ...deps.policy };
    this.resolver = new CaptureResolver({ store: deps.store, extract: deps.extract, now: this.now, policy: this.policy });
  }

  /** The reader has the article open: it is the newest version, and one more visit. */
  async reportLive(article: Article): Promise<void> {
    const at = new Date(this.now()).toISOString();
    const hash = articleKey(article);
    this.live.set(article.url, { hash, article, sighting: { source: 'live', at } });
    await this.addVisit(article, hash, at);
  }

  /**
   * A check of a followed story read its live page with no tab open: the text is one more of
   * this browser's own sightings (a visit), and the archive's capture list is brought up to
   * date by the job, within its listing budget.
   */
  async reportChecked(article: Article, at: string): Promise<void> {
    await this.addVisit(article, articleKey(article), at);
  }

  private async addVisit(article: Article, hash: string, at: string): Promise<void> {
    const visit = await this.deps.store.recordVisit(article.url, hash, article, at);
    const job = this.job(article.url);
    // A job not read from the store yet reads this visit with the others when it starts.
    if (job.captures) job.visits = [...job.visits.filter((v) => v.firstSeenAt !== visit.firstSeenAt), visit].sort((a, b) => a.firstSeenAt.localeCompare(b.firstSeenAt));
    const state = this.states.get(article.url);
    if (state) this.publish(article.url, { ...state, versions: this.versions(job) });
    this.start(article.url, false);
  }

  /**
   * The story's timeline from what the store holds, as a watcher of its job is shown it, without
   * starting a job or asking the archive anything: the followed-stories page's exports.
   */
  async storedVersions(url: string): Promise<Version[]> {
    const { captures, visits } = await this.deps.store.loadArticle(url);
    return this.timeline(url, this.archivedTexts(captures).values(), visits);
  }

  watch(url: string, listener: HistoryListener): () => void {
    let set = this.watchers.get(url);
    if (!set) this.watchers.set(url, (set = new Set()));
    set.add(listener);
    const state = this.states.get(url);
    if (state) listener(state);
    return () => set.delete(listener);
  }

  /** The reader asks again: any wait for an earlier failure is skipped (the archive's pause is not: politeFetch keeps it). */
  retry(url: string): void {
    this.start(url, true);
  }

  /** A wake-up fired: run the job if it is due. */
  resume(url: string): void {
    this.start(url, false);
  }

  /** Fetch every distinct capture, for a reader who suspects a change that was made and reverted between two captures. */
  async thorough(url: string): Promise<void> {
    const job = this.job(url);
    job.record ??= (await this.deps.store.getJob(url)) ?? newRecord(url);
    job.record.thorough = true;
    await this.deps.store.putJob(job.record);
    this.start(url, true);
  }

  /**
   * The reader saved the page to the archive: its capture list is asked for again now, past its
   * TTL, and a few times more while the archive does not list the capture yet.
   */
  async expectCapture(url: string, timestamp: string): Promise<void> {
    await this.idle(url);
    const job = this.job(url);
    job.record ??= (await this.deps.store.getJob(url)) ?? newRecord(url);
    job.record.awaitingCapture = { timestamp, checksLeft: this.policy.savedCaptureChecks };
    await this.deps.store.putJob(job.record);
    this.start(url, true);
  }

  /** After a worker restart: carries on with every job a stopped worker left unfinished. */
  async resumeUnfinished(): Promise<void> {
    for (const record of await this.deps.store.unfinishedJobs()) {
      const { status } = record;
      if (status.kind === 'waiting' && status.retryAt > this.now()) this.deps.wakeUps?.at(record.url, status.retryAt);
      else this.start(record.url, false);
    }
  }

  /** Forgets one article: its cached versions, its visits, its job. */
  async clear(url: string): Promise<void> {
    this.forget(url);
    await this.deps.store.clearArticle(url);
  }

  async clearAll(): Promise<void> {
    for (const url of [...this.jobs.keys()]) this.forget(url);
    await this.deps.store.clearAll();
  }

  /** Lets go of what is held in memory for an article no one watches and no job runs for (the store keeps it all). */
  release(url: string): void {
    if (this.jobs.get(url)?.running || (this.watchers.get(url)?.size ?? 0) > 0) return;
    this.jobs.delete(url);
    this.states.delete(url);
    this.watchers.delete(url);
    this.live.delete(url);
  }

  /** Waits for the article's job to finish its current run (tests, and the bench). */
  async idle(url: string): Promise<void> {
    while (this.jobs.get(url)?.running) await this.jobs.get(url)?.running;
  }

  private forget(url: string): void {
    const job = this.jobs.get(url);
    job?.abort?.abort();
    this.deps.wakeUps?.cancel(url);
    this.jobs.delete(url);
    this.states.delete(url);
  }

  private job(url: string): Job {
    let job = this.jobs.get(url);
    if (!job) {
      job = { url, record: null, running: null, abort: null, archived: new Map(), texts: new Map(), visits: [], captures: null, lastArmed: 0 };
      this.jobs.set(url, job);
    }
    return job;
  }

  private start(url: string, force: boolean): void {
    const job = this.job(url);
    if (job.running) return;
    job.running = this.runIfDue(job, force)
      .catch((error: unknown) => console.error('article-history: history job crashed', error))
      .finally(() => (job.running = null));
  }

  private async runIfDue(job: Job, force: boolean): Promise<void> {
    const { store } = this.deps;
    job.record ??= (await store.getJob(job.url)) ?? newRecord(job.url);
    if (!job.captures) {
      const cached = await store.loadArticle(job.url);
      job.visits = cached.visits;
      job.captures = new Map(cached.captures.map((c) => [c.key, c]));
    }
    const { status } = job.record;
    if (!force && status.kind === 'waiting' && status.retryAt > this.now()) {
      // Another tab, or a restarted worker, finds the job waiting: show what is known and why.
      this.restoreArchived(job);
      this.publish(job.url, this.waitingState(job, status.retryAt, status.why));
      this.deps.wakeUps?.at(job.url, status.retryAt);
      return;
    }
    await this.run(job);
  }

  private restoreArchived(job: Job): void {
    for (const [key, sighted] of this.archivedTexts(job.captures?.values() ?? [])) job.archived.set(key, sighted);
  }

  /** The texts of the stored captures of the archive in the settings, by capture key. */
  private archivedTexts(captures: Iterable<CachedCapture>): Map<string, SightedText> {
    const source = this.deps.source();
    const texts = new Map<string, SightedText>();
    for (const { key, source: from, capture, result } of captures) {
      if (result.kind === 'text' && from === source.id) texts.set(key, this.sighting(source, capture, result));
    }
    return texts;
  }

  private async run(job: Job): Promise<void> {
    const source = this.deps.source();
    const abort = new AbortController();
    job.abort = abort;
    this.restoreArchived(job);
    await this.setStatus(job, { kind: 'running', since: this.now() });
    this.armWatchdog(job, true);

    let checked = 0;
    let estimated = 0;
    const progress = () => this.publish(job.url, { kind: 'loading', versions: this.versions(job), checked, estimated });
    try {
      progress();
      const lookup: Lookup = { url: job.url, source, request: this.request(job, abort.signal), record: job.record!, othersServed: () => job.archived.size > 0 || job.texts.size > 0 };
      const onQueued: ArchiveRequest['onQueued'] = (wait) => this.publish(job.url, { kind: 'queued', versions: this.versions(job), ...wait });
      const { captures: list, listingFailed } = await this.resolver.captureList(lookup, onQueued);
      const checkAgainAt = listingFailed ? null : this.awaitedCapture(job.record!, list);
      const digests = new Set(list.map((c) => c.digest)).size;
      const { thorough } = job.record!;
      // The reader agreed to the cost of reading every copy, up to what one check may ask (see thoroughCost).
      const maxFetches = thorough ? Math.min(digests, MAX_THOROUGH_CAPTURES) : this.policy.maxFetches;
      estimated = thorough ? maxFetches : Math.min(digests, maxFetches, 2 + 2 * Math.ceil(Math.log2(Math.max(1, digests))));
      progress();
      const { complete, texts } = await chooseCaptures(list, (capture) => this.captureText(job, lookup, capture), { maxFetches, thorough }, (index, text) => {
        const capture = list[index]!;
        const article = text.kind === 'text' ? job.texts.get(text.hash) : undefined;
        if (text.kind === 'text' && article) job.archived.set(captureKey(source.id, job.url, capture), this.sighting(source, capture, { hash: text.hash, article }));
        checked++;
        this.armWatchdog(job, false);
        progress();
      });
      if (abort.signal.aborted) return;
      // Every capture of the old list is resolved; the reader is still told the list may be out of date.
      if (listingFailed) throw listingFailed;
      job.record!.failedRuns = 0;
      job.record!.captureFailures = {};
      // Thorough mode is one pass on request: later captures are bisected again.
      job.record!.thorough = false;
      await this.setStatus(job, { kind: 'settled', at: this.now() });
      if (checkAgainAt === null) this.deps.wakeUps?.cancel(job.url);
      else this.deps.wakeUps?.at(job.url, checkAgainAt);
      // Bisection that happened to read every distinct capture left nothing to check again.
      const readAll = new Set([...texts.keys()].map((index) => list[index]!.digest)).size === digests;
      const coverage = !complete ? 'cut-short' : thorough || readAll ? 'every-capture' : 'bisected';
      const tooLarge = list.filter((capture) => this.tooLarge(job, source, capture)).length;
      this.publish(job.url, { kind: 'done', versions: this.versions(job), archivedCaptures: list.length, coverage, ...(tooLarge > 0 ? { tooLarge } : {}) });
      await this.evict(job.url);
    } catch (error) {
      // A cleared article's job ends quietly: there is nothing left to report on.
      if (abort.signal.aborted) return;
      await this.fail(job, error);
    } finally {
      if (job.abort === abort) job.abort = null;
    }
  }

  /** After a save: null when the list holds the saved capture (or the checks are spent), else when to list again. */
  private awaitedCapture(record: JobRecord, list: Capture[]): number | null {
    const awaited = record.awaitingCapture;
    if (!awaited) return null;
    if (awaited.checksLeft <= 0 || list.some((capture) => capture.timestamp >= awaited.timestamp)) {
      delete record.awaitingCapture;
      return null;
    }
    const wait = this.policy.savedCapturePollMs * 2 ** (this.policy.savedCaptureChecks - awaited.checksLeft);
    awaited.checksLeft--;
    return this.now() + wait;
  }

  private async fail(job: Job, error: unknown): Promise<void> {
    const failure = error instanceof ArchiveError ? error.failure : null;
    if (!failure) console.error('article-history: history job failed', error);
    const record = job.record!;
    if (failure?.kind === 'rate-limited') {
      // The archive's own wait, not our failure: it does not count towards giving up.
      await this.wait(job, this.now() + failure.retryAfterMs, { kind: 'rate-limited' });
      return;
    }
    const reason = failureReason(failure);
    const retryable = !failure || isTransient(failure);
    record.failedRuns = retryable ? record.failedRuns + 1 : record.failedRuns;
    if (retryable && record.failedRuns <= this.policy.maxFailedRuns) {
      await this.wait(job, this.now() + this.policy.retryBaseMs * 2 ** (record.failedRuns - 1), { kind: 'failed', reason });
      return;
    }
    await this.setStatus(job, { kind: 'settled', at: this.now() });
    this.deps.wakeUps?.cancel(job.url);
    this.publish(job.url, { kind: 'failed', versions: this.versions(job), reason });
  }

  private async wait(job: Job, retryAt: number, why: WaitReason): Promise<void> {
    await this.setStatus(job, { kind: 'waiting', retryAt, why });
    this.deps.wakeUps?.at(job.url, retryAt);
    this.publish(job.url, this.waitingState(job, retryAt, why));
  }

  private waitingState(job: Job, retryAt: number, why: WaitReason): HistoryState {
    const versions = this.versions(job);
    return why.kind === 'rate-limited' ? { kind: 'rate-limited', versions, retryAt } : { kind: 'failed', versions, reason: why.reason, retryAt };
  }

  private async setStatus(job: Job, status: JobStatus): Promise<void> {
    job.record!.status = status;
    await this.deps.store.putJob(job.record!);
  }

  private armWatchdog(job: Job, force: boolean): void {
    const now = this.now();
    if (!force && now - job.lastArmed < this.policy.watchdogMs / 2) return;
    job.lastArmed = now;
    this.deps.wakeUps?.at(job.url, now + this.policy.watchdogMs);
  }

  private versions(job: Job): Version[] {
    return this.timeline(job.url, job.archived.values(), job.visits);
  }

  private timeline(url: string, archived: Iterable<SightedText>, visits: readonly CachedVisit[]): Version[] {
    const live = this.live.get(url);
    // The visit that this page load recorded is the live sighting itself.
    const seen: SightedText[] = visits
      .filter((visit) => visit.firstSeenAt !== live?.sighting.at)
      .map((visit) => ({ hash: visit.hash, article: visit.article, sighting: { source: 'visit', at: visit.firstSeenAt } }));
    return buildVersions([...archived, ...seen, ...(live ? [live] : [])]);
  }

  private publish(url: string, state: HistoryState): void {
    this.states.set(url, state);
    for (const listener of this.watchers.get(url) ?? []) {
      // A watcher that fails (a port whose tab just closed) must not stop the job or the other tabs.
      try {
        listener(state);
      } catch (error) {
        console.error('article-history: a history watcher failed', error);
      }
    }
  }

  private async evict(url: string): Promise<void> {
    const open = [url, ...[...this.watchers].filter(([, set]) => set.size > 0).map(([u]) => u)];
    try {
      // An evicted article's job no longer knows what the store holds: it reads it again when it next runs.
      for (const evicted of await this.deps.store.evict(open)) {
        const job = this.jobs.get(evicted);
        if (job) job.captures = null;
      }
    } catch (error) {
      console.error('article-history: cache eviction failed', error);
    }
  }

  private async captureText(job: Job, lookup: Lookup, capture: Capture): Promise<CaptureText> {
    const key = captureKey(lookup.source.id, job.url, capture);
    const known = job.captures?.get(key);
    const result = await this.resolver.resolve(lookup, capture, known?.result);
    if (result !== known?.result) job.captures?.set(key, { key, source: lookup.source.id, capture, result });
    if (result.kind === 'unusable') return { kind: 'unusable' };
    job.texts.set(result.hash, result.article);
    return { kind: 'text', hash: result.hash };
  }

  private tooLarge(job: Job, source: ArchiveSource, capture: Capture): boolean {
    const result = job.captures?.get(captureKey(source.id, job.url, capture))?.result;
    return result?.kind === 'unusable' && result.reason === 'too-large';
  }

  private request(job: Job, signal: AbortSignal): ArchiveRequest {
    return { signal, priority: () => this.deps.priority?.(job.url) ?? 'visible' };
  }

  private sighting(source: ArchiveSource, capture: Capture, result: { hash: string; article: Article }): SightedText {
    const at = timestampToIso(capture.timestamp);
    return { hash: result.hash, article: result.article, sighting: { source: 'archive', at, archive: source.id, captureUrl: source.viewUrl(capture) } };
  }
}
