/**
 * Every template era covered (issue 11): per supported site, how many pages of the project's
 * fixtures it has, how many fell to the generic reader, and which eras read the rest, from the
 * same run as `article-history check-sites`. The shared fixtures (../shared/fixtures beside the
 * checkout) are counted too where they exist. Goal: genericFallbacks 0 on every row.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkDirs, isFallback, tallyBySite, type PageCheck, type SiteTally } from '../src/cli/site-check.ts';
import type { BenchSection } from './section.ts';
import { MADE_UNREADABLE } from '../test/support/fixtures.ts';

const FIXTURES = fileURLToPath(new URL('../test/fixtures/', import.meta.url));
const SHARED = fileURLToPath(new URL('../../shared/fixtures/', import.meta.url));

export default async function sitesBench(): Promise<BenchSection> {
  const own = (await checkDirs([FIXTURES], FIXTURES)).filter((check) => !check.page.startsWith(MADE_UNREADABLE));
  const shared = existsSync(SHARED) ? await checkDirs([SHARED], SHARED) : null;
  const lines = [
    'sites: every supported site over test/fixtures; goal: no page of a supported site read by the generic reader',
    ...report('test/fixtures', own, tallyBySite(own)),
    ...(shared ? report('../shared/fixtures', shared, tallyBySite(shared)) : ['  ../shared/fixtures is absent: only the project\'s fixtures were checked']),
  ];
  return {
    json: { sites: tallyBySite(own), ...(shared ? { sitesShared: tallyBySite(shared) } : {}) },
    report: lines.join('\n'),
  };
}

function report(name: string, checks: readonly PageCheck[], tallies: readonly SiteTally[]): string[] {
  const fallbacks = checks.filter(isFallback);
  const pages = tallies.reduce((n, tally) => n + tally.pages, 0);
  return [
    `  ${name}: ${pages} article pages of ${tallies.filter((tally) => tally.pages > 0).length} supported sites, ${fallbacks.length} generic fallbacks${fallbacks.length > 0 ? `: ${fallbacks.map((check) => check.page).join(', ')}` : ''}`,
    ...tallies.map((tally) => `    ${tally.site.padEnd(15)} ${String(tally.pages).padStart(3)} pages  ${String(tally.genericFallbacks).padStart(2)} generic  eras ${tally.eras.join(', ') || '-'}`),
  ];
}
