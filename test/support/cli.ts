/** Running `article-history` as a user does: the real bin in its own Node process. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const BIN = fileURLToPath(new URL('../../bin/article-history.js', import.meta.url));

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], { stdin, bin = BIN }: { stdin?: Uint8Array | string; bin?: string } = {}): CliRun {
  const run = spawnSync(process.execPath, [bin, ...args], { input: stdin ?? '', encoding: 'utf8', timeout: 60_000 });
  if (run.error) throw run.error;
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/**
 * Brings dist/cli up to date before a test file's checks (the bin rebuilds a stale build and
 * says so on stderr, which would otherwise land in the first test's output).
 */
export function ensureCliBuilt(): void {
  const run = runCli(['--version']);
  if (run.code !== 0) throw new Error(`article-history --version failed (${run.code}): ${run.stderr}`);
}
