import type { ExportFormat } from '../core/export/file-name.ts';
import { t } from './i18n.ts';
import { ExportFailed, useExportAttempt } from './export-attempt.tsx';

/** Format names are the same in every language. */
const FORMATS: [ExportFormat, string][] = [
  ['atom', 'Atom'],
  ['markdown', 'Markdown'],
  ['json', 'JSON'],
];

/** Downloads this story's history as a file: a feed of its changes, a redline, or the data. */
export function ExportButtons({ onExport }: { onExport(format: ExportFormat): Promise<void> }) {
  const { failed, attempt } = useExportAttempt();
  return (
    <p class="export" role="group" aria-label={t('exportLabel')}>
      <span aria-hidden="true">{t('exportLabel')}</span>
      {FORMATS.map(([format, name]) => (
        <button key={format} type="button" class="link" data-testid={`export-${format}`} title={t('exportTitle', name)} onClick={() => attempt(() => onExport(format))}>
          {name}
        </button>
      ))}
      {failed && <ExportFailed />}
    </p>
  );
}
