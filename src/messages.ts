/**
 * Every message between the extension's contexts. Nothing else sends raw objects: a sender
 * builds one of these types, a receiver runs the matching guard before acting on it, because
 * a content script lives in a page we do not control.
 */
import type { Article } from './core/article.ts';
import type { HistoryState } from './core/history.ts';

/** content script → background, `runtime.sendMessage`. */
export type PageMessage = { type: 'page:article'; article: Article };

/** background → content script, `tabs.sendMessage`. */
export type TabMessage = { type: 'sidebar:toggle' };

/** background → offscreen document (Chrome), `runtime.sendMessage`. */
export type OffscreenRequest = { type: 'offscreen:extract'; html: string; url: string };
export type OffscreenResponse = { ok: true; article: Article | null } | { ok: false; error: string };

/** The `history` port: the content script watches one article, the background streams its state. */
export const HISTORY_PORT = 'history';
export type HistoryRequest =
  | { type: 'history:watch'; url: string }
  | { type: 'history:retry'; url: string }
  /** Fetch every distinct capture, not only the bisection's (slow; on the reader's request). */
  | { type: 'history:thorough'; url: string };

/** content script or extension page → background, `runtime.sendMessage`: forget stored histories. Answered with `{ ok: true }`. */
export type CacheMessage = { type: 'cache:clear'; url: string } | { type: 'cache:clear-all' };
export type HistoryEvent = { type: 'history:state'; url: string; state: HistoryState };

/** sidebar (content script) → background, `runtime.sendMessage`: open the options page, which a content script cannot open itself. */
export type OptionsMessage = { type: 'options:open' };

type Check = (value: unknown) => boolean;

const isString: Check = (v) => typeof v === 'string';
const isBoolean: Check = (v) => typeof v === 'boolean';
const isNullableString: Check = (v) => v === null || typeof v === 'string';
const isStringArray: Check = (v) => Array.isArray(v) && v.every(isString);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function hasShape(value: unknown, shape: Record<string, Check>): value is Record<string, unknown> {
  return isObject(value) && Object.entries(shape).every(([key, check]) => check(value[key]));
}

const MAX_TEXT = 2_000_000;
const isHttpUrl: Check = (v) => isString(v) && /^https?:\/\//.test(v as string) && (v as string).length < 4096;

export function isArticle(value: unknown): value is Article {
  return (
    hasShape(value, {
      url: isHttpUrl,
      site: isString,
      title: isString,
      byline: isNullableString,
      publishedAt: isNullableString,
      modifiedAt: isNullableString,
      corrections: isStringArray,
      paragraphs: isStringArray,
      partial: isBoolean,
      liveBlog: isBoolean,
    }) && JSON.stringify(value).length < MAX_TEXT
  );
}

export function isPageMessage(value: unknown): value is PageMessage {
  return hasShape(value, { type: (t) => t === 'page:article', article: isArticle });
}

export function isTabMessage(value: unknown): value is TabMessage {
  return hasShape(value, { type: (t) => t === 'sidebar:toggle' });
}

export function isOffscreenRequest(value: unknown): value is OffscreenRequest {
  return hasShape(value, { type: (t) => t === 'offscreen:extract', html: isString, url: isHttpUrl });
}

export function isOffscreenResponse(value: unknown): value is OffscreenResponse {
  if (!isObject(value)) return false;
  return value.ok === true ? value.article === null || isArticle(value.article) : value.ok === false && isString(value.error);
}

const HISTORY_REQUESTS = new Set(['history:watch', 'history:retry', 'history:thorough']);

export function isHistoryRequest(value: unknown): value is HistoryRequest {
  return hasShape(value, { type: (t) => HISTORY_REQUESTS.has(t as string), url: isHttpUrl });
}

export function isCacheMessage(value: unknown): value is CacheMessage {
  return hasShape(value, { type: (t) => t === 'cache:clear', url: isHttpUrl }) || hasShape(value, { type: (t) => t === 'cache:clear-all' });
}

export function isOptionsMessage(value: unknown): value is OptionsMessage {
  return hasShape(value, { type: (t) => t === 'options:open' });
}

const HISTORY_KINDS = new Set(['loading', 'rate-limited', 'done', 'failed']);

/** The background is trusted; this guard catches protocol drift between builds, not attacks. */
export function isHistoryEvent(value: unknown): value is HistoryEvent {
  return (
    hasShape(value, { type: (t) => t === 'history:state', url: isString, state: isObject }) &&
    HISTORY_KINDS.has((value.state as { kind?: unknown }).kind as string) &&
    Array.isArray((value.state as { versions?: unknown }).versions)
  );
}
