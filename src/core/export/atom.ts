/**
 * Atom feeds (RFC 4287) of a story's changes: one entry per change, newest first, its title the
 * change's one-line summary, its content the change as HTML with `<del>` and `<ins>`.
 *
 * Ids are tag: URIs (RFC 4151) made from the story's URL and the keys of the two versions a
 * change lies between, never from the time of the export: a feed exported again, or the same
 * change in the feed of every followed story, has the same ids, so a feed reader shows no
 * entry twice. The authority is the domain of the extension's add-on id.
 */
import type { SummaryWords } from '../change-summary.ts';
import type { Version } from '../history.ts';
import { changeSummary, pairKey, rfc3339, storyChanges, type StoryHistory, type VersionPair } from './changes.ts';
import { diffHtml } from './html.ts';
import { escapeXml } from './text-escape.ts';

export const ATOM_NS = 'http://www.w3.org/2005/Atom';
const TAG = 'tag:article-history.org,2026:';

/** encodeURIComponent leaves only characters a tag URI's specific part allows, and no "/": the separators stay unambiguous. */
const part = (text: string) => encodeURIComponent(text);

export const storyFeedId = (url: string): string => `${TAG}story/${part(url)}`;

export const changeEntryId = (url: string, pair: Pick<VersionPair, 'from' | 'to'>): string => {
  const [from, to] = pairKey(pair);
  return `${storyFeedId(url)}/change/${part(from)}/${part(to)}`;
};

export const FOLLOWED_FEED_ID = `${TAG}followed-stories`;

const host = (url: string) => {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
};

/** Where the new text can be read: its archived copy when there is one, else the story itself. */
function versionLink(url: string, version: Version): string {
  const archived = version.sightings.find((s) => s.source === 'archive');
  return archived?.source === 'archive' ? archived.captureUrl : url;
}

const element = (name: string, text: string, attributes = '') => `<${name}${attributes}>${escapeXml(text)}</${name}>`;
const author = (name: string) => `<author>${element('name', name)}</author>`;
const link = (href: string) => `<link rel="alternate" type="text/html" href="${escapeXml(href)}"/>`;

interface Entry {
  id: string;
  updated: string;
  xml: string;
}

function entry(story: StoryHistory, pair: VersionPair, title: string): Entry {
  const id = changeEntryId(story.url, pair);
  const updated = rfc3339(pair.to.capturedAt);
  const xml = [
    '<entry>',
    element('id', id),
    element('title', title, ' type="text"'),
    element('updated', updated),
    author(pair.to.article.byline?.trim() || host(story.url)),
    link(versionLink(story.url, pair.to)),
    element('content', diffHtml(pair.diff), ' type="html"'),
    '</entry>',
  ].join('\n');
  return { id, updated, xml };
}

/** Newest first; two changes seen at the same instant in a stable order. */
const newestFirst = (a: Entry, b: Entry) => (a.updated === b.updated ? (a.id < b.id ? -1 : 1) : a.updated < b.updated ? 1 : -1);

interface FeedHead {
  id: string;
  title: string;
  author: string;
  link?: string;
  /** When nothing in the feed says when it last changed. */
  fallbackUpdated: string;
}

function feed(head: FeedHead, entries: Entry[]): string {
  entries.sort(newestFirst);
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="${ATOM_NS}">`,
    element('id', head.id),
    element('title', head.title, ' type="text"'),
    // The feed changes when a change is added to it; its export does not change it.
    element('updated', entries[0]?.updated ?? rfc3339(head.fallbackUpdated)),
    author(head.author),
    ...(head.link ? [link(head.link)] : []),
    '<generator>Article History</generator>',
    ...entries.map((e) => e.xml),
    '</feed>',
    '',
  ].join('\n');
}

const headline = (story: StoryHistory) => story.versions.at(-1)?.article.title.trim() || story.url;

export interface StoryFeedInput extends StoryHistory {
  words: SummaryWords;
  /** ISO 8601; the feed's `updated` only when the story has no version to date it by. */
  exportedAt: string;
}

/** One story's feed of changes. */
export function storyAtomFeed(input: StoryFeedInput): string {
  const entries = storyChanges(input.versions).map((pair) => entry(input, pair, changeSummary(pair, input.words)));
  const newest = input.versions.at(-1)?.capturedAt ?? input.exportedAt;
  return feed({ id: storyFeedId(input.url), title: headline(input), author: host(input.url), link: input.url, fallbackUpdated: newest }, entries);
}

/**
 * The input of the feed of every followed story, as the followed-stories page builds it:
 * each story's URL and timeline (oldest first, as the store holds it), the words of the
 * reader's language, and the time of the export (used only by an empty feed).
 */
export interface FollowedFeedInput {
  stories: readonly StoryHistory[];
  words: SummaryWords;
  exportedAt: string;
  /** The feed's own title, in the reader's language. */
  title: string;
}

/**
 * One feed for all followed stories: every story's changes, newest first, each entry titled
 * "<headline> — <summary>" (a summary alone does not say which story) and with the same id
 * as in that story's own feed.
 */
export function followedStoriesAtomFeed(input: FollowedFeedInput): string {
  const entries = input.stories.flatMap((story) =>
    storyChanges(story.versions).map((pair) => entry(story, pair, `${headline(story)} — ${changeSummary(pair, input.words)}`)),
  );
  return feed({ id: FOLLOWED_FEED_ID, title: input.title, author: 'Article History', fallbackUpdated: input.exportedAt }, entries);
}
