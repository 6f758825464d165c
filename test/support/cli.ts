/** Running `article-history` as a user does: the real bin in its own Node process. */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
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

export interface RunningCli {
  child: ChildProcess;
  /** What it has printed on standard output so far. */
  stdout(): string;
  /** Its exit, with everything it printed (`code` null when it was killed). */
  exited: Promise<CliRun>;
}

/**
 * The bin as a process that runs while the test goes on: for a command that talks to a server in
 * the test's own process (spawnSync would stop that server from answering), or one to kill halfway.
 */
export function startCli(args: string[], { stdin, bin = BIN }: { stdin?: string; bin?: string } = {}): RunningCli {
  const child = spawn(process.execPath, [bin, ...args], { stdio: [stdin === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'] });
  if (stdin !== undefined) child.stdin!.end(stdin);
  let stdout = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<CliRun>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
  return { child, stdout: () => stdout, exited };
}
