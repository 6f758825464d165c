/** Chrome only: the service worker's DOMParser. Answers extraction requests and nothing else. */
import browser, { type Runtime } from 'webextension-polyfill';
import { extractInDocument } from '../background/extract-in-document.ts';
import { handle, type OffscreenResponse } from '../messages.ts';

browser.runtime.onMessage.addListener(
  handle<Runtime.MessageSender>({
    'offscreen:extract': ({ html, url }, sender) => {
      // Only the background may ask: a content script's message carries a tab.
      if (sender.id !== browser.runtime.id || sender.tab) return undefined;
      return extractInDocument(html, url).then(
        (article): OffscreenResponse => ({ ok: true, article }),
        (error: unknown): OffscreenResponse => ({ ok: false, error: String(error) }),
      );
    },
  }),
);
