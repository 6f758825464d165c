import { useState } from 'preact/hooks';
import type { MessageKey } from '../i18n.ts';
import type { SaveOutcome, SaveRefusal, SaveState } from '../sources/save-page-now.ts';
import { t } from './i18n.ts';

const REFUSAL_KEYS: Record<Exclude<SaveRefusal['kind'], 'rate-limited'>, MessageKey> = {
  'daily-limit': 'archiveNowDailyLimit',
  excluded: 'archiveNowExcluded',
  unavailable: 'archiveNowUnavailable',
  garbled: 'archiveNowGarbled',
};

let clock: Intl.DateTimeFormat | undefined;
const timeOfDay = (at: number) => (clock ??= new Intl.DateTimeFormat(undefined, { timeStyle: 'short' })).format(at);
const timestampMs = (ts: string) => Date.UTC(+ts.slice(0, 4), +ts.slice(4, 6) - 1, +ts.slice(6, 8), +ts.slice(8, 10), +ts.slice(10, 12), +ts.slice(12, 14));

/**
 * The reply's shape, checked here rather than in the message table, whose guards ride in the
 * content script on every article: a save without a capture time is an answer we cannot read,
 * a refusal of a kind this build does not know is one the archive did not explain.
 */
function checked(outcome: SaveOutcome): SaveState {
  if (outcome.kind === 'saved') return /^\d{14}$/.test(outcome.timestamp) ? outcome : { kind: 'refused', reason: { kind: 'garbled' } };
  const { reason } = outcome as { reason?: Partial<SaveRefusal> };
  if (reason?.kind === 'rate-limited') return Number.isFinite(reason.retryAt) ? outcome : { kind: 'refused', reason: { kind: 'unavailable' } };
  return reason?.kind && Object.hasOwn(REFUSAL_KEYS, reason.kind) ? outcome : { kind: 'refused', reason: { kind: 'unavailable' } };
}

function stateText(state: SaveState): string {
  switch (state.kind) {
    case 'saving':
      return t('archiveNowSaving');
    case 'saved':
      return t('archiveNowSaved', timeOfDay(timestampMs(state.timestamp)));
    case 'refused':
      return state.reason.kind === 'rate-limited' ? t('archiveNowRateLimited', timeOfDay(state.reason.retryAt)) : t(REFUSAL_KEYS[state.reason.kind]);
  }
}

export interface LineProps {
  /** The archive lacks the text the reader sees: a save is worth asking for. */
  wanted: boolean;
  /** Asks the archive to save the live page; resolves with what it answered. */
  onSave(): Promise<SaveOutcome>;
}

/** The button while a save is wanted, and what the archive answered, which stays after the new copy is listed. */
export function ArchiveNowLine({ wanted, onSave }: LineProps) {
  const [state, setState] = useState<SaveState | null>(null);
  const offered = wanted && state?.kind !== 'saving' && state?.kind !== 'saved';
  if (!offered && !state) return null;
  const save = () => {
    setState({ kind: 'saving' });
    onSave().then((outcome) => setState(checked(outcome)), () => setState({ kind: 'refused', reason: { kind: 'unavailable' } }));
  };
  return (
    <p class="status">
      {offered && (
        <button type="button" data-testid="archive-now" title={t('archiveNowHint')} onClick={save}>
          {t('archiveNow')}
        </button>
      )}{' '}
      {state && (
        <span data-testid="archive-now-status" data-state={state.kind} role="status">
          {stateText(state)}
        </span>
      )}
    </p>
  );
}
