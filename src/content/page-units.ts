import { findTargets } from '../core/targets/find-targets';
import { recognizeFigures } from '../core/figures/recognize-figures';
import { findWatchTerms } from '../core/watch/find-watch-terms';
import { firstSegmentFrom, type TextMap } from '../core/dom/text-map';
import type { Figure, Target } from '../core/types';

/**
 * One analysed piece of the page: a chunk of the first pass or blocks that arrived later, with
 * its own text map and what the recogniser found in it, offsets local to `map.text`.
 *
 * Chunk edges: a chunk is a run of whole elements, and the text map breaks lines at block
 * elements; figures and target clauses never run across a line break of these pages (a
 * clause ends at the end of its paragraph), so recognising each chunk alone finds what the
 * whole text would. A chunk that ends inside an inline run (text, <span>…) could cut a figure
 * there; plan-chunks.ts only cuts between children of an element larger than a chunk, which
 * on these sites are block containers of page blocks and paragraphs.
 */
export interface UnitAnalysis {
  map: TextMap;
  figures: Figure[];
  targets: Target[];
  watch: WatchHit[];
}

export interface WatchHit {
  start: number;
  end: number;
  term: string;
}

export function analyzeUnit(map: TextMap, watchTerms: string[]): UnitAnalysis {
  const figures = recognizeFigures(map.text);
  const targets = findTargets(map.text, figures);
  return { map, figures, targets, watch: findWatchTerms(map.text, watchTerms) };
}

/**
 * Translates an offset of `local.text` into the page's text through the Text node it lies in
 * (or, for an offset on a separator, the next node): the page map is built from the same DOM, so
 * within a node the two agree. `end` offsets are exclusive and are placed by the character
 * before them. Returns null when that node is not in the page map (hidden or gone since).
 */
export function toPageOffset(local: TextMap, offset: number, pageIndex: Map<Node, number>, page: TextMap, end = false): number | null {
  const i = firstSegmentFrom(local, end ? offset - 1 : offset);
  const seg = local.segments[i];
  if (!seg) return null;
  const p = pageIndex.get(seg.node);
  if (p === undefined) return null;
  return page.segments[p]!.start + (offset - seg.start);
}

/**
 * Every unit's figures, targets and watch hits with offsets in the page's text, each list
 * sorted by start. Items whose text is no longer in the page map are left out.
 */
export function mergeUnits(units: Iterable<UnitAnalysis>, page: TextMap, pageIndex: Map<Node, number>): Omit<UnitAnalysis, 'map'> {
  const figures: Figure[] = [];
  const targets: Target[] = [];
  const watch: WatchHit[] = [];
  for (const unit of units) {
    const move = <T extends { start: number; end: number }>(item: T): T | null => {
      const start = toPageOffset(unit.map, item.start, pageIndex, page);
      const end = toPageOffset(unit.map, item.end, pageIndex, page, true);
      return start === null || end === null || end <= start ? null : { ...item, start, end };
    };
    for (const f of unit.figures) {
      const moved = move(f);
      if (moved) figures.push(moved);
    }
    for (const t of unit.targets) {
      const moved = move(t);
      if (moved) targets.push({ ...moved, figures: t.figures.map(move).filter((f): f is Figure => f !== null) });
    }
    for (const w of unit.watch) {
      const moved = move(w);
      if (moved) watch.push(moved);
    }
  }
  const byStart = (a: { start: number }, b: { start: number }) => a.start - b.start;
  return { figures: figures.sort(byStart), targets: targets.sort(byStart), watch: watch.sort(byStart) };
}
