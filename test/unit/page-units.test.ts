import { describe, expect, it } from 'vitest';
import { mergeUnits, toPageOffset } from '../../src/content/page-units';
import type { TextMap } from '../../src/core/dom/text-map';

// Text nodes are only compared by identity here.
const a = { data: '甲乙' } as unknown as Text;
const b = { data: '丙丁戊' } as unknown as Text;
const c = { data: '己' } as unknown as Text;
/** A unit's own map: "甲乙\n丙丁戊" (no leading break: a chunk starts its own text). */
const local: TextMap = { text: '甲乙\n丙丁戊', segments: [{ node: a, start: 0, end: 2 }, { node: b, start: 3, end: 6 }] };
/** The page's map: "己\n甲乙\n丙丁戊\n", the unit's nodes further on. */
const page: TextMap = { text: '己\n甲乙\n丙丁戊\n', segments: [{ node: c, start: 0, end: 1 }, { node: a, start: 2, end: 4 }, { node: b, start: 5, end: 8 }] };
const index = new Map<Node, number>([[c, 0], [a, 1], [b, 2]]);

describe('toPageOffset', () => {
  const cases: Array<{ offset: number; end: boolean; want: number | null }> = [
    { offset: 0, end: false, want: 2 },
    { offset: 1, end: false, want: 3 },
    { offset: 2, end: false, want: 4 }, // on the separator: placed by the next node
    { offset: 3, end: false, want: 5 },
    { offset: 2, end: true, want: 4 }, // an end after 乙: placed by 乙
    { offset: 6, end: true, want: 8 },
    { offset: 6, end: false, want: null }, // past the text
  ];
  it.each(cases)('$offset (end: $end) → $want', ({ offset, end, want }) => expect(toPageOffset(local, offset, index, page, end)).toBe(want));

  it('drops what lies in a node no longer in the page map', () => {
    expect(toPageOffset(local, 3, new Map([[a, 1]]), page)).toBeNull();
  });
});

describe('mergeUnits', () => {
  it('moves figures, targets (with their figures) and watch hits into page offsets, sorted', () => {
    const figure = { text: '丙丁', start: 3, end: 5, kind: 'count' as const, value: null, unit: null };
    const merged = mergeUnits(
      [{ map: local, figures: [figure], targets: [{ text: '乙\n丙丁', start: 1, end: 5, cue: '确保', figures: [figure], deadline: null }], watch: [{ start: 0, end: 1, term: '甲' }] }],
      page,
      index,
    );
    expect(merged.figures.map((f) => [f.start, f.end, page.text.slice(f.start, f.end)])).toEqual([[5, 7, '丙丁']]);
    expect(merged.targets.map((t) => [t.start, t.end, t.figures[0]!.start])).toEqual([[3, 7, 5]]);
    expect(merged.watch).toEqual([{ start: 2, end: 3, term: '甲' }]);
  });
});
