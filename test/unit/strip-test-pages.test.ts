/** The extension build drops each site file's test data (scripts/strip-test-pages.ts): the rest of the file must read the same. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TEST_FIELDS, withoutTestData } from '../../scripts/strip-test-pages.ts';

const SITES = new URL('../../src/sites/', import.meta.url);
const files = readdirSync(SITES).filter((name) => name !== 'index.ts');
const EMPTIED = new RegExp(`\\b(?:${TEST_FIELDS.join('|')}): \\[\\]`);
const LIST = new RegExp(`^(?:${TEST_FIELDS.join('|')}): \\[[\\s\\S]*\\]$`);

describe('stripping test data from site files', () => {
  it.each(files)('%s: only its test lists go', (name) => {
    const code = readFileSync(new URL(name, SITES), 'utf8');
    const stripped = withoutTestData(code);
    expect(stripped).toContain('testPages: []');
    expect(stripped.length).toBeLessThan(code.length);
    // Everything around the lists is kept byte for byte, and what went is the lists themselves.
    let from = 0;
    stripped.split(EMPTIED).forEach((kept, i) => {
      const at = code.indexOf(kept, from);
      const gone = code.slice(from, at);
      if (i === 0) expect(at).toBe(0);
      else expect(gone).toMatch(LIST);
      from = at + kept.length;
    });
    expect(from).toBe(code.length);
  });

  it('empties the section fronts too', () => {
    const code = "x({ testFronts: ['https://a.example/news/'], testPages: [{ file: 'a' }], b: 2 });";
    expect(withoutTestData(code)).toBe('x({ testFronts: [], testPages: [], b: 2 });');
  });

  it('skips brackets inside strings and comments', () => {
    const code = "x({ a: 1, testPages: [{ title: 'A [bracket] \\' ]', last: \"]\" }, // ]\n], b: 2 });";
    expect(withoutTestData(code)).toBe('x({ a: 1, testPages: [], b: 2 });');
  });
});
