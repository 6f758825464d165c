/**
 * A site file's `testPages` and `testFronts` are what its tests read (fixture paths, expected
 * titles and lines, addresses that are not stories): data for the test suite and `check-sites`,
 * never used by the extension. With sixty sites they
 * would be most of each site chunk the content script loads, so the extension build drops them.
 */
const SITE_FILE = /[\\/]src[\\/]sites[\\/](?!index\.ts$)[\w-]+\.ts$/;

/** The index just past the bracket that closes the one at `open`, skipping strings and comments. */
function closing(code: string, open: number): number {
  let depth = 0;
  for (let i = open; i < code.length; i++) {
    const ch = code[i]!;
    if (ch === '"' || ch === "'" || ch === '`') {
      for (i++; i < code.length && code[i] !== ch; i++) if (code[i] === '\\') i++;
    } else if (ch === '/' && code[i + 1] === '/') {
      i = code.indexOf('\n', i);
      if (i < 0) break;
    } else if (ch === '/' && code[i + 1] === '*') {
      i = code.indexOf('*/', i) + 1;
    } else if (ch === '[' || ch === '{' || ch === '(') depth++;
    else if (ch === ']' || ch === '}' || ch === ')') {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  throw new Error('unbalanced brackets in a site file');
}

export const TEST_FIELDS = ['testPages', 'testFronts'] as const;

/** The site file's source with each of its test lists (`testPages: [...]`, `testFronts: [...]`) replaced by an empty one. */
export function withoutTestData(code: string): string {
  for (const field of TEST_FIELDS) {
    const at = new RegExp(`\\b${field}:\\s*\\[`).exec(code);
    if (!at) continue;
    const open = at.index + at[0].length - 1;
    code = `${code.slice(0, at.index)}${field}: []${code.slice(closing(code, open))}`;
  }
  return code;
}

export const stripTestPages = {
  name: 'article-history:strip-test-pages',
  enforce: 'pre' as const,
  transform: (code: string, id: string) => (SITE_FILE.test(id) ? { code: withoutTestData(code), map: null } : null),
};
