import type { ComponentChildren } from 'preact';
import type { Version } from '../core/history.ts';
import { formatTime, t } from './i18n.ts';

interface Props {
  versions: Version[];
  pair: [Version, Version];
  children: ComponentChildren;
}

/**
 * Which two versions the list below compares, with the view controls: it stays at the top of
 * the sidebar while the changes scroll, so a reader deep in the list still knows the pair.
 */
export function PairBar({ versions, pair: [from, to], children }: Props) {
  return (
    <div class="pair-bar" data-testid="pair-bar">
      <p class="pair-summary" data-testid="pair-summary">
        {t('pairSummary', versions.indexOf(from) + 1, formatTime(from.capturedAt), versions.indexOf(to) + 1, formatTime(to.capturedAt))}
      </p>
      {children}
    </div>
  );
}
