/**
 * `npm run sites:list`: writes README.md's table of supported sites from the site registry,
 * between the `sites:start` and `sites:end` marker comments, so that the list a reader sees is the
 * list the extension runs. test/unit/readme-sites.test.ts fails while the two differ.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { sites } from '../src/sites/index.ts';
import type { Site } from '../src/extract/site.ts';

export const START = '<!-- sites:start (npm run sites:list writes this table from src/sites/index.ts) -->';
export const END = '<!-- sites:end -->';
export const README = fileURLToPath(new URL('../README.md', import.meta.url));

/** One row per site, by id: its file, its hosts, and the template eras it reads, newest first. */
export function sitesTable(list: readonly Site[] = sites): string {
  const rows = [...list]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((site) => `| [\`${site.id}\`](src/sites/${site.id}.ts) | ${site.hosts.join(', ')} | ${site.templates.map((template) => template.since).join(', ')} |`);
  return [`${list.length} sites:`, '', '| site file | hosts | template eras (newest first) |', '|---|---|---|', ...rows].join('\n');
}

/** `readme` with the text between its markers replaced by `table`; the markers must be there. */
export function withTable(readme: string, table: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md has no ${START} … ${END} markers`);
  return `${readme.slice(0, start + START.length)}\n${table}\n${readme.slice(end)}`;
}

/** The table as README.md has it now, between its markers. */
export function tableInReadme(readme: string): string {
  return readme.slice(readme.indexOf(START) + START.length, readme.indexOf(END)).trim();
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const before = readFileSync(README, 'utf8');
  const after = withTable(before, sitesTable());
  writeFileSync(README, after);
  console.log(after === before ? `README.md: the table of ${sites.length} sites was up to date` : `README.md: wrote the table of ${sites.length} sites`);
}
