/**
 * How the bin finds the built tool: plain JavaScript with everything bundled, a clear message
 * when there is no build, and a rebuild when the sources changed since the build.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureCliBuilt, runCli } from '../support/cli.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PAGE = join(ROOT, 'test/fixtures/pages/nytimes-2018-with-correction.html');
const MACEDONIA = 'https://www.nytimes.com/2018/06/05/world/europe/greece-macedonia.html';
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };

const scratch: string[] = [];
/** A fresh folder; under the repository when the copy must still find its node_modules (ignored by git as *.tmp.*). */
function folder(where: 'outside' | 'in-repo'): string {
  const dir = mkdtempSync(where === 'outside' ? join(tmpdir(), 'article-history-') : join(ROOT, 'cli.tmp.'));
  scratch.push(dir);
  return dir;
}
function copy(from: string, to: string) {
  cpSync(join(ROOT, from), join(to, from), { recursive: true });
}

beforeAll(ensureCliBuilt, 120_000);
afterAll(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

describe('the article-history bin', () => {
  it('runs the built tool in plain Node, with nothing installed beside it (no tsx, linkedom bundled)', () => {
    const dir = folder('outside');
    copy('bin/article-history.js', dir);
    copy('dist/cli', dir);
    const bin = join(dir, 'bin/article-history.js');
    expect(runCli(['--version'], { bin })).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
    const run = runCli(['extract', PAGE, '--url', MACEDONIA], { bin });
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(run.stdout)).toMatchObject({ site: 'nytimes', title: 'Deal for Macedonia Name? High Treason, Some Greeks Say' });
  });

  it('without a build and without vite to make one, says what to run and exits 2', () => {
    const dir = folder('outside');
    copy('bin/article-history.js', dir);
    const run = runCli(['--version'], { bin: join(dir, 'bin/article-history.js') });
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toMatch(/^article-history: the command-line tool is not built \(.*dist\/cli\/article-history\.js is missing\).*run `npm install`/);
  });

  it('in a clone, builds the tool on first use, and rebuilds it when a source changed so that extract reads the site file as it is now', { timeout: 120_000 }, () => {
    const dir = folder('in-repo');
    for (const path of ['bin/article-history.js', 'vite.cli.config.ts', 'package.json', 'src/cli', 'src/core', 'src/sites', 'src/extract', 'src/sources', 'src/background', 'src/settings.ts', 'public/_locales/en/messages.json']) copy(path, dir);
    const bin = join(dir, 'bin/article-history.js');

    const first = runCli(['--version'], { bin });
    expect(first).toEqual({ code: 0, stdout: `${version}\n`, stderr: 'article-history: it is not built yet; building it first\n' });
    expect(existsSync(join(dir, 'dist/cli/article-history.js'))).toBe(true);
    expect(runCli(['--version'], { bin })).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });

    const siteFile = join(dir, 'src/sites/nytimes.ts');
    const original = readFileSync(siteFile, 'utf8');
    for (const id of ['nytimes-edited', 'nytimes-edited-again']) {
      writeFileSync(siteFile, original.replace("id: 'nytimes'", `id: '${id}'`));
      const edited = runCli(['extract', PAGE, '--url', MACEDONIA], { bin });
      expect(edited.stderr).toBe('article-history: src/sites/nytimes.ts changed since it was built; building it first\n');
      expect(edited.code).toBe(0);
      expect(JSON.parse(edited.stdout)).toMatchObject({ site: id });
    }
    // Three builds so far; the chunks of the current one and the one before it stay, older ones go.
    expect(readdirSync(join(dir, 'dist/cli/chunks')).filter((name) => name.startsWith('engine-'))).toHaveLength(2);
  });

  it('a source that fails to build is reported, with exit 2', { timeout: 120_000 }, () => {
    const dir = folder('in-repo');
    for (const path of ['bin/article-history.js', 'vite.cli.config.ts', 'package.json', 'src/cli', 'src/core', 'src/sites', 'src/extract', 'src/sources', 'src/background', 'src/settings.ts', 'public/_locales/en/messages.json']) copy(path, dir);
    writeFileSync(join(dir, 'src/sites/npr.ts'), 'export default {{;\n');
    const run = runCli(['--version'], { bin: join(dir, 'bin/article-history.js') });
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toMatch(/article-history: the build failed: .*npr\.ts/s);
  });
});
