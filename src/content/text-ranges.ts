import { domRangePoints, type TextMap } from '../core/dom/text-map';
import { currentTextPoint } from './paint-highlights';

/**
 * DOM Ranges for map spans; spans that hold no node text are skipped, and so are spans in a
 * Text node the page has since shortened (the map may be older than the page). Points in nodes
 * the <mark> painter has split are followed to the pieces that hold their characters now.
 */
export function rangesFor(doc: Document, map: TextMap, spans: Iterable<{ start: number; end: number }>): Range[] {
  const ranges: Range[] = [];
  for (const span of spans) {
    const points = domRangePoints(map, span.start, span.end);
    const start = points && currentTextPoint(points.start.node, points.start.offset, 'start');
    const end = points && currentTextPoint(points.end.node, points.end.offset, 'end');
    if (!start || !end) continue;
    const range = doc.createRange();
    range.setStart(start.node, start.offset);
    range.setEnd(end.node, end.offset);
    ranges.push(range);
  }
  return ranges;
}
