import { useLayoutEffect, useRef } from 'preact/hooks';
import type { AlignedOp } from '../core/diff/types.ts';
import { ParagraphChange } from './ParagraphChange.tsx';
import { formatTime, t } from './i18n.ts';
import { placePopover, popoverWidth, type Area } from './popover-place.ts';

/** The tallest the popover grows before its text scrolls. */
const MAX_HEIGHT = 240;

interface Props {
  op: AlignedOp;
  anchor: DOMRect;
  /** The part of the window the page shows, left of the sidebar. */
  area: Area;
  /** The version the page is compared with: its number on the timeline and when it was seen. */
  from: { number: number; capturedAt: string };
  onClose(): void;
}

function heading(op: AlignedOp, from: Props['from']): string {
  const when = formatTime(from.capturedAt);
  if (op.kind === 'added') return t('popoverAdded', from.number, when);
  if (op.kind === 'removed') return t('popoverRemoved', from.number, when);
  return t('popoverBefore', from.number, when);
}

/** The earlier text of a marked paragraph, shown next to it on the page, and which version it comes from. */
export function Popover({ op, anchor, area, from, onClose }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  // Placed once its height at this width is known, before it is painted.
  useLayoutEffect(() => {
    const box = ref.current;
    if (!box) return;
    const width = popoverWidth(anchor, area);
    box.style.width = `${width}px`;
    const height = Math.min(MAX_HEIGHT, box.scrollHeight + box.offsetHeight - box.clientHeight);
    const place = placePopover(anchor, height, width, area);
    box.style.top = `${place.top}px`;
    box.style.left = `${place.left}px`;
    box.style.maxHeight = `${Math.min(MAX_HEIGHT, place.maxHeight)}px`;
  });
  return (
    <div ref={ref} class="popover" role="dialog" aria-label={t('popoverLabel')} data-testid="popover">
      <div class="popover-head">
        <strong data-testid="popover-heading">{heading(op, from)}</strong>
        <button type="button" class="close" onClick={onClose} aria-label={t('closePopover')}>
          ×
        </button>
      </div>
      <ParagraphChange op={op} view="inline" />
    </div>
  );
}
