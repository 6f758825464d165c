/**
 * Era-swap controls: one story poured into the real page of each template era of its site, so
 * that the only differences left between the pages are the templates'. Built from data: the
 * registry's test pages, grouped by the era (template) that reads each, and the truth files
 * that say which elements of a page hold its story. A page of a new era with a truth file adds
 * its controls by itself.
 */
import { existsSync, readFileSync } from 'node:fs';
import { normalizeText } from '../../src/core/normalize.ts';
import { sites, type Site } from '../../src/sites/index.ts';
import { readMetadata } from '../../src/extract/metadata.ts';
import { parseDocument } from '../../src/extract/node.ts';
import { detectWithSite } from '../../src/extract/page.ts';
import { extractWithTemplate, INLINE_NOISE, shownWithGates } from '../../src/extract/template.ts';
import { isShown, textOf } from '../../src/extract/text.ts';
import { FIXTURES, fixtureBytes } from './fixtures.ts';
import type { TextTruth } from './truth-score.ts';

/** A page's truth: where it is, and what its story says (test/fixtures/truth/pages/). */
export interface PageTruth extends TextTruth {
  page: string;
  url: string;
  checked: string;
}

/** The truth file of a page under test/fixtures, if one was written. */
export function truthOf(page: string): PageTruth | null {
  const name = page.endsWith('/source.html') ? `${page.split('/').at(-2)}-source` : page.split('/').pop()!.replace(/\.html(\.gz)?$/, '');
  const file = new URL(`truth/pages/${name}.json`, FIXTURES);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as PageTruth) : null;
}

export interface EraPage {
  site: Site;
  /** The `since` of the template that reads the page, or `generic`. */
  era: string;
  page: string;
  truth: PageTruth;
}

export interface EraSwapControl {
  name: string;
  /** The page whose story is poured. */
  story: EraPage;
  /** The page it is poured into. */
  into: EraPage;
}

/** The era that reads a page: the first of the site's templates that finds a body, else the generic reader. */
function eraOf(site: Site, doc: Document): string {
  const metadata = readMetadata(doc);
  return site.templates.find((template) => extractWithTemplate(doc, template, metadata))?.since ?? 'generic';
}

/** The URL a page states for itself, for pages without a truth file. */
function statedUrl(doc: Document, site: Site): URL {
  const meta = doc.querySelector('meta[property="og:url"]');
  const stated = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta?.getAttribute('content') ?? meta?.getAttribute('value');
  // Detection needs an article's path; the site's own host keeps the site's URL rules in play.
  const url = stated && URL.canParse(stated) ? new URL(stated) : new URL(`https://${site.hosts[0]}/`);
  return new URL(url.pathname + url.search, `https://${site.hosts[0]}`);
}

/**
 * Every control the fixtures allow: for each site whose real test pages (not the ones written
 * after a template) are read by two or more eras, each era's story poured into each other
 * era's page. Live blogs and pages that are not articles have no story to pour. `missing`
 * names the eras whose pages have no truth file yet, so a test can say what to write.
 */
export function eraSwapControls(): { controls: EraSwapControl[]; missing: string[] } {
  const controls: EraSwapControl[] = [];
  const missing: string[] = [];
  for (const site of sites) {
    const byEra = new Map<string, EraPage | null>();
    for (const page of site.testPages.map((page) => page.file)) {
      if (page.startsWith('pages/written/')) continue;
      const doc = parseDocument(fixtureBytes(page));
      const truth = truthOf(page);
      const url = truth ? new URL(truth.url) : statedUrl(doc, site);
      const detection = detectWithSite(site, url, doc);
      if (detection.kind !== 'article' || detection.liveBlog) continue;
      const era = eraOf(site, doc);
      if (!byEra.get(era)) byEra.set(era, truth && { site, era, page, truth });
    }
    if (byEra.size < 2) continue;
    for (const [era, page] of byEra) if (!page) missing.push(`${site.id} ${era}`);
    const pages = [...byEra.values()].filter((page): page is EraPage => page !== null);
    for (const story of pages) {
      for (const into of pages) {
        if (story !== into) controls.push({ name: `${site.id}: the ${story.era} story in the ${into.era} page`, story, into });
      }
    }
  }
  return { controls, missing };
}

