import type { FailureReason, HistoryState } from '../core/history.ts';
import { formatTime, t } from './i18n.ts';

const FAILURE_KEYS: Record<FailureReason, string> = {
  'archive-unavailable': 'failedUnavailable',
  'archive-blocked': 'failedBlocked',
  'archive-garbled': 'failedGarbled',
  offline: 'failedOffline',
  internal: 'failedInternal',
};

const minutesUntil = (at: number) => Math.max(1, Math.ceil((at - Date.now()) / 60_000));

function statusText(history: HistoryState | null): string {
  if (!history) return t('statusStarting');
  const versions = history.versions.length;
  switch (history.kind) {
    case 'loading':
      return history.estimated > 0 ? t('statusChecking', history.checked, history.estimated) : t('statusListing');
    case 'rate-limited':
      return t('statusRateLimited', versions, minutesUntil(history.retryAt));
    case 'failed': {
      const why = t(FAILURE_KEYS[history.reason], versions);
      return history.retryAt === undefined ? why : `${why} ${t('statusRetrying', minutesUntil(history.retryAt))}`;
    }
    case 'done': {
      if (versions < 2) return history.archivedCaptures === 0 ? t('statusNotArchived') : t('statusUnchanged');
      const since = formatTime(history.versions[0]!.capturedAt);
      return versions === 2 ? t('statusChangedOnce', since) : t('statusChanged', versions - 1, since);
    }
  }
}

export function StatusLine({ history, onRetry }: { history: HistoryState | null; onRetry: () => void }) {
  const canRetry = history?.kind === 'failed' || history?.kind === 'rate-limited';
  return (
    <p class="status" data-testid="status" data-state={history?.kind ?? 'starting'} role="status">
      {statusText(history)}
      {canRetry && (
        <button type="button" class="retry" onClick={onRetry}>
          {t('retry')}
        </button>
      )}
    </p>
  );
}
