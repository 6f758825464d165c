/** The choice of when an article's history is looked up: as it loads, or when the reader opens the sidebar. */
import { useState } from 'preact/hooks';
import { t } from '../i18n.ts';
import type { LookupTiming } from '../settings.ts';

interface Props {
  initial: LookupTiming;
  save(lookup: LookupTiming): Promise<void>;
}

export function LookupSetting({ initial, save }: Props) {
  const [lookup, setLookup] = useState(initial);
  const [status, setStatus] = useState('');
  const choose = (next: LookupTiming) => {
    setLookup(next);
    save(next).then(
      () => setStatus(t(next === 'sidebar-open' ? 'optionsLookupSavedOnOpen' : 'optionsLookupSavedOnLoad')),
      (error: unknown) => setStatus(t('optionsLookupFailed', error instanceof Error ? error.message : String(error))),
    );
  };
  return (
    <section aria-labelledby="lookup-heading">
      <h2 id="lookup-heading">{t('optionsLookupHeading')}</h2>
      <label class="choice">
        <input
          type="checkbox"
          data-testid="lookup-on-open"
          checked={lookup === 'sidebar-open'}
          onChange={(event) => choose(event.currentTarget.checked ? 'sidebar-open' : 'page-load')}
        />
        {t('optionsLookupOnOpen')}
      </label>
      <p>{t('optionsLookupHelp')}</p>
      <p role="status" data-testid="lookup-status">
        {status}
      </p>
    </section>
  );
}