const key = (text: string) => normalizeText(text);

/**
 * The elements that show each truth paragraph, in order: the innermost element whose text,
 * read as the site's templates read a paragraph, is that paragraph.
 */
function storyElements(doc: Document, site: Site, truth: PageTruth): Element[] {
  const skip = [INLINE_NOISE, ...site.templates.map((template) => template.exclude)].filter(Boolean).join(', ');
  const wanted = new Set(truth.paragraphs.map(key));
  const byText = new Map<string, Element[]>();
  const gated = site.templates.flatMap((template) => template.gated ?? []).join(', ');
  const shown = shownWithGates(doc, gated || undefined);
  // Not `doc.body`: a page with several <html> tags (DW's IE conditional comments) leaves linkedom's an empty one.
  for (const el of doc.querySelectorAll('body *')) {
    const text = key(textOf(el, skip));
    if (!wanted.has(text) || !isShown(el, shown)) continue;
    const list = byText.get(text) ?? [];
    // Document order puts an ancestor first: its descendant with the same text replaces it.
    if (list.length > 0 && list.at(-1)!.contains(el)) list.pop();
    list.push(el);
    byText.set(text, list);
  }
  return truth.paragraphs.map((paragraph) => {
    const el = byText.get(key(paragraph))?.shift();
    if (!el) throw new Error(`${truth.page}: no element shows the truth paragraph ${JSON.stringify(paragraph.slice(0, 80))}`);
    return el;
  });
}

/** Replaces an element's content with text, a line break as `<br>`. */
function setText(el: Element, text: string): void {
  el.replaceChildren();
  text.split('\n').forEach((line, i) => {
    if (i > 0) el.append(el.ownerDocument.createElement('br'));
    el.append(el.ownerDocument.createTextNode(line));
  });
}

/** Puts `title` wherever the page states its headline `was`: visible elements, meta tags, `<title>`, JSON-LD. */
function replaceHeadline(doc: Document, was: string, title: string): void {
  let found = 0;
  const old = key(was);
  const shown = [...doc.querySelectorAll('body *')].filter((el) => key(textOf(el)) === old);
  for (const el of shown) {
    if (!shown.some((other) => other !== el && el.contains(other))) {
      setText(el, title);
      found++;
    }
  }
  for (const el of doc.querySelectorAll('meta')) {
    for (const attribute of ['content', 'value']) {
      const value = el.getAttribute(attribute);
      if (value && key(value) === old) {
        el.setAttribute(attribute, title);
        found++;
      }
    }
  }
  const titleElement = doc.querySelector('title');
  if (titleElement?.textContent?.includes(was)) titleElement.textContent = titleElement.textContent.replace(was, title);
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const encoded = JSON.stringify(was).slice(1, -1);
    if (script.textContent?.includes(encoded)) script.textContent = script.textContent.split(encoded).join(JSON.stringify(title).slice(1, -1));
  }
  if (found === 0) throw new Error(`no element or meta tag states the headline ${JSON.stringify(was)}`);
}

/**
 * The page `into` with its story's headline and paragraphs replaced by `story`'s, and nothing
 * else touched: extra paragraphs follow the last one as copies of its element, surplus ones go.
 */
export function pour(into: EraPage, story: TextTruth): string {
  const doc = parseDocument(fixtureBytes(into.page));
  const slots = storyElements(doc, into.site, into.truth);
  replaceHeadline(doc, into.truth.title, story.title);
  story.paragraphs.forEach((paragraph, i) => {
    if (i < slots.length) return setText(slots[i]!, paragraph);
    const copy = slots.at(-1)!.cloneNode(true) as Element;
    setText(copy, paragraph);
    slots.at(-1)!.after(copy);
    slots.push(copy);
  });
  for (const surplus of slots.splice(story.paragraphs.length)) surplus.remove();
  return `<!DOCTYPE html>\n${doc.documentElement.outerHTML}`;
}
