/**
 * The extension's history engine in Node: the same HistoryService, capture choice, Wayback
 * client and politeness (one request queue with its budgets, the pause after 429s, back-off),
 * wired to files instead of IndexedDB and alarms. One engine serves every story of a run, so
 * that all of them share one budget, as every tab of a browser does. The pause and the budget
 * spent are kept in the cache directory too: a run started again mid-pause waits it out rather
 * than knocking.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HistoryState } from '../core/history.ts';
import { readArchivedBytes } from '../extract/node.ts';
import { canonicalUrl } from '../sites/index.ts';
import { ArchivePauses, type PauseRecord } from '../sources/archive-pause.ts';
import { createPoliteFetch, DEFAULT_POLITENESS } from '../sources/polite-fetch.ts';
import { RateBudgets, type BudgetRecord } from '../sources/rate-budget.ts';
import { RequestQueue } from '../sources/request-queue.ts';
import { createWaybackSource } from '../sources/wayback.ts';
import { HistoryService, type WakeUps } from '../background/history-service.ts';
import { RECORD_GUARDS } from '../background/store-records.ts';
import { FileHistoryCache } from './file-cache.ts';

export interface EngineOptions {
  /** The archive's base URL (the Wayback Machine, or a pywb collection). */
  archive: string;
  /** Where the cache lives; null for none (everything is asked again next run). */
  cacheDir: string | null;
}

/** The end of one story's lookup: its history complete, or given up with what was found. */
export type FinalState = Extract<HistoryState, { kind: 'done' } | { kind: 'failed' }>;

export interface HistoryEngine {
  /** The story's canonical address: the key its history is kept under, as in the extension. */
  canonical(url: string): string;
  /** Runs the story's job until it is done or has given up; waits (for the archive's pause, a retry) are waited out. */
  history(url: string): Promise<FinalState>;
  close(): void;
}

/** The job is over when it is done, or failed with no retry of its own to come. */
const isFinal = (state: HistoryState): state is FinalState => state.kind === 'done' || (state.kind === 'failed' && state.retryAt === undefined);

export function createHistoryEngine({ archive, cacheDir }: EngineOptions): HistoryEngine {
  const politeness = cacheDir ? politenessFile(cacheDir) : null;
  const pauses = new ArchivePauses((record) => politeness?.save({ pause: record }));
  const budgets = new RateBudgets((record) => politeness?.save({ budget: record }));
  if (politeness) {
    const saved = politeness.load();
    pauses.restore(saved.pauses);
    budgets.restore(saved.budgets);
  }
  const queue = new RequestQueue(DEFAULT_POLITENESS, budgets, pauses);
  const source = createWaybackSource(createPoliteFetch(DEFAULT_POLITENESS, { pauses, queue }), archive);
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Called when a story's wake-up fires: its job runs again. */
  const woken = new Map<string, () => void>();
  const wakeUps: WakeUps = {
    at(url, when) {
      clearTimeout(timers.get(url));
      timers.set(
        url,
        setTimeout(() => {
          timers.delete(url);
          woken.get(url)?.();
        }, Math.max(0, when - Date.now())),
      );
    },
    cancel(url) {
      clearTimeout(timers.get(url));
      timers.delete(url);
    },
  };
  const cache = new FileHistoryCache(cacheDir);
  const service = new HistoryService({
    store: cache,
    source: () => source,
    extract: (body, url) => readArchivedBytes(body.bytes, url, body.contentType ?? undefined),
    wakeUps,
  });

  return {
    canonical: (url) => canonicalUrl(new URL(url)),

    history(url) {
      return new Promise<FinalState>((resolve) => {
        let last: HistoryState | undefined;
        let settled = false;
        const finish = (state: FinalState) => {
          if (settled) return;
          settled = true;
          stop();
          woken.delete(url);
          wakeUps.cancel(url);
          // A run of thousands of stories holds the stories under way in memory, not all it has read.
          void service.idle(url).then(() => {
            service.release(url);
            cache.release(url);
            resolve(state);
          });
        };
        const stop = service.watch(url, (state) => {
          last = state;
          if (isFinal(state)) finish(state);
        });
        // A run that ended with no wake-up set and no final state crashed: report it rather than wait for ever.
        const run = () => {
          service.resume(url);
          void service.idle(url).then(() => {
            if (!timers.has(url) && !(last && isFinal(last))) finish({ kind: 'failed', versions: last?.versions ?? [], reason: 'internal' });
          });
        };
        woken.set(url, run);
        run();
      });
    },

    close() {
      for (const timer of timers.values()) clearTimeout(timer);
      timers.clear();
    },
  };
}

interface SavedPoliteness {
  pauses: PauseRecord[];
  budgets: BudgetRecord[];
}

/** The pause and the budgets spent, one small JSON file replaced whole on every change (a kill leaves the old or the new one). */
function politenessFile(dir: string) {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, 'politeness.json');
  const pauses = new Map<string, PauseRecord>();
  const budgets = new Map<string, BudgetRecord>();
  return {
    load(): SavedPoliteness {
      try {
        const saved = JSON.parse(readFileSync(path, 'utf8')) as Partial<SavedPoliteness>;
        for (const record of Array.isArray(saved.pauses) ? saved.pauses : []) if (RECORD_CHECKS.pause(record)) pauses.set(record.host, record);
        for (const record of Array.isArray(saved.budgets) ? saved.budgets : []) if (RECORD_CHECKS.budget(record)) budgets.set(record.host, record);
      } catch {
        // No file yet, or an unreadable one: start from a full budget, as a first run does.
      }
      return { pauses: [...pauses.values()], budgets: [...budgets.values()] };
    },
    save(change: { pause?: PauseRecord; budget?: BudgetRecord }): void {
      if (change.pause) pauses.set(change.pause.host, change.pause);
      if (change.budget) budgets.set(change.budget.host, change.budget);
      writeFileSync(`${path}.tmp`, JSON.stringify({ pauses: [...pauses.values()], budgets: [...budgets.values()] }));
      renameSync(`${path}.tmp`, path);
    },
  };
}

const RECORD_CHECKS = { pause: RECORD_GUARDS.pauses, budget: RECORD_GUARDS.budgets };
