/**
 * `article-history check-sites [dir…] [--json]`: every site file over every saved page in the
 * folders, one row per page: its site, the template era that read it, how many paragraphs, and
 * whether the generic reader had to read it instead. Exit 1 when a page of a supported site fell
 * to the generic reader: a template era its site file does not know yet.
 */
import { parseArgs } from 'node:util';
import { answerWithoutRunning, EXIT, type Parsed } from './args.ts';
import type { PageCheck } from './site-check.ts';

const usage = 'usage: article-history check-sites [dir…] [--json]';

const help = `${usage}

Runs every site file over every saved page (.html, .htm, .html.gz) in the folders, recursively,
and prints one row per page of a supported site: site, era (the template's since), paragraphs,
and whether the generic reader read it. A page's URL comes from the site file that lists it as a
test page, else fundus's meta.info beside it, the article-extraction-benchmark's
ground-truth.json, postlight's version-sets.json, else the page's canonical link or og:url, else
a file name that is a hostname. Pages of unsupported hosts, pages that are not articles, and
pages without a URL are counted in the summary line.

  [dir…]                 the folders; default: this project's test/fixtures
  --json                 print one JSON row per page instead (site, era, paragraphs, generic, kind)
  -h, --help             this help

exit codes: 0 every page of a supported site read by its site file; 1 a page of a supported site
fell to the generic reader (or to no reader); 2 bad arguments or a folder that cannot be read`;

interface Request {
  dirs: string[];
  json: boolean;
}

function parse(args: string[]): Parsed<Request> {
  try {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } } });
    return values.help ? { kind: 'help' } : { kind: 'ok', request: { dirs: positionals, json: values.json } };
  } catch (error) {
    return { kind: 'bad', reason: (error as Error).message };
  }
}

export async function runCheckSites(args: string[]): Promise<number> {
  const parsed = parse(args);
  if (parsed.kind !== 'ok') return answerWithoutRunning('check-sites', parsed, help, usage);
  const { checkDirs, isFallback, projectFixtures } = await import('./site-check.ts');
  const { existsSync, statSync } = await import('node:fs');
  const given = parsed.request.dirs;
  const fixtures = projectFixtures();
  if (given.length === 0 && fixtures === null) {
    console.error('article-history check-sites: no folder given, and this copy of the tool has no test/fixtures beside it');
    return EXIT.usage;
  }
  const dirs = given.length > 0 ? given : [fixtures!];
  const missing = dirs.find((dir) => !existsSync(dir) || !statSync(dir).isDirectory());
  if (missing !== undefined) {
    console.error(`article-history check-sites: not a folder: ${missing}`);
    return EXIT.usage;
  }
  const checks = await checkDirs(dirs, given.length > 0 ? process.cwd() : dirs[0]!);
  console.log(parsed.request.json ? JSON.stringify(checks.map(asRow), null, 2) : table(checks));
  return checks.some(isFallback) ? EXIT.notArticle : EXIT.done;
}

/** One JSON row, the same keys for every kind of page. */
function asRow(check: PageCheck) {
  return {
    page: check.page,
    url: 'url' in check ? check.url : null,
    site: 'site' in check ? check.site : null,
    era: check.kind === 'read' ? check.era : null,
    paragraphs: 'paragraphs' in check ? check.paragraphs : null,
    generic: check.kind === 'generic',
    kind: check.kind,
    ...('reason' in check ? { reason: check.reason } : {}),
  };
}

function table(checks: readonly PageCheck[]): string {
  const shown = checks.filter((check) => check.kind === 'read' || check.kind === 'generic' || check.kind === 'unread' || check.kind === 'not-article');
  const cell = (check: PageCheck): [string, string, string, string] => {
    switch (check.kind) {
      case 'read':
        return [check.site, check.era, String(check.paragraphs), 'site file'];
      case 'generic':
        return [check.site, '-', String(check.paragraphs), 'GENERIC'];
      case 'unread':
        return [check.site, '-', '0', 'NONE: no story found'];
      case 'not-article':
        return [check.site, '-', '-', `not an article (${check.reason})`];
      default:
        return ['', '', '', ''];
    }
  };
  const lines = [['site', 'era', 'paragraphs', 'reader', 'page'].join('\t'), ...shown.map((check) => [...cell(check), check.page].join('\t'))];
  return [...alignColumns(lines), summary(checks)].join('\n');
}

function alignColumns(lines: string[]): string[] {
  const rows = lines.map((line) => line.split('\t'));
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  return rows.map((row) => row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  '));
}

function summary(checks: readonly PageCheck[]): string {
  const count = (kind: PageCheck['kind']) => checks.filter((check) => check.kind === kind).length;
  const hosts = new Map<string, number>();
  for (const check of checks) if (check.kind === 'unsupported') hosts.set(check.host, (hosts.get(check.host) ?? 0) + 1);
  const supported = count('read') + count('generic') + count('unread');
  const parts = [
    `${checks.length} pages: ${supported} articles of supported sites, ${count('read')} read by their site file, ${count('generic')} by the generic reader, ${count('unread')} by no reader`,
    `${count('not-article')} pages of supported sites that are not articles`,
    `${count('unsupported')} pages of ${hosts.size} unsupported hosts skipped${hosts.size > 0 ? ` (${hostList(hosts)})` : ''}`,
    `${count('unknown')} pages without a URL skipped`,
  ];
  return parts.join('; ');
}

/** The hosts with the most pages first, the first eight of them named: `--json` has every page. */
function hostList(hosts: Map<string, number>): string {
  const named = [...hosts].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([host, n]) => `${host} ${n}`);
  return hosts.size > named.length ? `${named.join(', ')}, and ${hosts.size - named.length} more` : named.join(', ');
}
