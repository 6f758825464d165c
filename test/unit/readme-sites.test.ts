/** README.md's supported sites are the registry's: adding a site file means running `npm run sites:list`. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { README, sitesTable, tableInReadme } from '../../scripts/sites-list.ts';
import { sites } from '../../src/sites/index.ts';

describe('README.md', () => {
  it('lists every site of the registry, with its hosts and eras, and no other (npm run sites:list rewrites it)', () => {
    expect(tableInReadme(readFileSync(README, 'utf8'))).toBe(sitesTable());
  });

  it('the table names every site file and host', () => {
    const table = sitesTable();
    for (const site of sites) {
      expect(table).toContain(`src/sites/${site.id}.ts`);
      for (const host of site.hosts) expect(table).toContain(host);
    }
  });
});
