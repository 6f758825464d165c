import { useState } from 'preact/hooks';
import { retryCanHelp, type FailureReason, type HistoryState } from '../core/history.ts';
import { MAX_THOROUGH_CAPTURES, thoroughCost } from '../core/thorough-cost.ts';
import type { MessageKey } from '../i18n.ts';
import { formatTime, plural, t } from './i18n.ts';

const FAILURE_KEYS: Record<FailureReason, MessageKey> = {
  'archive-unavailable': 'failedUnavailable',
  'archive-blocked': 'failedBlocked',
  'archive-garbled': 'failedGarbled',
  'archive-redirect-loop': 'failedRedirectLoop',
  offline: 'failedOffline',
  internal: 'failedInternal',
};

const minutesUntil = (at: number) => Math.max(1, Math.ceil((at - Date.now()) / 60_000));

function statusText(history: HistoryState | null): string {
  if (!history) return t('statusStarting');
  const versions = history.versions.length;
  switch (history.kind) {
    case 'queued':
      return t('statusQueued', history.ahead, minutesUntil(history.startsAt));
    case 'loading':
      return history.estimated > 0 ? plural('statusChecking', history.estimated, history.checked) : t('statusListing');
    case 'rate-limited':
      return `${t('statusRateLimited', minutesUntil(history.retryAt))} ${plural('knownSoFar', versions)}`;
    case 'failed': {
      const why = `${t(FAILURE_KEYS[history.reason])} ${plural('knownSoFar', versions)}`;
      return history.retryAt === undefined ? why : `${why} ${t('statusRetrying', minutesUntil(history.retryAt))}`;
    }
    case 'done': {
      const cutShort = (history.coverage === 'cut-short' ? ` ${t('statusCutShort')}` : '') + (history.tooLarge ? ` ${plural('statusTooLarge', history.tooLarge)}` : '');
      if (versions < 2) {
        if (history.archivedCaptures === 0) return t('statusNotArchived');
        return (history.coverage === 'every-capture' ? t('statusUnchanged') : t('statusUnchangedEnds')) + cutShort;
      }
      const since = formatTime(history.versions[0]!.capturedAt);
      return plural('statusChanged', versions - 1, since) + cutShort;
    }
  }
}

/**
 * Captures not all read: bisection can miss a change made and undone between two captures
 * with the same text, and a search cut short can miss more. The reader may ask for every one.
 */
function canCheckEveryCapture(history: HistoryState | null): history is Extract<HistoryState, { kind: 'done' }> {
  return history?.kind === 'done' && history.coverage !== 'every-capture';
}

interface Props {
  history: HistoryState | null;
  onRetry(): void;
  onCheckEveryCapture(): void;
}

/** What checking every copy will cost the archive, and the reader's yes or no. */
function CheckEveryCaptureCost({ archivedCaptures, onConfirm, onCancel }: { archivedCaptures: number; onConfirm(): void; onCancel(): void }) {
  const cost = thoroughCost(archivedCaptures);
  return (
    <span class="confirm" data-testid="check-every-capture-cost">
      {' '}
      {plural('checkEveryCaptureCost', cost.requests, cost.minutes)}
      {cost.capped && ` ${t('checkEveryCaptureCapped', archivedCaptures, MAX_THOROUGH_CAPTURES)}`}{' '}
      <button type="button" class="retry" data-testid="confirm-check-every-capture" onClick={onConfirm}>
        {t('checkEveryCaptureConfirm')}
      </button>
      <button type="button" class="retry" onClick={onCancel}>
        {t('cancel')}
      </button>
    </span>
  );
}

export function StatusLine({ history, onRetry, onCheckEveryCapture }: Props) {
  // Reading every copy can mean thousands of requests: the reader sees the cost and says yes first.
  const [confirming, setConfirming] = useState(false);
  const canRetry = history?.kind === 'rate-limited' || (history?.kind === 'failed' && retryCanHelp(history.reason));
  return (
    <p class="status" data-testid="status" data-state={history?.kind ?? 'starting'} role="status">
      {statusText(history)}
      {canRetry && (
        <button type="button" class="retry" onClick={onRetry}>
          {t('retry')}
        </button>
      )}
      {canCheckEveryCapture(history) && !confirming && (
        <button
          type="button"
          class="retry"
          data-testid="check-every-capture"
          title={plural('checkEveryCaptureHint', history.archivedCaptures)}
          onClick={() => setConfirming(true)}
        >
          {t('checkEveryCapture')}
        </button>
      )}
      {canCheckEveryCapture(history) && confirming && (
        <CheckEveryCaptureCost
          archivedCaptures={history.archivedCaptures}
          onConfirm={() => {
            setConfirming(false);
            onCheckEveryCapture();
          }}
          onCancel={() => setConfirming(false)}
        />
      )}
    </p>
  );
}
