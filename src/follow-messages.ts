/**
 * The requests about followed stories, in the protocol of src/messages.ts. Their guards are
 * registered when this module is imported (by the background, the sidebar and the
 * followed-stories page), not by the content script that runs on every article.
 */
import type { Article } from './core/article.ts';
import type { Sighting, Version } from './core/history.ts';
import { FOLLOW_FAILURES, type FollowedStory } from './core/followed-list.ts';
import { arrayOf, isBoolean, isFiniteNumber, isString, oneOf, shaped, type Check } from './core/shape.ts';
import { isArticle, isBare, isHttpUrl, isOk, isUrlRequest, REQUESTS, type RequestEntry } from './messages.ts';

/** Whether the sidebar's story is followed; `change`: the text of a change the reader has not seen, to open the sidebar on. */
export interface FollowStatus {
  following: boolean;
  pinned: boolean;
  change: string | null;
}

const isFollowStatus = shaped<FollowStatus>({ following: isBoolean, pinned: isBoolean, change: (v) => v === null || isString(v) });
const orNull = (check: Check): Check => (v) => v === null || check(v);
const isFollowedStory = shaped<FollowedStory>({
  url: isHttpUrl,
  title: isString,
  versions: isFiniteNumber,
  pinned: isBoolean,
  unseen: isBoolean,
  lastChange: orNull(shaped({ at: isFiniteNumber, summary: isString })),
  failure: orNull(oneOf(...FOLLOW_FAILURES)),
  nextCheckAt: orNull(isFiniteNumber),
});

const isSighting = (v: unknown): v is Sighting =>
  shaped({ source: oneOf('visit', 'live'), at: isString })(v) ||
  shaped({ source: oneOf('archive'), at: isString, archive: isString, captureUrl: isHttpUrl })(v);
const isVersion = shaped<Version>({ id: isString, capturedAt: isString, article: isArticle, sightings: arrayOf(isSighting) });

export const FOLLOW_REQUESTS = {
  /** sidebar → background: is the story followed, and is there a change to open on? */
  'follow:status': { to: 'background', request: isUrlRequest, reply: isFollowStatus },
  /** sidebar → background: follow the story as the reader sees it now. */
  'follow:start': { to: 'background', request: shaped<{ article: Article }>({ article: isArticle }), reply: isOk },
  /** sidebar or the followed-stories page → background. */
  'follow:stop': { to: 'background', request: isUrlRequest, reply: isOk },
  /** followed-stories page → background: keep checking past 30 days, or not. */
  'follow:pin': { to: 'background', request: shaped<{ url: string; pinned: boolean }>({ url: isHttpUrl, pinned: isBoolean }), reply: isOk },
  /** sidebar → background: the reader opened the sidebar on the story, so its change is seen. */
  'follow:seen': { to: 'background', request: isUrlRequest, reply: isOk },
  /** followed-stories page → background: every followed story, unseen changes first. */
  'follow:list': { to: 'background', request: isBare, reply: shaped<{ stories: FollowedStory[] }>({ stories: arrayOf(isFollowedStory) }) },
  /** followed-stories page → background: the story's versions as stored, for its exports; asks no archive. */
  'follow:versions': { to: 'background', request: isUrlRequest, reply: shaped<{ versions: Version[] }>({ versions: arrayOf(isVersion) }) },
  /** Test builds only: run the `follow-check` alarm's handler now, and answer when its checks are done. */
  'follow:check-now': { to: 'background', request: isBare, reply: shaped<{ checked: number }>({ checked: isFiniteNumber }) },
  /** sidebar → background: open the followed-stories page. */
  'followed:open': { to: 'background', request: isBare, reply: isOk },
} satisfies Record<string, RequestEntry>;

Object.assign(REQUESTS, FOLLOW_REQUESTS);
