import type { Figure, Target } from '../core/types';
import type { WatchHit } from './page-units';
import type { TextMap } from '../core/dom/text-map';
import type { PageMark } from '../core/dom/plan-clean';

/** What the recogniser found on the cleaned page, offsets in `map.text`. */
export interface PageAnalysis {
  map: TextMap;
  index: Map<Node, number>;
  figures: Figure[];
  targets: Target[];
  watch: WatchHit[];
  /** Page markers as offsets in map.text, ascending. */
  pages: Array<{ offset: number; page: number }>;
}

/** Page markers as offsets in `map.text`, ascending; markers whose node is no longer mapped are left out. */
export function pagesOf(marks: readonly PageMark[], map: TextMap, index: Map<Node, number>): PageAnalysis['pages'] {
  return marks
    .map((m) => {
      const i = m.node.isConnected ? index.get(m.node) : undefined;
      return i === undefined ? null : { offset: map.segments[i]!.start + m.offset, page: m.page };
    })
    .filter((p): p is { offset: number; page: number } => p !== null)
    .sort((a, b) => a.offset - b.offset);
}

/** The document page an offset lies on: the last page marker at or before it, or null. */
export function pageAt(analysis: PageAnalysis, offset: number): number | null {
  let page: number | null = null;
  for (const p of analysis.pages) {
    if (p.offset > offset) break;
    page = p.page;
  }
  return page;
}

/** The figure whose span contains `offset`, or undefined (binary search). */
export function figureAt(figures: Figure[], offset: number): Figure | undefined {
  let lo = 0;
  let hi = figures.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const f = figures[mid]!;
    if (offset < f.start) hi = mid - 1;
    else if (offset >= f.end) lo = mid + 1;
    else return f;
  }
  return undefined;
}
