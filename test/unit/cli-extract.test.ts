import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runExtract } from '../../src/cli/extract.ts';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/pages/${name}`, import.meta.url));

let out: string[];
let err: string[];
beforeEach(() => {
  out = [];
  err = [];
  vi.spyOn(console, 'log').mockImplementation((...parts: unknown[]) => void out.push(parts.join(' ')));
  vi.spyOn(console, 'error').mockImplementation((...parts: unknown[]) => void err.push(parts.join(' ')));
});
afterEach(() => vi.restoreAllMocks());

describe('article-history extract', () => {
  it('prints the article as JSON with the documented keys', async () => {
    const code = await runExtract([fixture('nytimes-2018-with-correction.html'), '--url', 'https://www.nytimes.com/2018/06/05/world/europe/greece-macedonia.html']);
    expect(code).toBe(0);
    const printed = JSON.parse(out.join('\n')) as Record<string, unknown>;
    expect(Object.keys(printed)).toEqual(expect.arrayContaining(['title', 'byline', 'publishedAt', 'modifiedAt', 'corrections', 'paragraphs', 'site', 'partial']));
    expect(printed).toMatchObject({ title: 'Deal for Macedonia Name? High Treason, Some Greeks Say', site: 'nytimes', partial: false, byline: 'Niki Kitsantonis' });
    expect(printed['paragraphs']).toHaveLength(29);
    expect(printed['corrections']).toEqual([expect.stringContaining('not Athens')]);
  });

  it('without --url, or with a bad one, says why and exits 2', async () => {
    expect(await runExtract([fixture('nytimes-1.html')])).toBe(2);
    expect(err.join('\n')).toMatch(/--url is required/);
    expect(await runExtract([fixture('nytimes-1.html'), '--url', 'not a url'])).toBe(2);
    expect(err.join('\n')).toMatch(/not an http\(s\) URL/);
    expect(out).toEqual([]);
  });

  it('a file that cannot be read exits 2 with its name', async () => {
    expect(await runExtract(['/nonexistent/page.html', '--url', 'https://www.nytimes.com/2020/01/01/x.html'])).toBe(2);
    expect(err.join('\n')).toMatch(/cannot read \/nonexistent\/page.html/);
  });

  it('a page with no story exits 1 with "could not extract"', async () => {
    const code = await runExtract([fixture('../../../package.json'), '--url', 'https://www.nytimes.com/2020/01/01/x.html']);
    expect(code).toBe(1);
    expect(err.join('\n')).toMatch(/could not extract an article/);
  });
});
