/** The options page's wiring: settings from storage, permissions, the added sites and the background's cache. */
import { h, render } from 'preact';
import browser from 'webextension-polyfill';
import { t } from '../i18n.ts';
import { ProtocolError, send } from '../messages.ts';
import '../site-messages.ts';
import { ADDED_SITES_KEY, readAddedSites } from '../core/added-sites.ts';
import { loadAddedSites } from '../site-offer.ts';
import { loadSettings, SETTINGS_KEY, type Settings } from '../settings.ts';
import { saveArchiveBase } from './archive-setting.ts';
import { Options } from './Options.tsx';

async function start(): Promise<void> {
  document.title = t('optionsTitle');
  let settings = await loadSettings(browser.storage.local);
  const store = async (change: Partial<Settings>) => {
    settings = { ...settings, ...change };
    await browser.storage.local.set({ [SETTINGS_KEY]: settings });
  };
  const saveArchive = (input: string) =>
    saveArchiveBase(input, settings.archiveBase, {
      request: (origins) => browser.permissions.request({ origins }),
      release: (origins) => browser.permissions.remove({ origins }),
      store,
    });
  const forgetAll = async () => {
    try {
      await send((message) => browser.runtime.sendMessage(message), 'cache:clear-all', {});
    } catch (error) {
      throw error instanceof ProtocolError ? new Error(t('optionsNoAnswer')) : error;
    }
  };
  const removeSite = async (origin: string) => {
    try {
      await send((message) => browser.runtime.sendMessage(message), 'sites:remove', { origin });
    } catch (error) {
      throw error instanceof ProtocolError ? new Error(t('optionsNoAnswer')) : error;
    }
  };
  const show = (addedSites: ReturnType<typeof readAddedSites>) =>
    render(
      h(Options, { initialBase: settings.archiveBase, initialLookup: settings.lookup, saveArchive, saveLookup: (lookup) => store({ lookup }), forgetAll, addedSites, removeSite }),
      document.getElementById('options')!,
    );
  // The list changes from the toolbar (a site added in another tab) as well as here.
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && ADDED_SITES_KEY in changes) show(readAddedSites(changes[ADDED_SITES_KEY]!.newValue));
  });
  show(await loadAddedSites());
}

void start();
