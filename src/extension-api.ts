/**
 * The extension API where the content script (and the sidebar it loads) runs, without
 * webextension-polyfill: Firefox's `browser`, or Chrome's `chrome`, whose MV3 methods return
 * promises too. The content script runs on every article, and the polyfill would add 3 KB gzip
 * to each, and as much again to the sidebar; they use only calls that both browsers answer alike
 * (sendMessage, connect, onMessage without a reply, storage.local, i18n). The
 * background, the offscreen document and the extension's pages keep the polyfill, which also
 * lets an onMessage listener answer with a promise in Chrome.
 */
import type Browser from 'webextension-polyfill';

type ExtensionApi = typeof Browser;

export function extensionApi(): ExtensionApi {
  const scope = globalThis as unknown as { browser?: ExtensionApi; chrome?: ExtensionApi };
  return (scope.browser ?? scope.chrome)!;
}
