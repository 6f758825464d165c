/**
 * Every test page a site file lists with its expectations, read as the extension reads it: by
 * the era it names (never the generic reader), with the title, byline, paragraph count, first
 * and last lines it states, none of its page furniture, and, where a reviewed body is bundled,
 * a 4-gram shingle F1 of at least 0.97 against it. Adding a site is its file and its pages.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/extract/node.ts';
import { flat, textOf } from '../../src/extract/text.ts';
import { detectArticle, siteForUrl, sites } from '../../src/sites/index.ts';
import { extractFixture, FIXTURES, fixtureBytes } from '../support/fixtures.ts';
import { shingleF1 } from '../support/shingle-f1.ts';

const pages = sites.flatMap((site) =>
  site.testPages.map((page) => [`${site.id}: ${page.file.split('/').pop()}`, site.id, page] as const),
);

const reviewedBody = (path: string) => (JSON.parse(readFileSync(new URL(path, FIXTURES), 'utf8')) as { paragraphs: string[] }).paragraphs.join('\n');

describe('each site file reads the pages it lists', () => {
  it.each(pages)('%s', async (_name, siteId, page) => {
    const article = await extractFixture(page.file, page.url, page.contentType);
    expect(article.reader, 'read by the era the site file names').toBe(`${siteId}:${page.era}`);
    const doc = parseDocument(fixtureBytes(page.file), page.contentType);
    expect(detectArticle(new URL(page.url), doc)).toMatchObject({ kind: 'article', site: { id: siteId } });
    expect(article.title).toBe(page.title);
    if (page.byline !== undefined) expect(article.byline).toBe(page.byline);
    expect(article.paragraphs).toHaveLength(page.paragraphs);
    expect(article.paragraphs[0]!.startsWith(page.first), article.paragraphs[0]).toBe(true);
    expect(article.paragraphs.at(-1)!.startsWith(page.last), article.paragraphs.at(-1)).toBe(true);
    const text = article.paragraphs.join('\n');
    // The whole document, as a reader sees it and as its markup holds it (hidden boxes too), spaces
    // flattened; not `doc.body`, which linkedom leaves empty on some real pages (Les Echos).
    const onPage = `${flat(textOf(doc.documentElement))}\n${flat(doc.documentElement.textContent ?? '')}`;
    for (const line of page.absent ?? []) {
      expect(onPage.includes(flat(line)), `"${line}" is on the page, or its check could not fail`).toBe(true);
      expect(text).not.toContain(line);
    }
    if (page.expected) expect(shingleF1(reviewedBody(page.expected), text), 'shingle F1 against the reviewed body').toBeGreaterThanOrEqual(0.97);
  });
});

const fronts = sites.flatMap((site) => site.testFronts.map((url) => [url, site.id] as const));

describe('the addresses a site file names as fronts are no stories', () => {
  it.each(fronts)('%s', (url, siteId) => {
    const blank = parseDocument('<!doctype html><title>Front</title>');
    expect(siteForUrl(new URL(url))?.id, 'the site file that names it answers for it').toBe(siteId);
    expect(detectArticle(new URL(url), blank)).toEqual({ kind: 'not-article', reason: 'not-article-url' });
  });
});
