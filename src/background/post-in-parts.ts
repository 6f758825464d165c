/** Posting a history event on its port: whole when it fits one message, in parts when it does not. */
import type { Runtime } from 'webextension-polyfill';
import { MAX_PORT_MESSAGE_CHARS } from '../core/limits.ts';
import { toParts } from '../core/message-parts.ts';
import type { HistoryEvent, HistoryEventPart } from '../messages.ts';

let seq = 0;

export function postInParts(port: Pick<Runtime.Port, 'postMessage'>, event: HistoryEvent, maxChars = MAX_PORT_MESSAGE_CHARS): void {
  const parts = toParts(event, seq++, maxChars);
  if (parts.length === 1) {
    port.postMessage(event);
    return;
  }
  for (const part of parts) port.postMessage({ type: 'history:state-part', url: event.url, ...part } satisfies HistoryEventPart);
}
