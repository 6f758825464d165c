/**
 * Which reader reads each saved page of a folder: every site file run over every page, as the
 * extension would meet it (detection first, then the site's template eras, newest first, then
 * the generic reader). A page of a supported site read by the generic reader means a template
 * era the site file does not know yet. Shared by `article-history check-sites`, its test and the
 * bench's `sites` rows.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { sniffPage } from '../core/sniff.ts';
import { parseDocument } from '../extract/node.ts';
import { jsonLdOnce } from '../extract/dom.ts';
import { detectWithSite, extractWithSite } from '../extract/page.ts';
import { siteForUrl, sites } from '../sites/index.ts';

/** How one page was read. Only `read` and `generic` pages of supported sites were extracted. */
export type PageCheck =
  | { kind: 'read'; page: string; url: string; site: string; era: string; paragraphs: number }
  | { kind: 'generic'; page: string; url: string; site: string; paragraphs: number }
  /** A supported site's article page in which neither its eras nor the generic reader found a story. */
  | { kind: 'unread'; page: string; url: string; site: string }
  /** A supported site's page that the extension does not take for a story (a section front, a video). */
  | { kind: 'not-article'; page: string; url: string; site: string; reason: string }
  | { kind: 'unsupported'; page: string; url: string; host: string }
  /** Nothing on or beside the page says where it came from, or it is not HTML. */
  | { kind: 'unknown'; page: string; reason: string };

/** A page of a supported site that no template era of its file read. */
export const isFallback = (check: PageCheck): boolean => check.kind === 'generic' || check.kind === 'unread';

/** Every saved page under `dir`, recursively, in a stable order: `.html`, `.htm` and their `.gz`. */
export function findPages(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return findPages(path);
      return /\.html?(\.gz)?$/i.test(entry.name) ? [path] : [];
    });
}

/** The bytes of a saved page, unpacked when gzipped. */
export function pageBytes(path: string): Uint8Array {
  const bytes = readFileSync(path);
  return path.endsWith('.gz') ? gunzipSync(bytes) : bytes;
}

/**
 * Where a page came from: what a site file's test page says of it, else what its collection
 * says beside it (fundus's `meta.info`, the article-extraction-benchmark's `ground-truth.json`
 * here or one folder up, postlight's `version-sets.json` two folders up), else what the page says
 * of itself (canonical link, og:url), else a file name that is a hostname (`www.vox.com.html`,
 * postlight's `www.bbc.com--1589289678587.html`).
 */
export function pageUrl(path: string, doc: Document): URL | null {
  const name = basename(path);
  const listed = testPageUrls().get(resolve(path)) ?? fromFundusMeta(path, name) ?? fromBenchmarkTruth(path, name) ?? fromVersionSets(path) ?? statedUrl(doc);
  if (listed && URL.canParse(listed) && /^https?:$/.test(new URL(listed).protocol)) return new URL(listed);
  const host = /^((?:[a-z0-9-]+\.)+[a-z]{2,})(?:--[^.]*)?\.html?(\.gz)?$/i.exec(name)?.[1];
  return host ? new URL(`https://${host}/`) : null;
}

function fromFundusMeta(path: string, name: string): string | undefined {
  const meta = readJson<Record<string, { url?: string }>>(join(dirname(path), 'meta.info'));
  return meta?.[name]?.url;
}

function fromBenchmarkTruth(path: string, name: string): string | undefined {
  const id = name.replace(/\.html?(\.gz)?$/i, '');
  for (const dir of [dirname(path), dirname(dirname(path))]) {
    const url = readJson<Record<string, { url?: string }>>(join(dir, 'ground-truth.json'))?.[id]?.url;
    if (url) return url;
  }
  return undefined;
}

function fromVersionSets(path: string): string | undefined {
  const root = dirname(dirname(dirname(path)));
  const sets = readJson<{ version_sets?: { url: string; captures: { file: string }[] }[] }>(join(root, 'version-sets.json'));
  return sets?.version_sets?.find((set) => set.captures.some((capture) => resolve(root, capture.file) === resolve(path)))?.url;
}

let listed: Map<string, string> | undefined;

