/** Reading test/fixtures in unit tests: pages (gzipped or not), their extraction, and diff captures. */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type { Article, ArticleText } from '../../src/core/article.ts';
import { extractArticleFromHtml } from '../../src/extract/node.ts';

export const FIXTURES = new URL('../fixtures/', import.meta.url);

/** The bytes of a fixture, by its path under test/fixtures; `.gz` files are unpacked. */
export function fixtureBytes(path: string): Uint8Array {
  const bytes = readFileSync(new URL(path, FIXTURES));
  return path.endsWith('.gz') ? gunzipSync(bytes) : bytes;
}

/** The article in a fixture page, read as the extension reads it; a page without one fails the test. */
export async function extractFixture(path: string, url: string, contentType?: string): Promise<Article> {
  const article = await extractArticleFromHtml(fixtureBytes(path), url, contentType);
  if (!article) throw new Error(`no article in ${path}`);
  return article;
}

/** One of the paragraph lists in test/fixtures/diff, as the text a diff compares. */
export function diffCapture(name: string): ArticleText {
  const { title, paragraphs } = JSON.parse(readFileSync(new URL(`diff/${name}.json`, FIXTURES), 'utf8')) as { title: string; paragraphs: string[] };
  return { title, byline: null, corrections: [], paragraphs, partial: false };
}

/** Real pages altered so that no era of their site file reads them (the sidebar's layout? tests): not fallbacks to fix. */
export const MADE_UNREADABLE = 'layouts/';
