/** The extension build drops each site file's test pages (scripts/strip-test-pages.ts): the rest of the file must read the same. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withoutTestPages } from '../../scripts/strip-test-pages.ts';

const SITES = new URL('../../src/sites/', import.meta.url);
const files = readdirSync(SITES).filter((name) => name !== 'index.ts');

describe('stripping test pages from site files', () => {
  it.each(files)('%s: only its testPages go', (name) => {
    const code = readFileSync(new URL(name, SITES), 'utf8');
    const stripped = withoutTestPages(code);
    expect(stripped).toContain('testPages: []');
    expect(stripped.length).toBeLessThan(code.length);
    // Everything before and after the list is kept byte for byte.
    const start = code.indexOf('testPages:');
    expect(stripped.slice(0, start)).toBe(code.slice(0, start));
    expect(code.endsWith(stripped.slice(start + 'testPages: []'.length))).toBe(true);
  });

  it('skips brackets inside strings and comments', () => {
    const code = "x({ a: 1, testPages: [{ title: 'A [bracket] \\' ]', last: \"]\" }, // ]\n], b: 2 });";
    expect(withoutTestPages(code)).toBe('x({ a: 1, testPages: [], b: 2 });');
  });
});
