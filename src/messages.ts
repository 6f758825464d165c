/**
 * Every message between the extension's contexts. One-shot requests are one table,
 * `REQUESTS`: each type with the guard for its request and the guard for its reply. `send`
 * and `sendToTab` check the reply, `handle` checks the request, so neither side acts on a
 * shape it did not expect (a content script lives in a page we do not control). The history
 * port streams states instead; its two message types have their own guards below.
 */
import type { Article } from './core/article.ts';
import type { FOLLOW_REQUESTS } from './follow-messages.ts';
import type { SITE_REQUESTS } from './site-messages.ts';
import type { HistoryState } from './core/history.ts';
import type { ArchivedReading } from './extract/archived-page.ts';
import { MAX_MESSAGE_CHARS } from './core/limits.ts';
import type { MessagePart } from './core/message-parts.ts';
import type { SaveOutcome } from './sources/save-page-now.ts';
import { articleShape, hasShape, isObject, isString, isStringArray, shaped, type Check, type Guard } from './core/shape.ts';

export const isHttpUrl: Check = (v) => isString(v) && /^https?:\/\//.test(v as string) && (v as string).length < 4096;

export function isArticle(value: unknown): value is Article {
  return (
    hasShape(value, articleShape({ url: isHttpUrl, paragraphs: isStringArray, reader: isString })) && JSON.stringify(value).length < MAX_MESSAGE_CHARS
  );
}

export const isOk = shaped<{ ok: true }>({ ok: (v) => v === true });
const isNothing = (value: unknown): value is undefined => value === undefined;

export type OffscreenResponse = { ok: true; reading: ArchivedReading } | { ok: false; error: string };

function isArchivedReading(value: unknown): value is ArchivedReading {
  return (
    hasShape(value, { kind: (k) => k === 'article', article: isArticle }) ||
    hasShape(value, { kind: (k) => k === 'no-article' }) ||
    hasShape(value, { kind: (k) => k === 'other-page', url: isString })
  );
}

function isOffscreenResponse(value: unknown): value is OffscreenResponse {
  if (!isObject(value)) return false;
  return value.ok === true ? isArchivedReading(value.reading) : value.ok === false && isString(value.error);
}

/** One article's URL: what the reader asks of the background about the article in front of them. */
export const isUrlRequest = shaped<{ url: string }>({ url: isHttpUrl });
/** A request that carries nothing but its type. One guard for all of them: the table rides in the content script on every article. */
export const isBare = shaped<Record<never, never>>({});

/**
 * The request → reply table. `to` says where a request goes: `background` and `offscreen`
 * through `runtime.sendMessage`, `tab` through `tabs.sendMessage` to a content script.
 */
const CORE_REQUESTS = {
  /** content script → background: the live article on this page. */
  'page:article': { to: 'background', request: shaped<{ article: Article }>({ article: isArticle }), reply: isOk },
  /** extension page → background: forget one article's stored history, or every one. */
  'cache:clear': { to: 'background', request: isUrlRequest, reply: isOk },
  'cache:clear-all': { to: 'background', request: isBare, reply: isOk },
  /** background → offscreen document (Chrome): parse archived HTML and extract its article. */
  'offscreen:extract': { to: 'offscreen', request: shaped<{ html: string; url: string }>({ html: isString, url: isHttpUrl }), reply: isOffscreenResponse },
  /** sidebar (content script) → background: open the options page, which a content script cannot open itself. */
  'options:open': { to: 'background', request: isBare, reply: isOk },
  /** sidebar (content script) → background: save the article on this page to the archive now (Save Page Now). */
  // The reply's check is the kind alone: the table rides in the content script on every article, and the sidebar reads any refusal it does not know as "did not answer".
  'archive:save': { to: 'background', request: isUrlRequest, reply: shaped<SaveOutcome>({ kind: isString }) },
  /** background → content script: the toolbar button or shortcut was used. */
  'sidebar:toggle': { to: 'tab', request: isBare, reply: isNothing },
} satisfies Record<string, RequestEntry>;

export type RequestEntry = { to: 'background' | 'offscreen' | 'tab'; request: Guard<object>; reply: Guard<unknown> };

/**
 * Every request type, with the follow requests (src/follow-messages.ts) and the added sites'
 * (src/site-messages.ts), whose guards are
 * registered only by the contexts that send or answer them: the content script runs on every
 * article and would otherwise carry guards it never uses. A request of a type not registered in
 * a context is not answered there, as an unknown one is not. (An exported table rather than a
 * register function: every byte here is paid on every article.)
 */
