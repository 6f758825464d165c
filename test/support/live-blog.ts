/**
 * A live blog grown to several megabytes: the BBC's real live page of 12 May 2020
 * (test/fixtures/pages/bbc-2020-live.html) with newer entries posted above its own, as a
 * day-long blog grows. The new entries are written in the page's own markup, their paragraphs
 * taken in turn from real stories in test/fixtures (the blog's own entries and the diff and truth
 * captures), each entry with its own time and headline so that no two entries are the same.
 */
import { readdirSync, readFileSync } from 'node:fs';

const FIXTURES = new URL('../fixtures/', import.meta.url);
export const LIVE_BLOG_URL = 'https://www.bbc.co.uk/news/live/world-52627824';
const FIRST_ENTRY = '<li class="lx-stream__post-container';
const PARAGRAPHS_PER_ENTRY = 4;

/** Real paragraphs, in the order of the files they come from. */
function realParagraphs(): string[] {
  const files = ['diff', 'truth/pages'].flatMap((dir) =>
    readdirSync(new URL(`${dir}/`, FIXTURES))
      .filter((name) => name.endsWith('.json'))
      .sort()
      .map((name) => new URL(`${dir}/${name}`, FIXTURES)),
  );
  const seen = new Set<string>();
  for (const file of files) {
    const { paragraphs } = JSON.parse(readFileSync(file, 'utf8')) as { paragraphs?: unknown };
    for (const paragraph of Array.isArray(paragraphs) ? paragraphs : []) if (typeof paragraph === 'string' && paragraph.length > 80) seen.add(paragraph);
  }
  return [...seen];
}

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** One entry as the page marks one up: a time, a headline, the body's paragraphs. */
function entry(n: number, paragraphs: string[]): string {
  const minutes = 24 * 60 - 1 - (n % (24 * 60));
  const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  return (
    `${FIRST_ENTRY}"><article class="qa-post lx-stream-post" id="post_grown_${n}">` +
    `<div><time class="lx-stream-post__meta-time"><span class="gs-u-vh">Posted at ${time}</span></time></div>` +
    `<header class="lx-stream-post__header"><h3 class="lx-stream-post__header-title"><span class="lx-stream-post__header-text">Update ${n + 1} at ${time}</span></h3></header>` +
    `<div class="qa-post-body"><div class="lx-stream-post-body">${paragraphs.map((p) => `<p>${escape(p)}</p>`).join('')}</div></div></article></li>`
  );
}

export interface GrownLiveBlog {
  html: string;
  /** The first paragraph of the newest entry: what the reader sees first. */
  newest: string;
  /** Characters of paragraph text in the new entries. */
  addedChars: number;
}

/** The live page with newer entries above its own until they hold at least `minChars` of text. */
export function grownLiveBlog(minChars: number): GrownLiveBlog {
  const page = readFileSync(new URL('pages/bbc-2020-live.html', FIXTURES), 'utf8');
  const pool = realParagraphs();
  const entries: string[] = [];
  let added = 0;
  let next = 0;
  for (let n = 0; added < minChars; n++) {
    const paragraphs = Array.from({ length: PARAGRAPHS_PER_ENTRY }, () => pool[next++ % pool.length]!);
    // The same paragraph comes round again in later entries, each time said of another update.
    const own = paragraphs.map((p, i) => (i === 0 ? `Update ${n + 1}: ${p}` : p));
    added += own.reduce((sum, p) => sum + p.length, 0);
    entries.push(entry(n, own));
  }
  const at = page.indexOf(FIRST_ENTRY);
  if (at < 0) throw new Error('bbc-2020-live.html: no live entry to grow from');
  return { html: page.slice(0, at) + entries.join('') + page.slice(at), newest: `Update 1: ${pool[0]!}`, addedChars: added };
}
