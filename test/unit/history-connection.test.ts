/**
 * The content script's line to the background survives the background restarting: the reader's
 * "try again" and "check every copy" go to whichever port is current, through the same object,
 * and one pressed while the line is down is sent as soon as it is up again.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

interface FakePort {
  posted: unknown[];
  disconnect(): void;
  /** A message from the background, as the port delivers it. */
  deliver(message: unknown): void;
}
const ports: FakePort[] = vi.hoisted(() => []);

vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: {
      sendMessage: async () => ({ ok: true }),
      connect: () => {
        const onDisconnect: (() => void)[] = [];
        const onMessage: ((message: unknown) => void)[] = [];
        const port = {
          posted: [] as unknown[],
          postMessage: (message: unknown) => port.posted.push(message),
          onMessage: { addListener: (listener: (message: unknown) => void) => onMessage.push(listener) },
          deliver: (message: unknown) => onMessage.forEach((listener) => listener(structuredClone(message))),
          onDisconnect: { addListener: (listener: () => void) => onDisconnect.push(listener) },
          disconnect: () => onDisconnect.forEach((listener) => listener()),
        };
        ports.push(port);
        return port;
      },
    },
  },
}));
// The content script's modules reach the extension API as the browser's own global (src/extension-api.ts).
vi.stubGlobal('browser', (await import('webextension-polyfill')).default);

const { connectHistory } = await import('../../src/content/history-connection.ts');
const { postInParts } = await import('../../src/background/post-in-parts.ts');
const article = {
  url: 'https://www.nytimes.com/2016/09/20/nyregion/x.html', site: 'nytimes', reader: 'nytimes:2014', title: 'T', byline: null, publishedAt: null,
  modifiedAt: null, corrections: [], paragraphs: ['One.'], partial: false, liveBlog: false,
};

beforeEach(() => {
  ports.length = 0;
  vi.useFakeTimers();
});
afterEach(() => vi.useRealTimers());

describe('the history connection', () => {
  it('watches the article, and after the background restarts watches it again on a new port', async () => {
    const connection = connectHistory(article, () => {});
    await vi.waitFor(() => expect(ports).toHaveLength(1));
    expect(ports[0]!.posted).toEqual([{ type: 'history:watch', url: article.url }]);

    ports[0]!.disconnect();
    await vi.advanceTimersByTimeAsync(1000);
    await vi.waitFor(() => expect(ports).toHaveLength(2));
    connection.retry();
    connection.checkEveryCapture();
    expect(ports[1]!.posted).toEqual([
      { type: 'history:watch', url: article.url },
      { type: 'history:retry', url: article.url },
      { type: 'history:thorough', url: article.url },
    ]);
    expect(ports[0]!.posted).toHaveLength(1);
  });

  it('a retry asked for while the background restarts is sent on the new port, once', async () => {
    const connection = connectHistory(article, () => {});
    await vi.waitFor(() => expect(ports).toHaveLength(1));

    ports[0]!.disconnect();
    connection.retry();
    connection.retry();
    await vi.advanceTimersByTimeAsync(1000);
    await vi.waitFor(() => expect(ports).toHaveLength(2));
    expect(ports[1]!.posted).toEqual([
      { type: 'history:watch', url: article.url },
      { type: 'history:retry', url: article.url },
    ]);
    expect(ports[0]!.posted).toEqual([{ type: 'history:watch', url: article.url }]);
  });

  it('a retry asked for before the first port is up is sent on it', async () => {
    const connection = connectHistory(article, () => {});
    connection.checkEveryCapture();
    await vi.waitFor(() => expect(ports).toHaveLength(1));
    expect(ports[0]!.posted).toEqual([
      { type: 'history:watch', url: article.url },
      { type: 'history:thorough', url: article.url },
    ]);
  });

  it('a state too large for one message arrives in parts and is shown whole, once', async () => {
    const states: unknown[] = [];
    connectHistory(article, (state) => states.push(state));
    await vi.waitFor(() => expect(ports).toHaveLength(1));
    const paragraphs = Array.from({ length: 300 }, (_, i) => `Paragraph ${i} of a long live blog, with enough words to weigh something.`);
    const version = { hash: 'h', article: { ...article, paragraphs }, sightings: [] };
    const state = { kind: 'done', versions: [version, { ...version, hash: 'h2' }], coverage: 'bisected' };
    const sent: unknown[] = [];
    postInParts({ postMessage: (message: unknown) => void sent.push(message) }, { type: 'history:state', url: article.url, state } as never, 5_000);
    expect(sent.length).toBeGreaterThan(5);
    expect(sent.every((message) => (message as { type: string }).type === 'history:state-part')).toBe(true);
    for (const message of sent.slice(0, -1)) ports[0]!.deliver(message);
    expect(states).toEqual([]);
    ports[0]!.deliver(sent.at(-1));
    expect(states).toEqual([state]);
  });

  it('a state that fits one message is sent whole', () => {
    const sent: unknown[] = [];
    const event = { type: 'history:state', url: article.url, state: { kind: 'loading', versions: [] } } as never;
    postInParts({ postMessage: (message: unknown) => void sent.push(message) }, event);
    expect(sent).toEqual([event]);
  });
});
