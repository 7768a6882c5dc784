import { domRangePoints, type TextMap } from '../core/dom/text-map';

/**
 * DOM Ranges for map spans; spans that hold no node text are skipped, and so are spans in a
 * Text node the page has since shortened (the map may be older than the page).
 */
export function rangesFor(doc: Document, map: TextMap, spans: Iterable<{ start: number; end: number }>): Range[] {
  const ranges: Range[] = [];
  for (const span of spans) {
    const points = domRangePoints(map, span.start, span.end);
    if (!points || points.start.offset > points.start.node.length || points.end.offset > points.end.node.length) continue;
    const range = doc.createRange();
    range.setStart(points.start.node, points.start.offset);
    range.setEnd(points.end.node, points.end.offset);
    ranges.push(range);
  }
  return ranges;
}
