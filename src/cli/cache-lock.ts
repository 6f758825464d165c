/**
 * One `history` run at a time per cache directory. Two runs sharing one would each spend the
 * archive's budget as if it were alone, together twice the rate the archive allows (and then
 * blocked), and would append to the same story files. The lock is a file naming the run's
 * process; one left by a run that was killed names a process that is gone, and is taken over.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export type CacheLock = { kind: 'held'; release(): void } | { kind: 'busy'; pid: number; path: string };

export function lockCache(dir: string): CacheLock {
  const path = join(dir, 'run.lock');
  // Twice at most: the second try follows the removal of a dead run's lock.
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(path, `${process.pid}\n`, { flag: 'wx' });
      return { kind: 'held', release: () => rmSync(path, { force: true }) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const pid = lockHolder(path);
    if (pid !== null && isRunning(pid)) return { kind: 'busy', pid, path };
    rmSync(path, { force: true });
  }
  return { kind: 'busy', pid: lockHolder(path) ?? 0, path };
}

function lockHolder(path: string): number | null {
  try {
    const pid = Number.parseInt(readFileSync(path, 'utf8'), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: a process of another user holds that number, so it is running.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