/** The URL of every page the site files list, by its absolute path. */
function testPageUrls(): Map<string, string> {
  const fixtures = projectFixtures();
  listed ??= new Map(fixtures === null ? [] : sites.flatMap((site) => site.testPages.map((page) => [resolve(fixtures, page.file), page.url] as const)));
  return listed;
}

/**
 * Where the page says it is. A syndicated copy (MSN's of a Business Insider story) points its
 * canonical link at the original but its og:url at itself: when the two name different hosts,
 * the page was served by og:url's, in the other site's template.
 */
function statedUrl(doc: Document): string | undefined {
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim();
  const og = doc.querySelector('meta[property="og:url"]');
  const own = (og?.getAttribute('content') || og?.getAttribute('value'))?.trim();
  if (canonical && own && URL.canParse(canonical) && URL.canParse(own) && new URL(canonical).hostname !== new URL(own).hostname) return own;
  return canonical || own || undefined;
}

const jsonCache = new Map<string, unknown>();

function readJson<T>(path: string): T | null {
  if (!jsonCache.has(path)) {
    let value: unknown = null;
    try {
      if (existsSync(path) && statSync(path).isFile()) value = JSON.parse(readFileSync(path, 'utf8'));
    } catch {
      value = null;
    }
    jsonCache.set(path, value);
  }
  return jsonCache.get(path) as T | null;
}

/** How the extension reads the page at `path`; `page` in the result is the path relative to `root`. */
export async function checkPage(path: string, root: string): Promise<PageCheck> {
  const page = relative(root, path) || basename(path);
  const bytes = pageBytes(path);
  if (sniffPage(bytes).kind !== 'html') return { kind: 'unknown', page, reason: 'not an HTML page' };
  const doc = parseDocument(bytes);
  const url = pageUrl(path, doc);
  if (!url) return { kind: 'unknown', page, reason: 'no URL on or beside the page' };
  const site = siteForUrl(url);
  if (!site) return { kind: 'unsupported', page, url: url.href, host: url.hostname };
  const objects = jsonLdOnce(doc);
  const detection = detectWithSite(site, url, doc, objects);
  if (detection.kind === 'not-article') return { kind: 'not-article', page, url: url.href, site: site.id, reason: detection.reason };
  const article = await extractWithSite(site, doc, url, objects());
  if (!article) return { kind: 'unread', page, url: url.href, site: site.id };
  if (article.reader === 'generic') return { kind: 'generic', page, url: url.href, site: site.id, paragraphs: article.paragraphs.length };
  return { kind: 'read', page, url: url.href, site: site.id, era: article.reader.slice(site.id.length + 1), paragraphs: article.paragraphs.length };
}

/** Every page under each of `dirs`, checked one after another, named relative to `root`. */
export async function checkDirs(dirs: readonly string[], root: string): Promise<PageCheck[]> {
  const checks: PageCheck[] = [];
  for (const dir of dirs) for (const path of findPages(dir)) checks.push(await checkPage(path, root));
  return checks;
}

/** Per supported site: its pages, how many fell to the generic reader, and the eras that read the others. */
export interface SiteTally {
  site: string;
  pages: number;
  genericFallbacks: number;
  eras: string[];
}

export function tallyBySite(checks: readonly PageCheck[]): SiteTally[] {
  return sites.map((site) => {
    const mine = checks.filter((check) => 'site' in check && check.site === site.id && check.kind !== 'not-article');
    const eras = [...new Set(mine.flatMap((check) => (check.kind === 'read' ? [check.era] : [])))];
    // The site file's order: newest era first.
    eras.sort((a, b) => site.templates.findIndex((t) => t.since === a) - site.templates.findIndex((t) => t.since === b));
    return { site: site.id, pages: mine.length, genericFallbacks: mine.filter(isFallback).length, eras };
  });
}

/** The project's own fixtures: test/fixtures of the checkout this module lives in (from src/cli or dist/cli/chunks). */
export function projectFixtures(): string | null {
  let dir = fileURLToPath(new URL('.', import.meta.url));
  for (;;) {
    const pkg = readJson<{ name?: string }>(join(dir, 'package.json'));
    if (pkg?.name === 'article-history') return join(dir, 'test', 'fixtures');
    const up = dirname(dir);
    if (up === dir) return null;
    dir = up;
  }
}
