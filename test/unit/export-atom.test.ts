/**
 * The Atom feeds of changes, checked against the rules of RFC 4287 on real version sets: what a
 * feed reader needs to show each change once, in order, with its words.
 */
import { DOMParser, type Element as XmlElement } from '@xmldom/xmldom';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { englishSummaryWords } from '../../src/cli/summary-words.ts';
import type { Version } from '../../src/core/history.ts';
import { ATOM_NS, followedStoriesAtomFeed, storyAtomFeed } from '../../src/core/export/atom.ts';
import { versionPairs } from '../../src/core/export/changes.ts';
import { RAHAMI_URL, rahamiVersions, truthTimelines, versionOf } from '../support/story-versions.ts';

const words = englishSummaryWords;

/** A strict parse: any error a conforming XML parser reports fails the test. */
function parseXml(xml: string) {
  const onError = (level: string, message: string) => {
    if (level !== 'warning') throw new Error(`not well-formed XML: ${message}`);
  };
  return new DOMParser({ onError }).parseFromString(xml, 'application/xml');
}

const children = (parent: XmlElement, name: string) => Array.from(parent.childNodes).filter((n): n is XmlElement => n.nodeType === 1 && (n as XmlElement).namespaceURI === ATOM_NS && (n as XmlElement).localName === name);
const only = (parent: XmlElement, name: string) => {
  const found = children(parent, name);
  expect(found, `exactly one atom:${name} in atom:${parent.localName}`).toHaveLength(1);
  return found[0]!;
};
const text = (parent: XmlElement, name: string) => only(parent, name).textContent ?? '';

