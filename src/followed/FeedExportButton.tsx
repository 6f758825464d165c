import { t } from '../i18n.ts';
import { ExportFailed, useExportAttempt } from '../sidebar/export-attempt.tsx';

/** Downloads one Atom feed of the changes of every followed story. */
export function FeedExportButton({ onExport }: { onExport(): Promise<void> }) {
  const { failed, attempt } = useExportAttempt();
  return (
    <p class="export">
      <button type="button" data-testid="export-followed-feed" title={t('followedExportFeedHint')} onClick={() => attempt(onExport)}>
        {t('followedExportFeed')}
      </button>
      {failed && <ExportFailed />}
    </p>
  );
}
