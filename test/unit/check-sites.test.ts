/**
 * Every page of test/fixtures as `article-history check-sites` sees it: no page of a supported
 * site may fall to the generic reader (an era its site file does not know), and every real page
 * of a supported site kept for the site files is listed by its file as a test page, so that
 * site-pages.test.ts checks what it says. Pages of unsupported sites (tmz, the benchmark's
 * others) are fine as they are.
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkDirs, isFallback, tallyBySite, type PageCheck } from '../../src/cli/site-check.ts';
import { sites } from '../../src/sites/index.ts';
import { FIXTURES, MADE_UNREADABLE } from '../support/fixtures.ts';

/** Copies of a listed page in another charset, for the CLI's --content-type tests: not another page of the site. */
const REENCODED = new Set(['pages/nytimes-2018-with-correction-windows-1252.html']);

let checks: PageCheck[] = [];

beforeAll(async () => {
  checks = await checkDirs([fileURLToPath(FIXTURES)], fileURLToPath(FIXTURES));
}, 120_000);

describe('check-sites over test/fixtures', () => {
  it('reads every page of a supported site with an era of its site file, never the generic reader', () => {
    expect(checks.filter((check) => check.kind === 'read').length).toBeGreaterThan(50);
    const fallbacks = checks.filter(isFallback).filter((check) => !check.page.startsWith(MADE_UNREADABLE));
    expect(fallbacks.map((check) => `${check.page} (${'site' in check ? check.site : ''})`)).toEqual([]);
    expect(checks.filter(isFallback).length, 'the layouts/ pages are read by the generic reader, as they were made to be').toBeGreaterThan(0);
  });

  it('counts pages of unsupported sites apart, not as fallbacks', () => {
    expect(checks).toContainEqual(expect.objectContaining({ kind: 'unsupported', page: 'pages/tmz-2022.html', host: 'www.tmz.com' }));
  });

  it('finds every supported site in the fixtures', () => {
    const empty = tallyBySite(checks).filter((tally) => tally.pages === 0).map((tally) => tally.site);
    expect(empty).toEqual([]);
  });

  it('finds every real page of a supported site under pages/ and fundus/ listed by its site file', () => {
    const listed = new Set(sites.flatMap((site) => site.testPages.map((page) => `${site.id} ${page.file}`)));
    const unlisted = checks
      .filter((check) => (check.kind === 'read' || check.kind === 'generic') && /^(pages|fundus)\//.test(check.page) && !REENCODED.has(check.page) && !listed.has(`${check.site} ${check.page}`))
      .map((check) => check.page);
    expect(unlisted, 'list these in their site file\'s testPages').toEqual([]);
  });
});