/** RFC 3339 date-time (Atom's Date construct, section 3.3), with an upper-case T and Z. */
const RFC3339 = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;
/** RFC 4151: tag:authority,date:specific, the specific part of pchar, "/" and "?" only. */
const TAG_URI = /^tag:[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*,\d{4}(-\d{2}(-\d{2})?)?:([A-Za-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9A-F]{2})*$/;

function expectDate(value: string, where: string) {
  expect(value, where).toMatch(RFC3339);
  expect(Number.isNaN(Date.parse(value)), where).toBe(false);
}

function expectId(value: string, where: string) {
  expect(value, where).toMatch(TAG_URI);
}

interface CheckedEntry {
  id: string;
  title: string;
  updated: string;
  /** The content as the HTML a feed reader renders. */
  html: Document;
  link: string | null;
}

/**
 * The feed's elements by RFC 4287: atom:feed holds exactly one id, title and updated, at most
 * one generator, and an author unless every entry has one; each atom:entry exactly one id,
 * title and updated, at most one content, a link rel="alternate" when it has no content, an
 * author of its own or its feed's. Ids are absolute IRIs (here tag: URIs), dates RFC 3339, and
 * no two entries share an id.
 */
function checkAtom(xml: string) {
  const feed = parseXml(xml).documentElement as unknown as XmlElement;
  expect(feed.localName).toBe('feed');
  expect(feed.namespaceURI).toBe(ATOM_NS);
  const id = text(feed, 'id');
  expectId(id, 'feed id');
  const title = text(feed, 'title');
  const updated = text(feed, 'updated');
  expectDate(updated, 'feed updated');
  expect(children(feed, 'generator').length).toBeLessThanOrEqual(1);
  const feedHasAuthor = children(feed, 'author').length > 0;
  for (const author of children(feed, 'author')) expect(text(author, 'name')).not.toBe('');
  const entries: CheckedEntry[] = children(feed, 'entry').map((entry) => {
    const entryId = text(entry, 'id');
    expectId(entryId, 'entry id');
    const entryUpdated = text(entry, 'updated');
    expectDate(entryUpdated, 'entry updated');
    if (!feedHasAuthor) expect(children(entry, 'author').length, `${entryId} has an author`).toBeGreaterThan(0);
    for (const author of children(entry, 'author')) expect(text(author, 'name')).not.toBe('');
    const contents = children(entry, 'content');
    expect(contents.length).toBeLessThanOrEqual(1);
    const alternate = children(entry, 'link').find((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate');
    if (contents.length === 0) expect(alternate, `${entryId} has content or an alternate link`).toBeDefined();
    if (alternate) expect(alternate.getAttribute('href')).toMatch(/^https?:\/\//);
    const content = contents[0];
    if (content) expect(content.getAttribute('type')).toBe('html');
    const { document } = parseHTML(`<!doctype html><html><body>${content?.textContent ?? ''}</body></html>`);
    return { id: entryId, title: text(entry, 'title'), updated: entryUpdated, html: document, link: alternate?.getAttribute('href') ?? null };
  });
  expect(new Set(entries.map((e) => e.id)).size, 'entry ids are unique').toBe(entries.length);
  return { id, title, updated, feedHasAuthor, entries };
}

const texts = (html: Document, selector: string) => [...html.querySelectorAll(selector)].map((e) => e.textContent ?? '');

let rahami: Version[];
beforeAll(async () => {
  rahami = await rahamiVersions();
});

const exportedAt = '2026-11-30T09:00:00Z';
const feedOf = (versions: Version[], at = exportedAt) => storyAtomFeed({ url: RAHAMI_URL, versions, words, exportedAt: at });

describe("one story's feed of changes", () => {
  it('is valid Atom: one entry per change, newest first, titled with its one-line summary', () => {
    const feed = checkAtom(feedOf(rahami));
    expect(feed.title).toBe('Ahmad Khan Rahami Is Arrested in Manhattan and New Jersey Bombings');
    expect(feed.feedHasAuthor).toBe(true);
    expect(feed.entries.map((e) => e.title)).toEqual([
      '2 corrections changed',
      '2 corrections changed; 8 paragraphs rewritten, 30 paragraphs added, 26 paragraphs removed, 7 paragraphs moved',
    ]);
    // `updated` is when the newer version was first seen; the feed was last updated by its newest change.
    expect(feed.entries.map((e) => e.updated)).toEqual(['2026-11-23T21:00:00Z', '2019-10-16T11:16:56Z']);
    expect(feed.updated).toBe('2026-11-23T21:00:00Z');
  });

  it("holds each change's words: struck ones in <del>, new ones in <ins>, and no unchanged paragraph", () => {
    const [corrections, rewrite] = checkAtom(feedOf(rahami)).entries;
    expect(texts(corrections!.html, 'del')).toHaveLength(2);
    expect(texts(corrections!.html, 'del')[0]).toContain('An earlier version of this article misstated the number of bombings');
    expect(texts(corrections!.html, 'ins')).toEqual([]);
    expect(texts(rewrite!.html, 'del')).toContain('September');
    expect(texts(rewrite!.html, 'ins')).toContain('Sept.');
    expect(texts(rewrite!.html, 'ins')).toContain('frenzied end came');
    const unchanged = rahami[1]!.article.paragraphs.find((p) => rahami[2]!.article.paragraphs.includes(p))!;
    expect(corrections!.html.body.textContent).not.toContain(unchanged);
    // Each entry links to the copy where its new text can be read.
    expect(rewrite!.link).toBe(`https://web.archive.org/web/20191016111656/${RAHAMI_URL}`);
    expect(corrections!.link).toBe(RAHAMI_URL);
  });

  it('keeps its ids across exports at different times, and when a later change is added', () => {
    const first = checkAtom(feedOf(rahami, '2026-11-30T09:00:00Z'));
    const again = checkAtom(feedOf(rahami, '2027-01-15T18:30:00Z'));
    expect(again.id).toBe(first.id);
    expect(again.entries.map((e) => e.id)).toEqual(first.entries.map((e) => e.id));
    expect(again.updated).toBe(first.updated);

    const live = rahami[2]!.article;
    const edited = { ...live, paragraphs: live.paragraphs.map((p, i) => (i === 1 ? `${p} He was charged on Tuesday.` : p)) };
    const later = checkAtom(feedOf([...rahami, versionOf(edited, '2026-11-30T06:00:00Z', 'live')], '2027-01-15T18:30:00Z'));
    expect(later.id).toBe(first.id);
    expect(later.entries.slice(1).map((e) => e.id)).toEqual(first.entries.map((e) => e.id));
    expect(later.entries[0]!.title).toBe('1 paragraph rewritten');
    expect(texts(later.entries[0]!.html, 'ins').join('')).toContain('He was charged on Tuesday.');
    expect(first.entries.map((e) => e.id)).not.toContain(later.entries[0]!.id);
  });

  it('gives a change made again after a revert an id of its own', () => {
    const [breaking, rewrite] = rahami;
    const reverted = versionOf(breaking!.article, '2020-01-01T00:00:00Z');
    const rewrittenAgain = versionOf(rewrite!.article, '2021-01-01T00:00:00Z');
    const feed = checkAtom(feedOf([breaking!, rewrite!, reverted, rewrittenAgain]));
    expect(feed.entries).toHaveLength(3);
    expect(feed.entries[0]!.title).toBe(feed.entries[2]!.title);
  });

  it('reads back a headline with <, &, " and \' exactly, as text and never as markup', () => {
    const live = rahami[2]!.article;
    const headline = `Q&A: "Rahami's <b>bomb</b> trial" & what's next`;
    const retitled = versionOf({ ...live, title: headline }, '2026-11-30T06:00:00Z', 'live');
    const xml = feedOf([...rahami, retitled]);
    const feed = checkAtom(xml);
    expect(feed.title).toBe(headline);
    const [newest] = feed.entries;
    expect(newest!.title).toBe('Headline changed');
    expect(newest!.html.querySelector('b')).toBeNull();
    // The new headline is the redline without its struck words, the old one without its new words.
    const h1 = newest!.html.querySelector('h1')!;
    const without = (tag: string) => [...h1.childNodes].filter((n) => n.nodeName.toLowerCase() !== tag).map((n) => n.textContent).join('');
    expect(without('del')).toBe(headline);
    expect(without('ins')).toBe(live.title);
    const all = checkAtom(followedStoriesAtomFeed({ stories: [{ url: RAHAMI_URL, versions: [...rahami, retitled] }], words, exportedAt, title: 'Followed' }));
    expect(all.entries[0]!.title).toBe(`${headline} — Headline changed`);
  });

  it('drops characters XML cannot hold, which archived pages sometimes carry', () => {
    const live = rahami[2]!.article;
    const garbled = versionOf({ ...live, paragraphs: [`Police\u0000 said\u000B the\uFFFE suspect \uD800fled.`, ...live.paragraphs] }, '2026-11-30T06:00:00Z', 'live');
    const xml = feedOf([...rahami, garbled]);
    // eslint-disable-next-line no-control-regex -- the characters under test
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
    const feed = checkAtom(xml);
    expect(texts(feed.entries[0]!.html, 'ins')).toContain('Police said the suspect fled.');
  });

  it('makes no entry for copies that differ only in page layout, and never shows a layout line as added', () => {
    const live = rahami[2]!.article;
    const readByTemplate = { ...live, reader: 'nytimes:2018-04' };
    const readByGeneric = { ...live, reader: 'generic', paragraphs: [...live.paragraphs, 'ADVERTISEMENT'] };
    const [pair] = versionPairs([versionOf(readByTemplate, '2026-01-01T00:00:00Z'), versionOf(readByGeneric, '2026-02-01T00:00:00Z', 'live')]);
    expect(pair!.diff.paragraphs.some((op) => op.kind === 'layout')).toBe(true);
    const layoutOnly = checkAtom(feedOf([versionOf(readByTemplate, '2026-01-01T00:00:00Z'), versionOf(readByGeneric, '2026-02-01T00:00:00Z', 'live')]));
    expect(layoutOnly.entries).toEqual([]);

    const edited = { ...readByGeneric, paragraphs: [`${live.paragraphs[0]} Officials declined to comment.`, ...readByGeneric.paragraphs.slice(1)] };
    const withEdit = checkAtom(feedOf([versionOf(readByTemplate, '2026-01-01T00:00:00Z'), versionOf(edited, '2026-02-01T00:00:00Z', 'live')]));
    expect(withEdit.entries.map((e) => e.title)).toEqual(['1 paragraph rewritten']);
    expect(withEdit.entries[0]!.html.body.textContent).not.toContain('ADVERTISEMENT');
  });

  it('is valid for every real version set of the fixtures, with one entry per edited pair of versions', async () => {
    for (const story of await truthTimelines()) {
      const feed = checkAtom(storyAtomFeed({ ...story, words, exportedAt }));
      const edited = versionPairs(story.versions).filter((pair) => pair.edited);
      expect(feed.entries, story.id).toHaveLength(edited.length);
      for (const entry of feed.entries) expect(entry.html.querySelectorAll('del, ins').length, `${story.id}: ${entry.title}`).toBeGreaterThan(0);
    }
  });

  it('is valid with a single version: no entry, dated by that version', () => {
    const feed = checkAtom(feedOf(rahami.slice(0, 1)));
    expect(feed.entries).toEqual([]);
    expect(feed.updated).toBe('2016-09-19T20:49:01Z');
  });
});

describe('the feed of every followed story', () => {
  it("merges the stories' changes newest first, each with the id it has in its story's own feed", async () => {
    // The ABC News story's headline changed from 'Longtime Grudge' to ''Personal Beef'', quotes and all.
    const abc = (await truthTimelines()).find((story) => story.id === 'abcnews-2016-12-16-clinton-putin')!;
    const stories = [{ url: RAHAMI_URL, versions: rahami }, abc];
    const feed = checkAtom(followedStoriesAtomFeed({ stories, words, exportedAt, title: 'Followed stories: changes' }));
    expect(feed.title).toBe('Followed stories: changes');
    const own = stories.flatMap((story) => checkAtom(storyAtomFeed({ ...story, words, exportedAt })).entries.map((e) => e.id));
    expect(feed.entries.map((e) => e.id).sort()).toEqual(own.sort());
    const times = feed.entries.map((e) => e.updated);
    expect(times).toEqual([...times].sort().reverse());
    const abcEntry = feed.entries.find((e) => e.id.includes(encodeURIComponent(abc.url)))!;
    expect(abcEntry.title).toBe(`${abc.versions.at(-1)!.article.title} — Headline changed; 5 paragraphs rewritten, 2 paragraphs added`);
    expect(abcEntry.title).toContain("'Personal Beef'");
    const again = checkAtom(followedStoriesAtomFeed({ stories: [...stories].reverse(), words, exportedAt: '2027-03-01T00:00:00Z', title: 'Followed stories: changes' }));
    expect(again.id).toBe(feed.id);
    expect(again.entries.map((e) => e.id)).toEqual(feed.entries.map((e) => e.id));
  });

  it('is valid Atom with no story followed yet', () => {
    const feed = checkAtom(followedStoriesAtomFeed({ stories: [], words, exportedAt, title: 'Followed stories: changes' }));
    expect(feed.entries).toEqual([]);
    expect(feed.feedHasAuthor).toBe(true);
    expect(feed.updated).toBe('2026-11-30T09:00:00Z');
  });
});
