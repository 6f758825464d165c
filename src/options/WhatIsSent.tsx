/** What leaves the browser, to whom and when, in short; the README's "Privacy: what is sent" says it in full. */
import { t } from '../i18n.ts';

export function WhatIsSent() {
  return (
    <section aria-labelledby="sent-heading" data-testid="what-is-sent">
      <h2 id="sent-heading">{t('optionsSentHeading')}</h2>
      <p>{t('optionsSentWhat')}</p>
      <p>{t('optionsSentSave')}</p>
      <p>{t('optionsSentNothingElse')}</p>
    </section>
  );
}
