import { describe, expect, it } from 'vitest';
import { blocksCovering, layoutWindow, type WindowInput } from '../../src/library/window-range';

const base = { rowHeight: 100, viewportHeight: 500, overscan: 2 };

const cases: Array<{ name: string; input: WindowInput; expect: { start: number; end: number; spacerHeight: number; shift: number } }> = [
  { name: 'empty list', input: { ...base, count: 0, scrollTop: 0 }, expect: { start: 0, end: 0, spacerHeight: 0, shift: 0 } },
  { name: 'fewer rows than fit', input: { ...base, count: 3, scrollTop: 0 }, expect: { start: 0, end: 3, spacerHeight: 300, shift: 0 } },
  { name: 'top of a long list', input: { ...base, count: 1000, scrollTop: 0 }, expect: { start: 0, end: 7, spacerHeight: 100_000, shift: 0 } },
  { name: 'middle, row-aligned', input: { ...base, count: 1000, scrollTop: 50_000 }, expect: { start: 498, end: 507, spacerHeight: 100_000, shift: 0 } },
  { name: 'middle, between rows', input: { ...base, count: 1000, scrollTop: 50_050 }, expect: { start: 498, end: 508, spacerHeight: 100_000, shift: 0 } },
  { name: 'bottom', input: { ...base, count: 1000, scrollTop: 99_500 }, expect: { start: 993, end: 1000, spacerHeight: 100_000, shift: 0 } },
  { name: 'scrollTop past the end is clamped', input: { ...base, count: 1000, scrollTop: 1e9 }, expect: { start: 993, end: 1000, spacerHeight: 100_000, shift: 0 } },
  { name: 'negative scrollTop (overscroll) is clamped', input: { ...base, count: 1000, scrollTop: -40 }, expect: { start: 0, end: 7, spacerHeight: 100_000, shift: 0 } },
  {
    name: 'compressed: the top stays the top',
    input: { ...base, count: 1000, scrollTop: 0, maxHeight: 10_500 },
    expect: { start: 0, end: 7, spacerHeight: 10_500, shift: 0 },
  },
  {
    name: 'compressed: the end of the spacer shows the last rows',
    input: { ...base, count: 1000, scrollTop: 10_000, maxHeight: 10_500 },
    expect: { start: 993, end: 1000, spacerHeight: 10_500, shift: 89_500 },
  },
  {
    name: 'compressed: halfway maps halfway',
    input: { ...base, count: 1000, scrollTop: 5_000, maxHeight: 10_500 },
    expect: { start: 495, end: 505, spacerHeight: 10_500, shift: 44_750 },
  },
];

describe('layoutWindow', () => {
  it.each(cases)('$name', ({ input, expect: want }) => {
    expect(layoutWindow(input)).toEqual(want);
  });

  it('renders the rows drawn at the top and the bottom of the viewport, compressed or not', () => {
    for (const maxHeight of [undefined, 10_500]) {
      for (const scrollTop of [0, 1234, 5000, 9000, 9999]) {
        const layout = layoutWindow({ ...base, count: 1000, scrollTop, maxHeight });
        const rowAt = (y: number) => Math.floor((y + layout.shift) / base.rowHeight);
        for (const row of [rowAt(scrollTop), rowAt(scrollTop + base.viewportHeight - 1)]) {
          expect(row).toBeGreaterThanOrEqual(layout.start);
          expect(row).toBeLessThan(layout.end);
        }
      }
    }
  });

  it('keeps 100,000 rows of 184 px under the default height cap', () => {
    const layout = layoutWindow({ count: 100_000, rowHeight: 184, scrollTop: 0, viewportHeight: 800, overscan: 4 });
    expect(layout.spacerHeight).toBeLessThanOrEqual(15_000_000);
  });
});

describe('blocksCovering', () => {
  const blockCases: Array<[number, number, number, number[]]> = [
    [0, 0, 100, []],
    [0, 1, 100, [0]],
    [0, 100, 100, [0]],
    [0, 101, 100, [0, 1]],
    [95, 110, 100, [0, 1]],
    [250, 260, 100, [2]],
    [10, 5, 100, []],
  ];
  it.each(blockCases)('rows [%i, %i) in blocks of %i → %j', (start, end, size, want) => {
    expect(blocksCovering(start, end, size)).toEqual(want);
  });
});
