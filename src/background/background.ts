/**
 * Background wiring: messages in, history jobs, states out. Every incoming message passes
 * its guard from src/messages.ts before anything acts on it.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { HISTORY_PORT, isHistoryRequest, isPageMessage, type HistoryEvent, type TabMessage } from '../messages.ts';
import { createPoliteFetch } from '../sources/polite-fetch.ts';
import { createWaybackSource } from '../sources/wayback.ts';
import { extractArchived } from './extract-archived.ts';
import { HistoryService } from './history-service.ts';
import { HistoryStore } from './store.ts';
import { showVersionCount } from './badge.ts';

const service = HistoryStore.open().then(
  (store) => new HistoryService({ store, source: createWaybackSource(createPoliteFetch()), extract: extractArchived }),
);

function fromOwnContentScript(sender: Runtime.MessageSender): sender is Runtime.MessageSender & { tab: { id: number } } {
  return sender.id === browser.runtime.id && typeof sender.tab?.id === 'number';
}

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  if (!fromOwnContentScript(sender) || !isPageMessage(message)) return undefined;
  return service.then((s) => s.reportLive(message.article)).then(() => ({ ok: true }));
});

browser.runtime.onConnect.addListener((port) => {
  if (port.name !== HISTORY_PORT || !port.sender || !fromOwnContentScript(port.sender)) return;
  const tabId = port.sender.tab.id;
  const unwatch: (() => void)[] = [];
  port.onMessage.addListener(async (message: unknown) => {
    if (!isHistoryRequest(message)) return;
    const s = await service;
    if (message.type === 'history:retry') return s.retry(message.url);
    unwatch.push(
      s.watch(message.url, (state) => {
        const event: HistoryEvent = { type: 'history:state', url: message.url, state };
        port.postMessage(event);
        showVersionCount(tabId, state);
      }),
    );
  });
  port.onDisconnect.addListener(() => unwatch.forEach((stop) => stop()));
});

browser.action.onClicked.addListener((tab) => {
  if (tab.id === undefined) return;
  const toggle: TabMessage = { type: 'sidebar:toggle' };
  // Pages without our content script (not a supported article) have no listener: nothing to toggle.
  browser.tabs.sendMessage(tab.id, toggle).catch(() => undefined);
});
