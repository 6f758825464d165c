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
}

export function Header({ title, history, onClose, onRetry, onCheckEveryCapture }: Props) {
  return (
    <header class="header">
      <div class="header-row">
        <h2 class="headline" id="article-history-title" tabIndex={-1}>
          {title}
        </h2>
        <button type="button" class="close" onClick={onClose} aria-label={t('close')} title={t('close')}>
          ×
        </button>
      </div>
      <StatusLine history={history} onRetry={onRetry} onCheckEveryCapture={onCheckEveryCapture} />
      <ul class="legend" aria-label={t('legendLabel')}>
        {Object.entries(SOURCE_KEYS).map(([source, key]) => (
          <li key={source}>
            <span class={`dot dot-${source}`} aria-hidden="true" /> {t(key)}
          </li>
        ))}
      </ul>
    </header>
  );
}
