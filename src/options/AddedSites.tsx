/** The sites the reader added from the toolbar button, each with a button that removes it (its script and its permission). */
import { useState } from 'preact/hooks';
import type { AddedSite } from '../core/added-sites.ts';
import { t } from '../i18n.ts';

interface Props {
  sites: readonly AddedSite[];
  remove(origin: string): Promise<void>;
}

export function AddedSites({ sites, remove }: Props) {
  const [status, setStatus] = useState('');
  const removeOne = (origin: string) =>
    remove(origin).then(
      () => setStatus(t('optionsSiteRemoved', new URL(origin).hostname)),
      (error: unknown) => setStatus(t('optionsRemoveFailed', error instanceof Error ? error.message : String(error))),
    );
  return (
    <section aria-labelledby="added-heading">
      <h2 id="added-heading">{t('optionsAddedHeading')}</h2>
      <p>{t('optionsAddedHelp')}</p>
      {sites.length === 0 ? (
        <p data-testid="added-sites-none">{t('optionsAddedNone')}</p>
      ) : (
        <ul data-testid="added-sites">
          {sites.map((site) => (
            <li key={site.origin} data-origin={site.origin}>
              <span>{site.origin}</span>{' '}
              <button type="button" data-testid="remove-site" aria-label={t('optionsRemoveSiteLabel', new URL(site.origin).hostname)} onClick={() => void removeOne(site.origin)}>
                {t('optionsRemoveSite')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <p role="status" data-testid="added-sites-status">
        {status}
      </p>
    </section>
  );
}
