/** Chrome only: the service worker's DOMParser. Answers extraction requests and nothing else. */
import browser, { type Runtime } from 'webextension-polyfill';
import { extractInDocument } from '../background/extract-in-document.ts';
import { isOffscreenRequest, type OffscreenResponse } from '../messages.ts';

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  // Only the background may ask: a content script's message carries a tab.
  if (sender.id !== browser.runtime.id || sender.tab || !isOffscreenRequest(message)) return undefined;
  return extractInDocument(message.html, message.url).then(
    (article): OffscreenResponse => ({ ok: true, article }),
    (error: unknown): OffscreenResponse => ({ ok: false, error: String(error) }),
  );
});
