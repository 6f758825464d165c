/**
 * What one archive says about one article's captures: the list of them (cached with a TTL),
 * and what each capture turned out to be (its text, or why it cannot be used). A capture is
 * fetched once: its answer is stored for good, and two jobs asking for it at once share one
 * request. The history service decides which captures to ask about; this module answers.
 */
import { articleKey } from '../core/article-key.ts';
import { fromCutPage } from '../core/limits.ts';
import type { ArchivedReading } from '../extract/archived-page.ts';
import { ArchiveError, isTransient, timestampToIso, type ArchiveRequest, type ArchiveSource, type Capture, type CaptureBody } from '../sources/source.ts';
import { captureKey, captureListTtl, type CachedCapture, type CachedResult, type HistoryCache } from './history-cache.ts';
import type { JobRecord } from './store-schema.ts';

export type ExtractArchived = (body: CaptureBody, url: string) => Promise<ArchivedReading>;

export interface ResolverPolicy {
  /** A capture that failed this many times while the archive answered other requests is skipped... */
  captureFailureLimit: number;
  /** ...for this long. */
  unreachableRetryMs: number;
}

export interface ResolverDeps {
  store: HistoryCache;
  extract: ExtractArchived;
  now: () => number;
  policy: ResolverPolicy;
}

/** One article's lookup in one archive, as a job runs it. */
export interface Lookup {
  url: string;
  source: ArchiveSource;
  request: ArchiveRequest;
  /** The job's record: failures per capture are counted there, and stored with it. */
  record: JobRecord;
  /** Whether the archive has served other captures of the story in this job. */
  othersServed: () => boolean;
}

export class CaptureResolver {
  /** Memento fetches under way, by capture key, so that no capture is asked for twice at once. */
  private readonly inflight = new Map<string, Promise<CachedCapture>>();

  constructor(private readonly deps: ResolverDeps) {}

  /**
   * The capture list, from the cache while fresh. When the archive cannot list it again, a
   * stale list still serves, and the failure is returned for the run to report at its end.
   */
  async captureList(lookup: Lookup, onQueued: ArchiveRequest['onQueued']): Promise<{ captures: Capture[]; listingFailed?: ArchiveError }> {
    const { store, now } = this.deps;
    const { source, url } = lookup;
    const cached = await store.getCaptureList(source.id, url);
    const newest = cached?.captures.at(-1);
    // A page the reader has just saved is listed again whatever the TTL: the new capture is what they wait for.
    if (cached && !lookup.record.awaitingCapture && now() - cached.fetchedAt < captureListTtl(newest && timestampToIso(newest.timestamp), now())) {
      return { captures: cached.captures };
    }
    let captures: Capture[];
    try {
      // A listing waits for the archive's listing budget: `onQueued` tells the reader the job is queued.
      captures = await source.listCaptures(url, { ...lookup.request, onQueued });
    } catch (error) {
      if (cached && error instanceof ArchiveError && isTransient(error.failure)) return { captures: cached.captures, listingFailed: error };
      throw error;
    }
    await store.putCaptureList(source.id, url, captures, now());
    return { captures };
  }

  /** What the capture is: from `known` (what the store held when the job started) unless it is due again, else fetched. */
  async resolve(lookup: Lookup, capture: Capture, known: CachedResult | undefined): Promise<CachedResult> {
    if (known && !(known.kind === 'unusable' && known.retryAfter !== undefined && known.retryAfter <= this.deps.now())) return known;
    lookup.request.signal?.throwIfAborted();
    const key = captureKey(lookup.source.id, lookup.url, capture);
    let pending = this.inflight.get(key);
    if (!pending) {
      pending = this.fetch(lookup, capture, key).finally(() => this.inflight.delete(key));
      this.inflight.set(key, pending);
    }
    return (await pending).result;
  }

  /**
   * Fetches, extracts and stores one capture. Only complete answers are stored: a capture
   * that is not the article (an error page, a consent wall, a redirect elsewhere) is
   * remembered as unusable; a failed or partial answer stores nothing and ends the run.
   */
  private async fetch(lookup: Lookup, capture: Capture, key: string): Promise<CachedCapture> {
    const { source, url, request, record } = lookup;
    let result: CachedResult;
    try {
      const body = await source.fetchCapture(capture, request);
      result = this.read(await this.deps.extract(body, url), url, body.cut ?? false);
    } catch (error) {
      result = await this.unusableAfter(lookup, key, error);
    }
    // Only clearing the article aborts: what it fetched must not come back into the cache.
    request.signal?.throwIfAborted();
    delete record.captureFailures[key];
    return this.deps.store.putCapture(url, source.id, capture, result, this.deps.now());
  }

  /** What the page read from a capture makes of it; `cut`: only the beginning of its body was read. */
  private read(reading: ArchivedReading, url: string, cut: boolean): CachedResult {
    // Another page stored under the story's address is the story having moved, as a redirect elsewhere is.
    if (reading.kind === 'other-page') return { kind: 'unusable', reason: 'moved' };
    // Past the limit, a page without a story may have had one further on.
    const tooLarge: CachedResult = { kind: 'unusable', reason: 'too-large' };
    if (reading.kind === 'no-article') return cut ? tooLarge : { kind: 'unusable', reason: 'no-article' };
    const article = cut ? fromCutPage(reading.article) : reading.article;
    if (!article) return tooLarge;
    const archived = { ...article, url };
    return { kind: 'text', hash: articleKey(archived), article: archived };
  }

  /** What a failed fetch says about the capture itself, or the error again when it says nothing. */
  private async unusableAfter(lookup: Lookup, key: string, error: unknown): Promise<CachedResult> {
    if (!(error instanceof ArchiveError)) throw error;
    const { failure } = error;
    if (failure.kind === 'not-archived') return { kind: 'unusable', reason: 'not-archived' };
    if (failure.kind === 'moved') return { kind: 'unusable', reason: 'moved' };
    if (!isTransient(failure) || failure.kind === 'rate-limited') throw error;
    const { record } = lookup;
    const failures = (record.captureFailures[key] ?? 0) + 1;
    record.captureFailures[key] = failures;
    await this.deps.store.putJob(record);
    // One capture that keeps failing (a redirect loop, a broken record) while the archive
    // serves other captures of the story must not hold the whole history back.
    const { captureFailureLimit, unreachableRetryMs } = this.deps.policy;
    if (failures >= captureFailureLimit && lookup.othersServed()) {
      return { kind: 'unusable', reason: 'unreachable', retryAfter: this.deps.now() + unreachableRetryMs };
    }
    throw error;
  }
}
