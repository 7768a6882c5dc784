/**
 * Windowing math for the library's list of fixed-height rows. Pure, so it is tested in Node.
 *
 * Browsers cap an element's height (Firefox near 17.9 million px, Chrome near 33.5 million):
 * 100,000 rows of 180 px would not fit. Past `maxHeight` the scroll range is compressed: the
 * spacer is `maxHeight` tall and a scroll position maps linearly onto the rows, so the first
 * and the last row stay reachable. Without compression a row's top is simply `i × rowHeight`.
 */

/** A spacer height every browser renders. */
export const MAX_SPACER_HEIGHT = 15_000_000;

export interface WindowInput {
  count: number;
  rowHeight: number;
  scrollTop: number;
  viewportHeight: number;
  /** Rows rendered beyond each edge of the viewport, so Tab and small scrolls find them ready. */
  overscan: number;
  maxHeight?: number;
}

export interface WindowLayout {
  /** Height to give the scrolling spacer, px. */
  spacerHeight: number;
  /** Rows to render: `start` inclusive, `end` exclusive (start === end when there are none). */
  start: number;
  end: number;
  /** Row `i` is drawn at `i × rowHeight − shift` px from the spacer's top (0 unless compressed). */
  shift: number;
}

export function layoutWindow(input: WindowInput): WindowLayout {
  const { rowHeight, overscan } = input;
  const count = Math.max(0, Math.floor(input.count));
  const viewport = Math.max(0, input.viewportHeight);
  const contentHeight = count * rowHeight;
  const spacerHeight = Math.min(contentHeight, input.maxHeight ?? MAX_SPACER_HEIGHT);
  if (count === 0 || rowHeight <= 0) return { spacerHeight, start: 0, end: 0, shift: 0 };

  const maxContentScroll = Math.max(0, contentHeight - viewport);
  const maxSpacerScroll = Math.max(0, spacerHeight - viewport);
  const top = Math.min(Math.max(0, input.scrollTop), maxSpacerScroll);
  const virtualTop = maxSpacerScroll === 0 ? 0 : (top * maxContentScroll) / maxSpacerScroll;

  const first = Math.floor(virtualTop / rowHeight);
  const last = Math.ceil((virtualTop + viewport) / rowHeight);
  return {
    spacerHeight,
    start: Math.max(0, first - overscan),
    end: Math.min(count, Math.max(last, first + 1) + overscan),
    shift: virtualTop - top,
  };
}

/** The indices of the blocks of `blockSize` rows that hold rows [start, end). */
export function blocksCovering(start: number, end: number, blockSize: number): number[] {
  if (end <= start || blockSize <= 0) return [];
  const blocks: number[] = [];
  for (let b = Math.floor(start / blockSize); b <= Math.floor((end - 1) / blockSize); b++) blocks.push(b);
  return blocks;
}
