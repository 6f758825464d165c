import { describe, expect, it } from 'vitest';
import { isCacheMessage, isHistoryEvent, isHistoryRequest, isOffscreenRequest, isOptionsMessage, isPageMessage } from '../../src/messages.ts';

const article = {
  url: 'https://www.nytimes.com/2016/09/20/nyregion/x.html', site: 'nytimes', title: 'T', byline: null, publishedAt: null,
  modifiedAt: null, corrections: [], paragraphs: ['One.', 'Two.'], partial: false, liveBlog: false,
};

describe('messages are checked at the boundary', () => {
  it('accepts a well-formed article report', () => {
    expect(isPageMessage({ type: 'page:article', article })).toBe(true);
  });

  it.each([
    ['a missing field', { ...article, paragraphs: undefined }],
    ['HTML smuggled as a paragraph list', { ...article, paragraphs: '<img src=x onerror=alert(1)>' }],
    ['a non-web URL', { ...article, url: 'javascript:alert(1)' }],
    ['a number for a title', { ...article, title: 42 }],
  ])('rejects an article report with %s', (_, bad) => {
    expect(isPageMessage({ type: 'page:article', article: bad })).toBe(false);
  });

  it('rejects unknown message types and non-objects', () => {
    expect(isPageMessage({ type: 'page:articles', article })).toBe(false);
    expect(isPageMessage(null)).toBe(false);
    expect(isHistoryRequest('history:watch')).toBe(false);
    expect(isOffscreenRequest({ type: 'offscreen:extract', html: '<p>', url: 'file:///etc/passwd' })).toBe(false);
  });

  it('accepts history requests and events of the protocol', () => {
    expect(isHistoryRequest({ type: 'history:watch', url: article.url })).toBe(true);
    expect(isHistoryEvent({ type: 'history:state', url: article.url, state: { kind: 'done', versions: [], archivedCaptures: 0, coverage: 'bisected' } })).toBe(true);
    expect(isHistoryEvent({ type: 'history:state', url: article.url, state: { kind: 'exploded', versions: [] } })).toBe(false);
  });
});

describe('cache and history requests', () => {
  it('accepts clearing one article or all, and thorough mode on the history port', () => {
    expect(isCacheMessage({ type: 'cache:clear', url: article.url })).toBe(true);
    expect(isCacheMessage({ type: 'cache:clear-all' })).toBe(true);
    expect(isHistoryRequest({ type: 'history:thorough', url: article.url })).toBe(true);
  });

  it('rejects a clear without a web URL, and unknown requests', () => {
    expect(isCacheMessage({ type: 'cache:clear' })).toBe(false);
    expect(isCacheMessage({ type: 'cache:clear', url: 'chrome://settings' })).toBe(false);
    expect(isCacheMessage({ type: 'cache:clear-everything' })).toBe(false);
    expect(isHistoryRequest({ type: 'history:forget', url: article.url })).toBe(false);
  });

  it('accepts the request to open the options page, and nothing that only looks like it', () => {
    expect(isOptionsMessage({ type: 'options:open' })).toBe(true);
    expect(isOptionsMessage({ type: 'options:close' })).toBe(false);
    expect(isOptionsMessage('options:open')).toBe(false);
  });

  it('accepts a failed state that says when it tries again', () => {
    const state = { kind: 'failed', versions: [], reason: 'archive-unavailable', retryAt: 1_577_836_860_000 };
    expect(isHistoryEvent({ type: 'history:state', url: article.url, state })).toBe(true);
  });
});
