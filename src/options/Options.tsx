/** The options page: what is sent and when, which archive earlier versions come from, the sites the reader added, and forgetting what is stored. */
import { useState } from 'preact/hooks';
import type { AddedSite } from '../core/added-sites.ts';
import { t } from '../i18n.ts';
import { DEFAULT_WAYBACK_BASE, type LookupTiming } from '../settings.ts';
import type { SaveOutcome } from './archive-setting.ts';
import { AddedSites } from './AddedSites.tsx';
import { LookupSetting } from './LookupSetting.tsx';
import { WhatIsSent } from './WhatIsSent.tsx';

interface Props {
  initialBase: string;
  initialLookup: LookupTiming;
  saveArchive(input: string): Promise<SaveOutcome>;
  saveLookup(lookup: LookupTiming): Promise<void>;
  forgetAll(): Promise<void>;
  addedSites: readonly AddedSite[];
  removeSite(origin: string): Promise<void>;
}

export function Options({ initialBase, initialLookup, saveArchive, saveLookup, forgetAll, addedSites, removeSite }: Props) {
  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      <WhatIsSent />
      <LookupSetting initial={initialLookup} save={saveLookup} />
      <ArchiveSetting initialBase={initialBase} saveArchive={saveArchive} />
      <AddedSites sites={addedSites} remove={removeSite} />
      <StoredHistory forgetAll={forgetAll} />
    </main>
  );
}

function outcomeText(outcome: SaveOutcome): string {
  switch (outcome.kind) {
    case 'saved':
      return t('optionsArchiveSaved', outcome.base);
    case 'invalid':
      return t('optionsArchiveInvalid');
    case 'denied':
      return t('optionsArchiveDenied', outcome.origin);
  }
}

function ArchiveSetting({ initialBase, saveArchive }: Pick<Props, 'initialBase' | 'saveArchive'>) {
  const [value, setValue] = useState(initialBase);
  const [status, setStatus] = useState('');
  const save = (input: string) => {
    void saveArchive(input).then((outcome) => {
      if (outcome.kind === 'saved') setValue(outcome.base);
      setStatus(outcomeText(outcome));
    });
  };
  return (
    <section aria-labelledby="archive-heading">
      <h2 id="archive-heading">{t('optionsArchiveHeading')}</h2>
      <p>{t('optionsArchiveHelp')}</p>
      <form
        // Our own message says what an archive address looks like; the browser's would only say "invalid URL".
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          save(value);
        }}
      >
        <label for="archive-base">{t('optionsArchiveLabel')}</label>
        <input id="archive-base" data-testid="archive-base" type="url" value={value} onInput={(event) => setValue(event.currentTarget.value)} />
        <button type="submit" data-testid="save-archive">
          {t('optionsSave')}
        </button>
        <button type="button" data-testid="use-wayback" onClick={() => save(DEFAULT_WAYBACK_BASE)}>
          {t('optionsUseWayback')}
        </button>
      </form>
      <p role="status" data-testid="archive-status">
        {status}
      </p>
    </section>
  );
}

function StoredHistory({ forgetAll }: Pick<Props, 'forgetAll'>) {
  const [status, setStatus] = useState('');
  const forget = () =>
    forgetAll().then(
      () => setStatus(t('optionsForgotten')),
      (error: unknown) => setStatus(t('optionsForgetFailed', error instanceof Error ? error.message : String(error))),
    );
  return (
    <section aria-labelledby="stored-heading">
      <h2 id="stored-heading">{t('optionsStoredHeading')}</h2>
      <p>{t('optionsStoredHelp')}</p>
      <button type="button" data-testid="forget-all" onClick={() => void forget()}>
        {t('optionsForgetAll')}
      </button>
      <p role="status" data-testid="forget-status">
        {status}
      </p>
    </section>
  );
}
