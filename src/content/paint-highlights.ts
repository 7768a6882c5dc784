/**
 * Paints named highlights over Ranges with the CSS Custom Highlight API, so the page's DOM is
 * not rewritten. Where the API is missing, the <mark> painter of mark-fallback.ts does it; that
 * module is a part of its own, loaded (loadFallbackPainter) only in such browsers, not with every
 * page (content-parts.ts).
 * https://developer.mozilla.org/docs/Web/API/CSS_Custom_Highlight_API
 */
import type * as MarkFallback from './mark-fallback';
import { loadPart } from './content-parts';
import { requestPart } from './request-part';

export type Unpaint = () => void;

let fallback: typeof MarkFallback | null = null;

/** Loads the <mark> painter when the Highlight API is missing; resolves at once where it exists. */
export async function loadFallbackPainter(): Promise<void> {
  if (!highlightApiAvailable() && !fallback) fallback = await loadPart('mark-fallback', requestPart);
}

/** The loaded <mark> painter; throws if loadFallbackPainter has not run in a browser that needs it. */
export function fallbackPainter(): typeof MarkFallback {
  if (!fallback) throw new Error('DocClip: the fallback painter was not loaded');
  return fallback;
}

/**
 * A point of a TextMap, in the node that holds its character now: the <mark> painter splits the
 * map's Text nodes (mark-fallback.ts `currentPoint`). Without it, the point as given, or null
 * when the node has since become shorter than the offset.
 */
export function currentTextPoint(node: Text, offset: number, side: 'start' | 'end'): { node: Text; offset: number } | null {
  if (fallback) return fallback.currentPoint(node, offset, side);
  return offset <= node.length ? { node, offset } : null;
}

/** A DOM point (of a selection), in the terms of a TextMap made before the <mark> painter split its nodes. */
export function mapTextPoint(node: Node, offset: number): { node: Node; offset: number } {
  return fallback ? fallback.originalPoint(node, offset) : { node, offset };
}

export function highlightApiAvailable(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/** Shows `ranges` under highlight `name` (replacing what it showed before). */
export function paintRanges(name: string, ranges: Range[]): Unpaint {
  if (highlightApiAvailable()) {
    const highlight = new Highlight(...ranges);
    CSS.highlights.set(name, highlight);
    return () => {
      if (CSS.highlights.get(name) === highlight) CSS.highlights.delete(name);
    };
  }
  return fallbackPainter().wrapRanges(name, ranges);
}
