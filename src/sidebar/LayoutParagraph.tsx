import { useState } from 'preact/hooks';
import type { LayoutOp } from '../core/diff/types.ts';
import { t } from './i18n.ts';

/**
 * A paragraph on one side only that may be page furniture of the other copy's layout: a
 * collapsed "layout?" row, opened on request, never counted and never marked on the page.
 */
export function LayoutParagraph({ op }: { op: LayoutOp }) {
  const [open, setOpen] = useState(false);
  const hint = t(op.side === 'added' ? 'layoutOnlyNew' : 'layoutOnlyOld');
  return (
    <li class="layout" data-testid="layout-paragraph" data-side={op.side} data-open={open ? 'true' : 'false'}>
      <button type="button" class="link" aria-expanded={open} title={hint} onClick={() => setOpen(!open)}>
        {t('layoutParagraph')}
      </button>
      {open && (
        <>
          <span class="layout-hint">{hint}</span>
          <p class="unchanged" dir="auto">
            {op.side === 'added' ? op.text : op.oldText}
          </p>
        </>
      )}
    </li>
  );
}
