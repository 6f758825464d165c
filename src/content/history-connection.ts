/**
 * The content script's line to the background for one article: it reports the live article,
 * watches its history over the `history` port, and reconnects when the background restarts
 * (the MV3 worker is stopped at will). The reader's requests go through the same object
 * whichever port is current, so nothing that holds it has to be told of a reconnect; one asked
 * for while no port is up waits for the next one rather than being lost.
 */
import type { Runtime } from 'webextension-polyfill';
import { extensionApi } from '../extension-api.ts';
import type { Article } from '../core/article.ts';
import type { HistoryState } from '../core/history.ts';
import { partsAssembler } from '../core/message-parts.ts';
import { HISTORY_PORT, isHistoryEvent, isHistoryEventPart, send, type HistoryRequest } from '../messages.ts';

export interface HistoryConnection {
  /** Ask again now, past any wait for an earlier failure. */
  retry(): void;
  /** Read every archived capture rather than bisecting (the history engine's thorough mode). */
  checkEveryCapture(): void;
}

type ReaderRequest = Exclude<HistoryRequest['type'], 'history:watch'>;

const RECONNECT_MS = 1000;

export function connectHistory(article: Article, onState: (state: HistoryState) => void): HistoryConnection {
  let port: Runtime.Port | null = null;
  // Asking twice for the same thing before it is sent is asking once.
  const pending = new Set<ReaderRequest>();
  const post = (current: Runtime.Port, type: HistoryRequest['type']) => current.postMessage({ type, url: article.url } satisfies HistoryRequest);
  const flush = () => {
    if (!port) return;
    for (const type of pending) {
      try {
        post(port, type);
      } catch {
        // The port went down before its disconnect event: the request waits for the next one.
        return;
      }
      pending.delete(type);
    }
  };
  const ask = (type: ReaderRequest) => {
    pending.add(type);
    flush();
  };

  const connect = async () => {
    await send((message) => extensionApi().runtime.sendMessage(message), 'page:article', { article });
    const current = extensionApi().runtime.connect({ name: HISTORY_PORT });
    // A state too large for one message comes in parts (src/background/post-in-parts.ts).
    const assemble = partsAssembler();
    current.onMessage.addListener((message: unknown) => {
      const event = isHistoryEventPart(message) ? assemble(message) : message;
      if (isHistoryEvent(event) && event.url === article.url) onState(event.state);
    });
    current.onDisconnect.addListener(() => {
      port = null;
      setTimeout(start, RECONNECT_MS);
    });
    post(current, 'history:watch');
    port = current;
    flush();
  };
  const start = () => void connect().catch((error: unknown) => console.warn('article-history: cannot reach the background', error));
  start();

  return {
    retry: () => ask('history:retry'),
    checkEveryCapture: () => ask('history:thorough'),
  };
}
