/** `article-history check-sites`, run as a process: its rows, where it finds a page's URL, its summary and exit codes. */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureCliBuilt, runCli } from '../support/cli.ts';

const fixture = (path: string) => fileURLToPath(new URL(`../fixtures/${path}`, import.meta.url));
/** The page's URL as a meta.info beside it states it, marked so that a test sees where the URL came from. */
const META_INFO_URL = 'https://www.latimes.com/sports/story/2023-06-26/100-years-los-angeles-coliseum-historical-events?listed=meta-info';
const dir = mkdtempSync(join(tmpdir(), 'check-sites-'));

/** A story on a supported host in markup no era of its site file knows: only the generic reader can read it. */
const UNKNOWN_LAYOUT = `<!doctype html><html><head><title>A story</title>
<link rel="canonical" href="https://www.nytimes.com/2031/01/01/world/a-story-in-a-new-layout.html"></head>
<body><main class="layout-2031"><h1>A story in a new layout</h1>
${Array.from({ length: 6 }, (_, i) => `<div class="para-2031">Paragraph ${i + 1} of a story told at length, with enough words in it that a reader takes it for the body of the article and not for a caption.</div>`).join('\n')}
</main></body></html>`;

beforeAll(() => {
  ensureCliBuilt();
  mkdirSync(join(dir, 'known'));
  mkdirSync(join(dir, 'fundus'));
  mkdirSync(join(dir, 'new-layout'));
  copyFileSync(fixture('pages/guardian-2016-11-29.html'), join(dir, 'known', 'guardian.html'));
  copyFileSync(fixture('pages/tmz-2022.html'), join(dir, 'known', 'tmz.html'));
  copyFileSync(fixture('fundus/us/LATimes_2023_06_26.html.gz'), join(dir, 'fundus', 'LATimes_2023_06_26.html.gz'));
  writeFileSync(join(dir, 'fundus', 'meta.info'), JSON.stringify({ 'LATimes_2023_06_26.html.gz': { url: META_INFO_URL } }));
  writeFileSync(join(dir, 'new-layout', 'story.html'), UNKNOWN_LAYOUT);
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('article-history check-sites', () => {
  it('prints one row per page of a supported site with its era, counts the others in a summary, and exits 0 when no page fell to the generic reader', () => {
    const run = runCli(['check-sites', join(dir, 'known'), join(dir, 'fundus')]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(/^site +era +paragraphs +reader +page$/m);
    expect(run.stdout).toMatch(/^theguardian +2014 +39 +site file +\S*guardian\.html$/m);
    expect(run.stdout).toMatch(/^latimes +2023-stack +37 +site file +\S*LATimes_2023_06_26\.html\.gz$/m);
    expect(run.stdout).not.toMatch(/tmz\.html/);
    expect(run.stdout).toMatch(/3 pages: 2 articles of supported sites, 2 read by their site file, 0 by the generic reader.*1 pages of 1 unsupported hosts skipped \(www\.tmz\.com 1\)/);
  });

  it('exits 1 when a page of a supported site fell to the generic reader, and says which', () => {
    const run = runCli(['check-sites', join(dir, 'new-layout')]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^nytimes +- +6 +GENERIC +\S*story\.html$/m);
  });

  it('--json prints one row per page, every page, with the same keys', () => {
    const run = runCli(['check-sites', '--json', join(dir, 'known'), join(dir, 'fundus'), join(dir, 'new-layout')]);
    expect(run.code).toBe(1);
    const rows = JSON.parse(run.stdout) as Record<string, unknown>[];
    expect(rows).toHaveLength(4);
    expect(rows).toContainEqual(expect.objectContaining({ site: 'latimes', url: META_INFO_URL, era: '2023-stack', kind: 'read' }));
    expect(rows).toContainEqual(expect.objectContaining({ site: 'theguardian', era: '2014', paragraphs: 39, generic: false, kind: 'read' }));
    expect(rows).toContainEqual(expect.objectContaining({ site: 'nytimes', era: null, paragraphs: 6, generic: true, kind: 'generic' }));
    expect(rows).toContainEqual(expect.objectContaining({ site: null, url: 'https://www.tmz.com/2016/11/28/prince-wife-estate-will/', generic: false, kind: 'unsupported' }));
  });

  it('--help prints its options and exits 0; a bad option or a missing folder exits 2', () => {
    expect(runCli(['check-sites', '--help'])).toMatchObject({ code: 0, stderr: '', stdout: expect.stringMatching(/^usage: article-history check-sites \[dir…\] \[--json\]/) });
    expect(runCli(['check-sites', '--verbose'])).toMatchObject({ code: 2, stdout: '', stderr: expect.stringMatching(/^article-history check-sites: .*--verbose/) });
    expect(runCli(['check-sites', join(dir, 'no-such-folder')])).toMatchObject({ code: 2, stdout: '', stderr: expect.stringMatching(/not a folder/) });
  });
});
