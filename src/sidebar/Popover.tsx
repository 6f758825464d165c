import type { ParagraphOp } from '../core/diff/types.ts';
import { ParagraphChange } from './ParagraphChange.tsx';
import { t } from './i18n.ts';

interface Props {
  op: ParagraphOp;
  anchor: DOMRect;
  onClose(): void;
}

/** The earlier text of a marked paragraph, shown next to it on the page. */
export function Popover({ op, anchor, onClose }: Props) {
  const below = anchor.bottom + 8;
  const top = below + 220 > window.innerHeight ? Math.max(8, anchor.top - 228) : below;
  return (
    <div class="popover" role="dialog" aria-label={t('popoverLabel')} data-testid="popover" style={{ top: `${top}px`, left: `${Math.max(8, anchor.left)}px`, width: `${Math.min(560, Math.max(280, anchor.width))}px` }}>
      <div class="popover-head">
        <strong>{t(op.kind === 'added' ? 'popoverAdded' : op.kind === 'removed' ? 'popoverRemoved' : 'popoverBefore')}</strong>
        <button type="button" class="close" onClick={onClose} aria-label={t('closePopover')}>
          ×
        </button>
      </div>
      <ParagraphChange op={op} view="inline" />
    </div>
  );
}
