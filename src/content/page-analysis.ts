import { findTargets } from '../core/targets/find-targets';
import { recognizeFigures } from '../core/figures/recognize-figures';
import { findWatchTerms } from '../core/watch/find-watch-terms';
import type { Figure, Target } from '../core/types';
import type { TextMap } from '../core/dom/text-map';
import { indexSegments } from '../core/dom/text-map';
import type { PageMark } from '../core/dom/plan-clean';

/** What the recogniser found on the cleaned page, offsets in `map.text`. */
export interface PageAnalysis {
  map: TextMap;
  index: Map<Node, number>;
  figures: Figure[];
  targets: Target[];
  watch: Array<{ start: number; end: number; term: string }>;
  /** Page markers as offsets in map.text, ascending. */
  pages: Array<{ offset: number; page: number }>;
}

export function analyzePage(map: TextMap, watchTerms: string[], marks: PageMark[]): PageAnalysis {
  const figures = recognizeFigures(map.text);
  const targets = findTargets(map.text, figures);
  const watch = findWatchTerms(map.text, watchTerms);
  const index = indexSegments(map);
  const pages = marks
    .map((m) => {
      const i = index.get(m.node);
      return i === undefined ? null : { offset: map.segments[i]!.start + m.offset, page: m.page };
    })
    .filter((p): p is { offset: number; page: number } => p !== null)
    .sort((a, b) => a.offset - b.offset);
  return { map, index, figures, targets, watch, pages };
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