type Table = typeof CORE_REQUESTS & typeof FOLLOW_REQUESTS & typeof SITE_REQUESTS;
export const REQUESTS: Partial<Record<keyof Table, RequestEntry>> = { ...CORE_REQUESTS };
export type RequestType = keyof Table;
type Guarded<G> = G extends Guard<infer T> ? T : never;
export type RequestBody<K extends RequestType> = Guarded<Table[K]['request']>;
export type Reply<K extends RequestType> = Guarded<Table[K]['reply']>;
export type Request<K extends RequestType = RequestType> = K extends RequestType ? { type: K } & RequestBody<K> : never;
type To<D extends Table[RequestType]['to']> = { [K in RequestType]: Table[K]['to'] extends D ? K : never }[RequestType];

/** The request, checked: the message if it is one of ours of the right shape, else null. */
export function asRequest(message: unknown): Request | null {
  if (!isObject(message) || typeof message.type !== 'string' || !Object.hasOwn(REQUESTS, message.type)) return null;
  return REQUESTS[message.type as RequestType]!.request(message) ? (message as Request) : null;
}

export class ProtocolError extends Error {}

function checkReply<K extends RequestType>(type: K, reply: unknown): Reply<K> {
  // Sent only by contexts that registered the type (a missing one is a bug, and throws too).
  if (!REQUESTS[type]!.reply(reply)) throw new ProtocolError(`${type}: the answer is not of the expected shape`);
  return reply as Reply<K>;
}

/** What carries a request: `runtime.sendMessage`, or `tabs.sendMessage` bound to a tab. Injected so the protocol has no browser import. */
export type Transport = (message: unknown) => Promise<unknown>;

/** Sends a request to the background or the offscreen document and returns its checked reply. */
export async function send<K extends To<'background' | 'offscreen'>>(transport: Transport, type: K, body: RequestBody<K>): Promise<Reply<K>> {
  return checkReply(type, await transport({ ...body, type }));
}

/** Sends a request to a tab's content script and returns its checked reply. */
export async function sendToTab<K extends To<'tab'>>(transport: Transport, type: K, body: RequestBody<K>): Promise<Reply<K>> {
  return checkReply(type, await transport({ ...body, type }));
}

/** A context's answers; a handler returns undefined for a request it will not answer (a sender it does not trust). */
export type Handlers<S> = { [K in RequestType]?: (request: Request<K>, sender: S) => Promise<Reply<K>> | undefined };

/**
 * A `runtime.onMessage` listener that answers only the requests in `handlers`, and only once
 * the request's guard passed; anything else is left for another listener (or dropped).
 */
export function handle<S>(handlers: Handlers<S>): (message: unknown, sender: S) => Promise<unknown> | undefined {
  return (message, sender) => {
    const request = asRequest(message);
    if (!request) return undefined;
    const handler = handlers[request.type] as ((request: Request, sender: S) => Promise<unknown> | undefined) | undefined;
    return handler?.(request, sender);
  };
}

/** The `history` port: the content script watches one article, the background streams its state. */
export const HISTORY_PORT = 'history';
export type HistoryRequest =
  | { type: 'history:watch'; url: string }
  | { type: 'history:retry'; url: string }
  /** Fetch every distinct capture, not only the bisection's (slow; on the reader's request). */
  | { type: 'history:thorough'; url: string };
export type HistoryEvent = { type: 'history:state'; url: string; state: HistoryState };
/** A history event too large for one message, in parts (src/core/message-parts.ts). */
export type HistoryEventPart = { type: 'history:state-part'; url: string } & MessagePart;

export function isHistoryEventPart(value: unknown): value is HistoryEventPart {
  return hasShape(value, {
    type: (t) => t === 'history:state-part',
    url: isString,
    seq: (v) => Number.isInteger(v),
    count: (v) => Number.isInteger(v) && (v as number) > 0 && (v as number) < 10_000,
    index: (v) => Number.isInteger(v) && (v as number) >= 0,
    chunk: isString,
  }) && (value.index as number) < (value.count as number);
}

const HISTORY_REQUESTS = new Set(['history:watch', 'history:retry', 'history:thorough']);

export function isHistoryRequest(value: unknown): value is HistoryRequest {
  return hasShape(value, { type: (t) => HISTORY_REQUESTS.has(t as string), url: isHttpUrl });
}

const HISTORY_KINDS = new Set(['queued', 'loading', 'rate-limited', 'done', 'failed']);

/** The background is trusted; this guard catches protocol drift between builds, not attacks. */
export function isHistoryEvent(value: unknown): value is HistoryEvent {
  return (
    hasShape(value, { type: (t) => t === 'history:state', url: isString, state: isObject }) &&
    HISTORY_KINDS.has((value.state as { kind?: unknown }).kind as string) &&
    Array.isArray((value.state as { versions?: unknown }).versions)
  );
}
