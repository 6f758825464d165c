import type { HistoryState } from '../core/history.ts';
import { StatusLine } from './StatusLine.tsx';
import { SOURCE_KEYS } from './VersionList.tsx';
import { t } from './i18n.ts';

interface Props {
  title: string;
  history: HistoryState | null;
  onClose(): void;
  onRetry(): void;
  onCheckEveryCapture(): void;
  onOpenSettings(): void;
}

export function Header({ title, history, onClose, onRetry, onCheckEveryCapture, onOpenSettings }: Props) {
  // Only the sources some version on the timeline was seen in: a reader who never visited the
  // story before is not told about a "you read it" mark that appears nowhere.
  const used = new Set(history?.versions.flatMap((version) => version.sightings.map((s) => s.source)));
  return (
    <header class="header">
      <div class="header-row">
        <h2 class="headline" id="article-history-title" tabIndex={-1}>
          {title}
        </h2>
        <button type="button" class="settings" data-testid="open-options" onClick={onOpenSettings} aria-label={t('openSettings')} title={t('openSettings')}>
          <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true">
            <circle cx="12" cy="12" r="8" fill="none" stroke="currentColor" stroke-width="4" stroke-dasharray="3.14 3.14" />
            <circle cx="12" cy="12" r="5" fill="none" stroke="currentColor" stroke-width="3" />
          </svg>
        </button>
        <button type="button" class="close" onClick={onClose} aria-label={t('close')} title={t('close')}>
          ×
        </button>
      </div>
      <StatusLine history={history} onRetry={onRetry} onCheckEveryCapture={onCheckEveryCapture} />
      {used.size > 0 && (
        <ul class="legend" aria-label={t('legendLabel')}>
          {(Object.keys(SOURCE_KEYS) as (keyof typeof SOURCE_KEYS)[])
            .filter((source) => used.has(source))
            .map((source) => (
              <li key={source}>
                <span class={`dot dot-${source}`} aria-hidden="true" /> {t(SOURCE_KEYS[source])}
              </li>
            ))}
        </ul>
      )}
    </header>
  );
}
