import { describe, expect, it } from 'vitest';
import { asRequest, handle, isHistoryEvent, isHistoryRequest, ProtocolError, send, sendToTab, type Transport } from '../../src/messages.ts';

const article = {
  url: 'https://www.nytimes.com/2016/09/20/nyregion/x.html', site: 'nytimes', reader: 'nytimes:2014', title: 'T', byline: null, publishedAt: null,
  modifiedAt: null, corrections: [], paragraphs: ['One.', 'Two.'], partial: false, liveBlog: false,
};

describe('requests are checked at the boundary', () => {
  it('accepts a well-formed article report', () => {
    expect(asRequest({ type: 'page:article', article })).not.toBeNull();
  });

  it.each([
    ['a missing field', { ...article, paragraphs: undefined }],
    ['HTML smuggled as a paragraph list', { ...article, paragraphs: '<img src=x onerror=alert(1)>' }],
    ['a non-web URL', { ...article, url: 'javascript:alert(1)' }],
    ['a number for a title', { ...article, title: 42 }],
    ['no word of which reader read it', { ...article, reader: undefined }],
  ])('rejects an article report with %s', (_, bad) => {
    expect(asRequest({ type: 'page:article', article: bad })).toBeNull();
  });

  it('rejects unknown message types, inherited names and non-objects', () => {
    expect(asRequest({ type: 'page:articles', article })).toBeNull();
    expect(asRequest({ type: 'toString' })).toBeNull();
    expect(asRequest(null)).toBeNull();
    expect(asRequest('cache:clear-all')).toBeNull();
    expect(asRequest({ type: 'offscreen:extract', html: '<p>', url: 'file:///etc/passwd' })).toBeNull();
  });

  it('accepts a request to open the options page, and nothing like it', () => {
    expect(asRequest({ type: 'options:open' })).not.toBeNull();
    expect(asRequest({ type: 'options:close' })).toBeNull();
  });

  it('accepts clearing one article or all, and refuses a clear without a web URL', () => {
    expect(asRequest({ type: 'cache:clear', url: article.url })).not.toBeNull();
    expect(asRequest({ type: 'cache:clear-all' })).not.toBeNull();
    expect(asRequest({ type: 'cache:clear' })).toBeNull();
    expect(asRequest({ type: 'cache:clear', url: 'chrome://settings' })).toBeNull();
    expect(asRequest({ type: 'cache:clear-everything' })).toBeNull();
  });

  it("accepts adding or removing a site only with a web origin, and only where its requests are registered (not in the content script)", async () => {
    expect(asRequest({ type: 'sites:accept', origin: 'https://www.focus.de' })).toBeNull();
    await import('../../src/site-messages.ts');
    expect(asRequest({ type: 'sites:accept', origin: 'https://www.focus.de' })).not.toBeNull();
    expect(asRequest({ type: 'sites:remove', origin: 'https://www.focus.de' })).not.toBeNull();
    expect(asRequest({ type: 'sites:accept', origin: 'chrome://extensions' })).toBeNull();
    expect(asRequest({ type: 'sites:accept' })).toBeNull();
    expect(asRequest({ type: 'sites:remove', origin: 42 })).toBeNull();
  });
});

describe('handle answers only what it knows, after the guard', () => {
  const listener = handle<{ trusted: boolean }>({
    'cache:clear': ({ url }, sender) => (sender.trusted ? Promise.resolve({ ok: true as const, url }) : undefined),
  });

  it('runs the handler of a valid request from a sender it trusts', async () => {
    await expect(listener({ type: 'cache:clear', url: article.url }, { trusted: true })).resolves.toEqual({ ok: true, url: article.url });
  });

  it('leaves a malformed request, an unhandled type, and an untrusted sender unanswered', () => {
    expect(listener({ type: 'cache:clear', url: 'javascript:1' }, { trusted: true })).toBeUndefined();
    expect(listener({ type: 'cache:clear-all' }, { trusted: true })).toBeUndefined();
    expect(listener({ type: 'cache:clear', url: article.url }, { trusted: false })).toBeUndefined();
  });
});

describe('send checks the reply', () => {
  const answering = (reply: unknown): Transport & { sent: unknown[] } => {
    const sent: unknown[] = [];
    return Object.assign(async (message: unknown) => (sent.push(message), reply), { sent });
  };

  it('sends the type with the body and returns a reply of the right shape', async () => {
    const transport = answering({ ok: true, reading: { kind: 'article', article } });
    await expect(send(transport, 'offscreen:extract', { html: '<p>x</p>', url: article.url })).resolves.toEqual({ ok: true, reading: { kind: 'article', article } });
    expect(transport.sent).toEqual([{ type: 'offscreen:extract', html: '<p>x</p>', url: article.url }]);
  });

  it('refuses a reply of another shape, or none where one is owed', async () => {
    await expect(send(answering({ ok: true, reading: { kind: 'article', article: { title: 1 } } }), 'offscreen:extract', { html: '', url: article.url })).rejects.toBeInstanceOf(ProtocolError);
    await expect(send(answering(undefined), 'cache:clear-all', {})).rejects.toBeInstanceOf(ProtocolError);
  });

  it('expects no reply from a tab asked to toggle its sidebar', async () => {
    await expect(sendToTab(answering(undefined), 'sidebar:toggle', {})).resolves.toBeUndefined();
    await expect(sendToTab(answering({ ok: true }), 'sidebar:toggle', {})).rejects.toBeInstanceOf(ProtocolError);
  });
});

