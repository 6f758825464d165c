import { t } from '../i18n.ts';

/** Downloads one Atom feed of the changes of every followed story. */
export function FeedExportButton({ onExport }: { onExport(): void }) {
  return (
    <p class="export">
      <button type="button" data-testid="export-followed-feed" title={t('followedExportFeedHint')} onClick={onExport}>
        {t('followedExportFeed')}
      </button>
    </p>
  );
}
