import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { looksLikeFurniture } from '../../src/core/furniture.ts';
import { FIXTURES } from '../support/fixtures.ts';

interface Line {
  line: string;
  from: string;
}
const lines = JSON.parse(readFileSync(new URL('lines/chrome-lines.json', FIXTURES), 'utf8')) as { chrome: Line[]; story: Line[] };

/** Chrome lines shaped as sentences: the shared chrome rules drop them; their shape says nothing. */
const sentenceShapedPromos = ['Sign up for breaking news, reviews, opinion, top tech deals, and more.', 'Want more updates from Sam? Sign up for his newsletter, Spam Stein.'];

describe('a paragraph that looks like page furniture', () => {
  it.each(lines.chrome.filter(({ line }) => !sentenceShapedPromos.includes(line)).map(({ line, from }) => [line, from]))('%s (%s)', (line) => {
    expect(looksLikeFurniture(line)).toBe(true);
  });

  it('includes a label, an e-mail address alone, a token string and a heading in capitals', () => {
    expect(looksLikeFurniture('Related Coverage')).toBe(true);
    expect(looksLikeFurniture('Sarah.Needleman@wsj.com')).toBe(true);
    expect(looksLikeFurniture('narrow-browser-and-phone')).toBe(true);
    expect(looksLikeFurniture('EXCLUSIVE')).toBe(true);
    // fundus uk/Express: the live blog's banner, sentences in capitals.
    expect(looksLikeFurniture('THIS IS A LIVE BLOG. SCROLL DOWN FOR THE LATEST UPDATES.')).toBe(true);
  });

  it('includes a story subhead: the diff only ever shows it as doubtful', () => {
    // test/fixtures/truth/pages/cnn-2016-11-29.json and guardian-2016-11-29.json
    expect(looksLikeFurniture('Attitudes and demeanor')).toBe(true);
    expect(looksLikeFurniture('‘A messy, messy mess’')).toBe(true);
  });
});

describe('a story sentence never looks like furniture', () => {
  it.each(lines.story.map(({ line, from }) => [line, from]))('%s (%s)', (line) => {
    expect(looksLikeFurniture(line)).toBe(false);
  });

  it.each([
    ['a short quote', '“Then multiple, multiple shots,” he said.', 'truth/pages/nytimes-rahami-2016-09-19.json'],
    ['a short quote, straight quotes', '"That was it," Roof said.', 'truth/pages/npr-2016-12-15.json'],
    ['a sentence leading into a quote', "The Post and Courier newspaper reported on Bruck's closing argument:", 'truth/pages/npr-2016-12-15.json'],
    ['a one-word paragraph', 'Why?', 'the issue’s own example'],
    ['a one-word paragraph in German quotes', '„Nein.“', 'fundus de/Krautreporter (shared fixtures)'],
    ['a dateline on its own', 'CAIRO —', 'snippets/washingtonpost-2015-dateline.html'],
    ['a dateline with a place', 'KOBE, Japan –', 'the issue’s "KOBE – A" case'],
    ['a sentence ending in a year', 'Roof, who was 21 at the time, was arrested the next day.', 'truth/pages/npr-2016-12-15.json'],
    ['a sentence with French spacing', 'Comment expliquer ce rétablissement remarquable ? Et pourquoi les réussites de ce genre sont-elles si rares ?', 'fundus fr/EuronewsFR (shared fixtures)'],
    ['a Japanese sentence with a capitalised name', '今回の一件でフジテレビのガバナンスを問題視するスポンサー企業が続出。', 'fundus jp/NikkanGeadai (shared fixtures)'],
    ['a Japanese sentence with Latin capitals and no space', '日本バレーボール協会（JVA）もフジとの関係は深い。', 'fundus jp/NikkanGeadai (shared fixtures)'],
  ])('%s: %s (%s)', (_, line) => {
    expect(looksLikeFurniture(line)).toBe(false);
  });

  it('nor does any paragraph of the truth fixtures that is a sentence', () => {
    const dir = new URL('truth/pages/', FIXTURES);
    const subheads = new Set(['The Basis Behind the Alleged Grudge', 'Political Implications', 'Not a campaign', 'Attitudes and demeanor', 'Jaw droppers', '‘An infinite arsenal’', '‘A messy, messy mess’', '‘It’s just under the surface’']);
    const sets = JSON.parse(readFileSync(new URL('truth/sets.json', FIXTURES), 'utf8')) as { sets: { captures: string[] }[] };
    const pages = sets.sets.flatMap((set) => set.captures.map((page) => page.replace(/^pages\//, '').replace(/\.html$/, '.json')));
    const paragraphs = pages.flatMap((page) => (JSON.parse(readFileSync(new URL(page, dir), 'utf8')) as { paragraphs: string[] }).paragraphs);
    expect(paragraphs.length).toBeGreaterThan(300);
    expect(paragraphs.filter((p) => looksLikeFurniture(p) && !subheads.has(p))).toEqual([]);
  });
});
