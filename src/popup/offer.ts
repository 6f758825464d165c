/**
 * The toolbar button's popup on a page of a site no site file reads: "Show history for articles
 * on example.com". Its click asks for that origin's host permission (the browser grants optional
 * permissions only inside a user's click) and tells the background, which registers the site's
 * content script once the permission is there. It reads its tab's page itself, so a popup left
 * on a tab that has moved on to a supported article hands the click to that article instead.
 */
import browser from 'webextension-polyfill';
import { originPattern } from '../core/added-sites.ts';
import { t } from '../i18n.ts';
import { send, sendToTab } from '../messages.ts';
import '../site-messages.ts';
import { offerFor } from '../site-offer.ts';

const button = document.getElementById('add-site') as HTMLButtonElement;
const explain = document.getElementById('explain')!;
const status = document.querySelector<HTMLElement>('[role=status]')!;

async function start(): Promise<void> {
  document.title = t('extName');
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  const tabId = tab.id;
  const offer = await offerFor(tab.url);
  if (offer.kind !== 'offer') {
    // Back to the plain button for this tab, whose click toggles an article's sidebar.
    await browser.action.setPopup({ tabId, popup: '' });
    if (offer.kind === 'never') {
      explain.textContent = t('offerNotHere');
      return;
    }
    await sendToTab((message) => browser.tabs.sendMessage(tabId, message), 'sidebar:toggle', {}).catch(() => undefined);
    window.close();
    return;
  }
  const { origin, host } = offer;
  button.textContent = t('offerAddSite', host);
  explain.textContent = t('offerExplain', host);
  button.hidden = false;
  // The offer in the popup's title too, where the browser's tools (and the e2e tests) can read it.
  document.title = button.textContent;
  button.addEventListener('click', () => {
    // The request first, in the click itself: anything awaited before it would take it out of the click.
    const granted = browser.permissions.request({ origins: [originPattern(origin)] });
    // Sent at once: in Firefox this popup closes when the browser's prompt opens, and the background finishes alone.
    const added = send((message) => browser.runtime.sendMessage(message), 'sites:accept', { origin });
    button.disabled = true;
    void granted
      .then(async (yes) => {
        if (!yes) throw new Error(t('offerDenied', host));
        if (!(await added).added) throw new Error(t('offerDenied', host));
        status.textContent = t('offerAdded');
        await browser.action.setPopup({ tabId, popup: '' });
        // The page was loaded before its site had a content script: loaded again, it shows its history.
        await browser.tabs.reload(tabId);
        window.close();
      })
      .catch((error: unknown) => {
        button.disabled = false;
        status.textContent = error instanceof Error ? error.message : String(error);
      });
  });
}

void start();
