/**
 * Chrome: the service worker has no DOMParser, so archived HTML is parsed in an offscreen
 * document (reason DOM_PARSER), which answers with the extracted article.
 */
import browser from 'webextension-polyfill';
import { send } from '../../messages.ts';
import type { HtmlExtractor } from './types.ts';

const OFFSCREEN_PATH = 'src/offscreen/offscreen.html';
let creating: Promise<void> | undefined;

async function ensureOffscreenDocument(): Promise<void> {
  const documentUrl = chrome.runtime.getURL(OFFSCREEN_PATH);
  const existing = await chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT' as chrome.runtime.ContextType], documentUrls: [documentUrl] });
  if (existing.length > 0) return;
  await chrome.offscreen.createDocument({
    url: OFFSCREEN_PATH,
    reasons: ['DOM_PARSER' as chrome.offscreen.Reason],
    justification: 'Parse archived versions of the article to extract their text.',
  });
}

async function extractOnce(html: string, url: string) {
  // Concurrent first calls share one creation: a second createDocument would throw.
  creating ??= ensureOffscreenDocument().finally(() => (creating = undefined));
  await creating;
  return send((message) => browser.runtime.sendMessage(message), 'offscreen:extract', { html, url });
}

/**
 * Chrome may close the offscreen document (or another part of the extension may) while a
 * request is on its way: the message then finds no receiver or loses its port. That says
 * nothing about the capture, so the document is made again and asked once more.
 */
export const extractHtml: HtmlExtractor = async (html, url) => {
  const response = await extractOnce(html, url).catch(() => extractOnce(html, url));
  if (!response.ok) throw new Error(`offscreen extraction failed: ${response.error}`);
  return response.reading;
};
