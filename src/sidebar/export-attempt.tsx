import { useState } from 'preact/hooks';
import { t } from './i18n.ts';

/**
 * An export click whose file cannot be built (the background cannot read the stored versions, or
 * an update of the extension took away the code that builds it) says so beside its buttons:
 * otherwise the reader's click would download nothing, without a word.
 */
export function useExportAttempt(): { failed: boolean; attempt(run: () => Promise<void>): void } {
  const [failed, setFailed] = useState(false);
  return {
    failed,
    attempt(run) {
      setFailed(false);
      run().catch((error: unknown) => {
        console.error('article-history: the export failed', error);
        setFailed(true);
      });
    },
  };
}

export function ExportFailed() {
  return (
    <span class="export-failed" role="alert" data-testid="export-failed">
      {t('exportFailed')}
    </span>
  );
}
