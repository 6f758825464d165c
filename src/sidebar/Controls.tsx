import type { ChangeView } from './view-state.ts';
import { plural, t } from './i18n.ts';

interface Props {
  view: ChangeView;
  showFormatting: boolean;
  formattingCount: number;
  onView(view: ChangeView): void;
  onShowFormatting(show: boolean): void;
}

export function Controls({ view, showFormatting, formattingCount, onView, onShowFormatting }: Props) {
  return (
    <div class="controls">
      <div role="group" aria-label={t('viewLabel')} class="segmented">
        {(['inline', 'columns'] as const).map((v) => (
          <button key={v} type="button" aria-pressed={view === v} onClick={() => onView(v)}>
            {t(v === 'inline' ? 'viewInline' : 'viewColumns')}
          </button>
        ))}
      </div>
      {formattingCount > 0 && (
        <label class="toggle">
          <input type="checkbox" checked={showFormatting} onChange={(e) => onShowFormatting((e.target as HTMLInputElement).checked)} />
          {plural('showFormatting', formattingCount)}
        </label>
      )}
      <span class="keys" aria-hidden="true">{t('keysHint')}</span>
    </div>
  );
}
