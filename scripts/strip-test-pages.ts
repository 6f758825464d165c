/**
 * A site file's `testPages` are what its tests read (fixture paths, expected titles and lines):
 * data for the test suite and `check-sites`, never used by the extension. With sixty sites they
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

/** The site file's source with its `testPages: [...]` replaced by an empty list. */
export function withoutTestPages(code: string): string {
  const at = /\btestPages:\s*\[/.exec(code);
  if (!at) return code;
  const open = at.index + at[0].length - 1;
  return `${code.slice(0, at.index)}testPages: []${code.slice(closing(code, open))}`;
}

export const stripTestPages = {
  name: 'article-history:strip-test-pages',
  enforce: 'pre' as const,
  transform: (code: string, id: string) => (SITE_FILE.test(id) ? { code: withoutTestPages(code), map: null } : null),
};
