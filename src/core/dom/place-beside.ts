/** A rectangle in viewport pixels (a DOMRect's edges). */
export interface Edges {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Size {
  width: number;
  height: number;
}

/** Space kept between the anchor and the box, and between the box and the viewport's edges. */
const GAP = 6;
const MARGIN = 4;

/**
 * Where a fixed box of `size` opens beside `anchor` (the selection) so that all of it is inside
 * the viewport: after the anchor's right end and below it; above the anchor when it does not fit
 * below; as low as fits when it fits neither (a tall selection) or the anchor is below the viewport. A box larger than the viewport
 * keeps its top-left corner inside. A fixed box cannot be scrolled to, so a part outside the
 * viewport is a control the reader cannot reach. Pure.
 */
export function placeBeside(anchor: Edges, size: Size, viewport: Size): { left: number; top: number } {
  const left = clamp(anchor.right + GAP, MARGIN, viewport.width - size.width - MARGIN);
  const below = anchor.bottom + GAP;
  const above = anchor.top - GAP - size.height;
  const lowest = viewport.height - size.height - MARGIN;
  const top = below <= lowest ? Math.max(MARGIN, below) : above >= MARGIN ? Math.min(above, lowest) : Math.max(MARGIN, lowest);
  return { left, top };
}

/** `value` within [low, high]; `low` wins when they cross (a box wider than the viewport). */
function clamp(value: number, low: number, high: number): number {
  return Math.max(low, Math.min(value, high));
}
