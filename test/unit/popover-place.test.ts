/** Where the popover with a paragraph's earlier text goes: next to its paragraph, never over it. */
import { describe, expect, it } from 'vitest';
import { placePopover, popoverWidth } from '../../src/sidebar/popover-place.ts';

const area = { width: 840, height: 900 };
const paragraph = (top: number, height: number) => ({ top, bottom: top + height, left: 8, width: 824 });
const overlaps = (place: { top: number; maxHeight: number }, height: number, p: { top: number; bottom: number }) =>
  place.top < p.bottom && place.top + Math.min(height, place.maxHeight) > p.top;

describe('the popover', () => {
  it('goes below its paragraph when there is room, above it when there is not', () => {
    const high = paragraph(200, 60);
    const below = placePopover(high, 150, 560, area);
    expect(below.top).toBe(268);
    expect(overlaps(below, 150, high)).toBe(false);
    const low = paragraph(760, 60);
    const above = placePopover(low, 150, 560, area);
    expect(above.top + 150).toBeLessThanOrEqual(760);
    expect(overlaps(above, 150, low)).toBe(false);
  });

  it('shrinks into the larger space, scrolling inside, rather than cover a tall paragraph', () => {
    const tall = paragraph(250, 500);
    const place = placePopover(tall, 240, 560, area);
    expect(place.maxHeight).toBeLessThan(240);
    expect(overlaps(place, 240, tall)).toBe(false);
  });

  it('stays left of the sidebar and inside the window', () => {
    const width = popoverWidth({ top: 0, bottom: 0, left: 700, width: 300 }, area);
    const place = placePopover({ top: 100, bottom: 140, left: 700, width: 300 }, 100, width, area);
    expect(place.left + width).toBeLessThanOrEqual(area.width);
    expect(place.left).toBeGreaterThanOrEqual(0);
  });
});