describe('the history port', () => {
  it('accepts the requests and events of the protocol', () => {
    expect(isHistoryRequest({ type: 'history:watch', url: article.url })).toBe(true);
    expect(isHistoryRequest({ type: 'history:thorough', url: article.url })).toBe(true);
    expect(isHistoryEvent({ type: 'history:state', url: article.url, state: { kind: 'done', versions: [], archivedCaptures: 0, coverage: 'bisected' } })).toBe(true);
  });

  it('rejects unknown requests and states', () => {
    expect(isHistoryRequest('history:watch')).toBe(false);
    expect(isHistoryRequest({ type: 'history:forget', url: article.url })).toBe(false);
    expect(isHistoryEvent({ type: 'history:state', url: article.url, state: { kind: 'exploded', versions: [] } })).toBe(false);
  });

  it('accepts a failed state that says when it tries again', () => {
    const state = { kind: 'failed', versions: [], reason: 'archive-unavailable', retryAt: 1_577_836_860_000 };
    expect(isHistoryEvent({ type: 'history:state', url: article.url, state })).toBe(true);
  });
});

describe('the follow requests', () => {
  it('are not answered in a context that did not register them (the content script)', () => {
    expect(asRequest({ type: 'follow:status', url: article.url })).toBeNull();
  });

  it('once registered, are checked like the others', async () => {
    await import('../../src/follow-messages.ts');
    expect(asRequest({ type: 'follow:status', url: article.url })).not.toBeNull();
    expect(asRequest({ type: 'follow:start', article })).not.toBeNull();
    expect(asRequest({ type: 'follow:start', article: { ...article, paragraphs: '<p>' } })).toBeNull();
    expect(asRequest({ type: 'follow:pin', url: article.url, pinned: 'yes' })).toBeNull();
    expect(asRequest({ type: 'follow:stop', url: 'javascript:alert(1)' })).toBeNull();
    const row = { url: article.url, title: 'T', versions: 2, pinned: false, unseen: true, lastChange: { at: 1, summary: 'Headline changed' }, failure: null, nextCheckAt: 2 };
    const answering = (reply: unknown): Transport => async () => reply;
    await expect(send(answering({ stories: [row] }), 'follow:list', {})).resolves.toEqual({ stories: [row] });
    await expect(send(answering({ stories: [{ ...row, failure: 'teapot' }] }), 'follow:list', {})).rejects.toThrow(ProtocolError);
  });
});

describe('the followed-stories page asking for a story\'s versions', () => {
  const version = {
    id: 'h1', capturedAt: '2016-09-19T20:49:01.000Z', article,
    sightings: [{ source: 'archive', at: '2016-09-19T20:49:01.000Z', archive: 'web.archive.org', captureUrl: `https://web.archive.org/web/20160919204901/${article.url}` }, { source: 'visit', at: '2016-09-20T08:00:00.000Z' }],
  };
  const answering = (reply: unknown): Transport => async () => reply;

  it('asks about a web URL only', async () => {
    await import('../../src/follow-messages.ts');
    expect(asRequest({ type: 'follow:versions', url: article.url })).not.toBeNull();
    expect(asRequest({ type: 'follow:versions', url: 'file:///etc/passwd' })).toBeNull();
    expect(asRequest({ type: 'follow:versions' })).toBeNull();
  });

  it('takes versions with their article and sightings, and nothing of another shape', async () => {
    await import('../../src/follow-messages.ts');
    await expect(send(answering({ versions: [version] }), 'follow:versions', { url: article.url })).resolves.toEqual({ versions: [version] });
    await expect(send(answering({ versions: [] }), 'follow:versions', { url: article.url })).resolves.toEqual({ versions: [] });
    const bad = [
      { versions: [{ ...version, article: { ...article, paragraphs: '<p>One.</p>' } }] },
      { versions: [{ ...version, sightings: [{ source: 'archive', at: version.capturedAt }] }] },
      { versions: [{ ...version, sightings: [{ source: 'rumour', at: version.capturedAt }] }] },
      { versions: [{ ...version, capturedAt: 1 }] },
      { versions: version },
      {},
    ];
    for (const reply of bad) await expect(send(answering(reply), 'follow:versions', { url: article.url })).rejects.toThrow(ProtocolError);
  });
});
