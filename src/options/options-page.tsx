/** The options page's wiring: settings from storage, permissions and the background's cache. */
import { h, render } from 'preact';
import browser from 'webextension-polyfill';
import { t } from '../i18n.ts';
import { ProtocolError, send } from '../messages.ts';
import { loadSettings, SETTINGS_KEY } from '../settings.ts';
import { saveArchiveBase } from './archive-setting.ts';
import { Options } from './Options.tsx';

async function start(): Promise<void> {
  document.title = t('optionsTitle');
  let current = (await loadSettings(browser.storage.local)).archiveBase;
  const saveArchive = async (input: string) => {
    const outcome = await saveArchiveBase(input, current, {
      request: (origins) => browser.permissions.request({ origins }),
      release: (origins) => browser.permissions.remove({ origins }),
      store: (settings) => browser.storage.local.set({ [SETTINGS_KEY]: settings }),
    });
    if (outcome.kind === 'saved') current = outcome.base;
    return outcome;
  };
  const forgetAll = async () => {
    try {
      await send((message) => browser.runtime.sendMessage(message), 'cache:clear-all', {});
    } catch (error) {
      throw error instanceof ProtocolError ? new Error(t('optionsNoAnswer')) : error;
    }
  };
  render(h(Options, { initialBase: current, saveArchive, forgetAll }), document.getElementById('options')!);
}

void start();
