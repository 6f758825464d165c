/** `article-history` itself, run as a process: help, version and usage errors, with the exit codes the README gives. */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureCliBuilt, runCli } from '../support/cli.ts';

const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

beforeAll(ensureCliBuilt, 120_000);

describe('article-history', () => {
  it.each([['--help'], ['-h']])('%s prints the usage with both commands on stdout and exits 0', (flag) => {
    const run = runCli([flag]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(/^usage: article-history <command>/);
    expect(run.stdout).toMatch(/^ {2}extract <file\.html\|-> --url <url> +print the article/m);
    expect(run.stdout).toMatch(/^ {2}diff <old\.html\|-> <new\.html\|-> --url <url> +what changed/m);
  });

  it('--version prints the version in package.json and exits 0', () => {
    expect(runCli(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it.each([
    [[], /^article-history: no command given\nusage: article-history <command>/],
    [['extrakt', 'page.html'], /^article-history: unknown command 'extrakt'\nusage: article-history <command>/],
    [['--verbose'], /^article-history: unknown option '--verbose'\nusage: article-history <command>/],
  ])('%j prints the usage on stderr, nothing on stdout, and exits 2', (args, stderr) => {
    const run = runCli(args);
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toMatch(stderr);
  });

  it.each([
    ['extract', '--help', /^usage: article-history extract <file\.html\|-> --url <url>/],
    ['extract', '-h', /^usage: article-history extract/],
    ['diff', '--help', /^usage: article-history diff <old\.html\|-> <new\.html\|-> --url <url>/],
    ['diff', '-h', /^usage: article-history diff/],
  ])('%s %s prints that command\'s options on stdout and exits 0', (command, flag, usage) => {
    const run = runCli([command, flag]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(usage);
    for (const option of ['--url', '--content-type', '--generic', '-h, --help', 'exit codes: 0']) expect(run.stdout).toContain(option);
  });

  it('--help wins over a missing --url, but not over an unknown option', () => {
    expect(runCli(['extract', 'page.html', '--help']).code).toBe(0);
    expect(runCli(['extract', '--help', '--colour']).code).toBe(2);
  });
});
