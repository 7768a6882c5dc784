import { describe, expect, it } from 'vitest';
import { placeBeside } from '../../src/core/dom/place-beside';

const VIEWPORT = { width: 1100, height: 900 };
const BUBBLE = { width: 278, height: 165 };
const BUTTON = { width: 60, height: 28 };

describe('placeBeside', () => {
  it.each([
    ['below the end of a selection with room below', { left: 100, top: 200, right: 300, bottom: 220 }, BUBBLE, { left: 306, top: 226 }],
    ['above a selection near the bottom (the save button stays reachable)', { left: 170, top: 738, right: 930, bottom: 786 }, BUBBLE, { left: 818, top: 567 }],
    ['left of the right edge', { left: 900, top: 100, right: 1090, bottom: 120 }, BUTTON, { left: 1036, top: 126 }],
    ['as low as fits beside a selection taller than the screen', { left: 10, top: -500, right: 600, bottom: 1400 }, BUBBLE, { left: 606, top: 731 }],
    ['inside the top edge for a selection scrolled above the screen', { left: 10, top: -80, right: 200, bottom: -60 }, BUTTON, { left: 206, top: 4 }],
    ['as low as fits for a selection scrolled below the screen', { left: 10, top: 1000, right: 200, bottom: 1020 }, BUTTON, { left: 206, top: 868 }],
    ['top-left inside for a box larger than the viewport', { left: 10, top: 10, right: 20, bottom: 20 }, { width: 2000, height: 2000 }, { left: 4, top: 4 }],
  ])('%s', (_name, anchor, size, expected) => {
    expect(placeBeside(anchor, size, VIEWPORT)).toEqual(expected);
  });

  it('keeps every box that fits wholly inside the viewport', () => {
    for (let top = -100; top < 1000; top += 37) {
      for (const size of [BUBBLE, BUTTON]) {
        const at = placeBeside({ left: 50, top, right: 700, bottom: top + 20 }, size, VIEWPORT);
        expect(at.top).toBeGreaterThanOrEqual(4);
        expect(at.top + size.height).toBeLessThanOrEqual(VIEWPORT.height - 4);
        expect(at.left + size.width).toBeLessThanOrEqual(VIEWPORT.width - 4);
      }
    }
  });
});
