/** Chrome only: the service worker's DOMParser. Answers extraction requests and nothing else. */
import browser, { type Runtime } from 'webextension-polyfill';
import { readArchivedHtml } from '../background/extract-in-document.ts';
import { handle, type OffscreenResponse } from '../messages.ts';

browser.runtime.onMessage.addListener(
  handle<Runtime.MessageSender>({
    'offscreen:extract': ({ html, url }, sender) => {
      // Only the background may ask: a content script's message carries a tab.
      if (sender.id !== browser.runtime.id || sender.tab) return undefined;
      return readArchivedHtml(html, url).then(
        (reading): OffscreenResponse => ({ ok: true, reading }),
        (error: unknown): OffscreenResponse => ({ ok: false, error: String(error) }),
      );
    },
  }),
);
