/** Where the popover with a paragraph's earlier text goes: beside its paragraph, never over it. */

export interface Rect {
  top: number;
  bottom: number;
  left: number;
  width: number;
}

export interface Placement {
  top: number;
  left: number;
  maxHeight: number;
}

/** The area of the window the page shows, left of the sidebar. */
export interface Area {
  width: number;
  height: number;
}

/** Space kept between the popover and its paragraph, and from the edges of the visible page. */
const GAP = 8;
/** Less room than this and the popover would be too short to read. */
const MIN_HEIGHT = 96;
const MIN_WIDTH = 280;
const MAX_WIDTH = 560;

/** As wide as its paragraph, within bounds, and never wider than the page shown. */
export function popoverWidth(anchor: Rect, area: Area): number {
  return Math.max(0, Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, anchor.width), area.width - 2 * GAP));
}

/**
 * Below the paragraph when the popover fits there, else above it, else in the larger of the
 * two spaces with a height that fits it (scrolling inside); only when neither space is usable
 * (a paragraph taller than the window) does it sit at the bottom of the window, over the
 * paragraph. `height` is the popover's natural height at `width`.
 */
export function placePopover(anchor: Rect, height: number, width: number, area: Area): Placement {
  const left = Math.max(GAP, Math.min(anchor.left, area.width - GAP - width));
  const below = area.height - anchor.bottom - 2 * GAP;
  const above = anchor.top - 2 * GAP;
  if (height <= below) return { top: anchor.bottom + GAP, left, maxHeight: below };
  if (height <= above) return { top: anchor.top - GAP - height, left, maxHeight: above };
  if (Math.max(below, above) >= MIN_HEIGHT) {
    return below >= above ? { top: anchor.bottom + GAP, left, maxHeight: below } : { top: GAP, left, maxHeight: above };
  }
  const maxHeight = Math.min(height, area.height - 2 * GAP);
  return { top: area.height - GAP - maxHeight, left, maxHeight };
}
