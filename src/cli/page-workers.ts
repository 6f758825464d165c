/**
 * Reading many saved pages on every core, in one process: worker threads each load the
 * extractor once and read the pages they are handed, and the results come back in the order the
 * pages were given. Parsing and reading a page is all CPU, so on two cores two threads read
 * nearly twice the pages a second. This module is also the workers' own code: a thread started
 * on it serves pages instead of handing them out.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { PageRequest, PageResult } from './read-page.ts';

/** A page request as it crosses to a thread (a URL object cannot). */
interface Job {
  index: number;
  file: string;
  url: string | null;
  contentType: string | undefined;
  generic: boolean;
}

interface Done {
  index: number;
  result: PageResult;
}

const ROLE = 'article-history:page-worker';
/** Pages handed to a thread before it answers: enough that it never waits for the next one. */
const IN_HAND = 2;
/** Pages read ahead of the first one not printed yet: a slow page holds back at most this many results in memory. */
const AHEAD = 64;
/** Below this many pages a thread, starting one (it loads the site files and linkedom) costs more than it saves. */
const PAGES_PER_THREAD = 8;

if (!isMainThread && (workerData as Record<string, unknown> | null)?.[ROLE] === true) {
  const { readPage } = await import('./read-page.ts');
  parentPort!.on('message', (job: Job) => {
    void readPage({ ...job, url: job.url === null ? null : new URL(job.url) }).then((result) => parentPort!.postMessage({ index: job.index, result } satisfies Done));
  });
}

/**
 * Threads worth starting for `pages` pages: one per core, if each gets a few pages; 0 where a
 * thread cannot load this module as it is (run from the TypeScript source, where threads
 * would need a loader of their own).
 */
export function threadsFor(pages: number): number {
  const self = new URL(import.meta.url);
  if (self.protocol !== 'file:' || !self.pathname.endsWith('.js') || !existsSync(fileURLToPath(self))) return 0;
  const threads = Math.min(availableParallelism(), Math.floor(pages / PAGES_PER_THREAD));
  return threads > 1 ? threads : 0;
}

/**
 * Reads `pages` on `threads` threads and hands each result to `each` in the order of the pages.
 * A thread that fails (it could not start, it ran out of memory) leaves its pages to `fallback`,
 * which reads them here.
 */
export async function readPagesInThreads(
  pages: readonly PageRequest[],
  threads: number,
  each: (index: number, result: PageResult) => void,
  fallback: (page: PageRequest) => Promise<PageResult>,
): Promise<void> {
  const results = new Map<number, PageResult>();
  let next = 0;
  let printed = 0;
  const workers = Array.from({ length: threads }, () => new Worker(new URL(import.meta.url), { workerData: { [ROLE]: true } }));
  const pool = workers.map((worker) => ({ worker, inHand: new Set<number>() }));

  const flush = () => {
    for (let result = results.get(printed); result; result = results.get(printed)) {
      results.delete(printed);
      each(printed++, result);
    }
  };
  await new Promise<void>((resolve) => {
    let alive = pool.length;
    const settle = () => {
      if (printed === pages.length || alive === 0) resolve();
    };
    /** Pages a failed thread had in hand, for the others to read first. */
    const dropped: number[] = [];
    const feed = (member: (typeof pool)[number]) => {
      while (member.inHand.size < IN_HAND && (dropped.length > 0 || (next < pages.length && next < printed + AHEAD))) {
        const index = dropped.shift() ?? next++;
        const { file, url, contentType, generic } = pages[index]!;
        member.inHand.add(index);
        member.worker.postMessage({ index, file, url: url?.href ?? null, contentType, generic } satisfies Job);
      }
    };
    for (const member of pool) {
      member.worker.on('message', ({ index, result }: Done) => {
        member.inHand.delete(index);
        results.set(index, result);
        flush();
        for (const other of pool) feed(other);
        settle();
      });
      member.worker.on('error', () => {
        // Its pages go to the other threads, or, when none is left, are read here after the rest.
        dropped.push(...member.inHand);
        member.inHand.clear();
        pool.splice(pool.indexOf(member), 1);
        alive--;
        for (const other of pool) feed(other);
        settle();
      });
      feed(member);
    }
  });
  await Promise.all(workers.map((worker) => worker.terminate()));
  for (let index = printed; index < pages.length; index++) results.set(index, results.get(index) ?? (await fallback(pages[index]!)));
  flush();
}
