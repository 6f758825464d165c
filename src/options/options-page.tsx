/** The options page's wiring: settings from storage, permissions and the background's cache. */
import { h, render } from 'preact';
import browser from 'webextension-polyfill';
import { t } from '../i18n.ts';
import { ProtocolError, send } from '../messages.ts';
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
  render(
    h(Options, { initialBase: settings.archiveBase, initialLookup: settings.lookup, saveArchive, saveLookup: (lookup) => store({ lookup }), forgetAll }),
    document.getElementById('options')!,
  );
}

void start();
