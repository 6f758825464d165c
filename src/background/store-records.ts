/**
 * What a record of each store must look like to be used. IndexedDB hands back whatever was
 * written: by an older or newer build, by a crash halfway through a migration, or by the
 * reader's own tools. A record that fails its check is dropped and noted, never used: one bad
 * record must not stop every article, nor "forget everything".
 */
import {
  arrayOf,
  articleShape,
  hasShape,
  isBoolean,
  isFiniteNumber,
  isNumberArray,
  isObject,
  isString,
  isStringArray,
  oneOf,
  optional,
  shaped,
  type Check,
  type Guard,
} from '../core/shape.ts';
import type { PauseRecord } from '../sources/archive-pause.ts';
import type { BudgetRecord } from '../sources/rate-budget.ts';
import { FOLLOW_FAILURES } from '../core/followed-list.ts';
import type { ArticleRecord, CaptureListRecord, CaptureRecord, FollowRecord, HistoryDB, JobRecord, ParagraphRecord, VersionRecord, VisitRecord } from './store-schema.ts';


const isCapture = shaped({ timestamp: isString, original: isString, digest: isString });
const isCaptureResult: Check = (v) =>
  hasShape(v, { kind: oneOf('text'), hash: isString }) ||
  hasShape(v, { kind: oneOf('unusable'), reason: oneOf('no-article', 'not-archived', 'moved', 'unreachable', 'too-large'), retryAfter: optional(isFiniteNumber) });

const isFailureReason = oneOf('archive-unavailable', 'archive-blocked', 'archive-garbled', 'archive-redirect-loop', 'offline', 'internal');
const isWaitReason: Check = (v) => hasShape(v, { kind: oneOf('rate-limited') }) || hasShape(v, { kind: oneOf('failed'), reason: isFailureReason });
const isJobStatus: Check = (v) =>
  hasShape(v, { kind: oneOf('running'), since: isFiniteNumber }) ||
  hasShape(v, { kind: oneOf('waiting'), retryAt: isFiniteNumber, why: isWaitReason }) ||
  hasShape(v, { kind: oneOf('settled'), at: isFiniteNumber });
const isCountTable: Check = (v) => isObject(v) && Object.values(v).every(isFiniteNumber);

const isSchedule = shaped({
  followedAt: isFiniteNumber,
  pinned: isBoolean,
  intervalMs: (v) => isFiniteNumber(v) && (v as number) > 0,
  failures: isFiniteNumber,
  nextCheckAt: (v) => v === null || isFiniteNumber(v),
});
const isFollowCheck: Check = (v) =>
  hasShape(v, { at: isFiniteNumber, result: oneOf('changed', 'unchanged') }) || hasShape(v, { at: isFiniteNumber, result: oneOf('failed'), failure: oneOf(...FOLLOW_FAILURES) });
const isCounts = shaped({
  headline: isBoolean,
  byline: isBoolean,
  corrections: isFiniteNumber,
  rewritten: isFiniteNumber,
  added: isFiniteNumber,
  removed: isFiniteNumber,
  moved: isFiniteNumber,
});
const isLastChange: Check = (v) => v === null || hasShape(v, { at: isFiniteNumber, toHash: isString, counts: isCounts });

// Versions stored before readers were recorded have none: read as an unknown era (see storedReader).
const isStoredArticle = shaped(articleShape({ url: isString, paragraphs: isNumberArray, reader: optional(isString) }));

export const RECORD_GUARDS: { [S in keyof HistoryDB]: Guard<HistoryDB[S]['value']> } = {
  captures: shaped<CaptureRecord>({ key: isString, url: isString, source: isString, capture: isCapture, fetchedAt: isFiniteNumber, result: isCaptureResult }),
  captureLists: shaped<CaptureListRecord>({ key: isString, url: isString, source: isString, fetchedAt: isFiniteNumber, captures: arrayOf(isCapture) }),
  visits: shaped<VisitRecord>({ id: optional(isFiniteNumber), url: isString, firstSeenAt: isString, lastSeenAt: isString, hash: isString }),
  versions: shaped<VersionRecord>({ key: isString, url: isString, hash: isString, article: isStoredArticle }),
  paragraphs: shaped<ParagraphRecord>({ id: isFiniteNumber, text: isString, urls: isStringArray }),
  articles: shaped<ArticleRecord>({ url: isString, lastViewedAt: isFiniteNumber, bytes: isFiniteNumber }),
  jobs: shaped<JobRecord>({ url: isString, thorough: isBoolean, failedRuns: isFiniteNumber, captureFailures: isCountTable, status: isJobStatus, awaitingCapture: optional(shaped({ timestamp: isString, checksLeft: isFiniteNumber })) }),
  pauses: shaped<PauseRecord>({ host: isString, until: isFiniteNumber, strikes: isNumberArray, lastPauseMs: isFiniteNumber }),
  budgets: shaped<BudgetRecord>({ host: isString, spent: shaped({ listing: isNumberArray, memento: isNumberArray }) }),
  follows: shaped<FollowRecord>({
    url: isString,
    title: isString,
    schedule: isSchedule,
    lastHash: isString,
    lastCheck: (v) => v === null || isFollowCheck(v),
    lastChange: isLastChange,
    unseen: isBoolean,
  }),
};
