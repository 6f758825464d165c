/**
 * Chrome's offscreen document can be closed while a capture is being read in it. The capture is
 * not at fault: the document is made again and the same capture asked once more.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

const sendMessage = vi.fn();
vi.mock('webextension-polyfill', () => ({ default: { runtime: { sendMessage: (m: unknown) => sendMessage(m) } } }));

const article = {
  url: 'https://www.nytimes.com/2016/09/20/nyregion/x.html', site: 'nytimes', reader: 'nytimes:2014', title: 'T', byline: null, publishedAt: null,
  modifiedAt: null, corrections: [], paragraphs: ['One.'], partial: false, liveBlog: false,
};
let documents = 0;
const createDocument = vi.fn(async () => void documents++);

beforeEach(() => {
  documents = 0;
  sendMessage.mockReset();
  createDocument.mockClear();
  vi.stubGlobal('chrome', {
    runtime: { getURL: (path: string) => `chrome-extension://id/${path}`, getContexts: async () => Array.from({ length: documents }, () => ({})) },
    offscreen: { createDocument },
  });
});

describe('the offscreen extractor', () => {
  it('makes the document again and asks again when it was closed mid-request', async () => {
    const { extractHtml } = await import('../../src/background/html-extractor/chrome.ts');
    sendMessage.mockImplementationOnce(async () => {
      documents = 0;
      throw new Error('The message port closed before a response was received.');
    });
    sendMessage.mockImplementationOnce(async () => ({ ok: true, reading: { kind: 'article', article } }));
    await expect(extractHtml('<p>One.</p>', article.url)).resolves.toEqual({ kind: 'article', article });
    expect(createDocument).toHaveBeenCalledTimes(2);
    expect(sendMessage).toHaveBeenCalledTimes(2);
  });

  it('does not ask twice when the document read the page and found no article', async () => {
    const { extractHtml } = await import('../../src/background/html-extractor/chrome.ts');
    sendMessage.mockResolvedValue({ ok: false, error: 'no body' });
    await expect(extractHtml('<p>x</p>', article.url)).rejects.toThrow('no body');
    expect(sendMessage).toHaveBeenCalledTimes(1);
  });
});
