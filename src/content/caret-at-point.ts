/** A text position under the pointer: the node and the offset in it. */
export interface CaretPoint {
  offsetNode: Node;
  offset: number;
}

/**
 * The caret position at viewport point (x, y), or null where there is none. Uses the standard
 * `caretPositionFromPoint` (Firefox; Chrome only from 128) and falls back to the WebKit-era
 * `caretRangeFromPoint`, which the older Chromium cores of many browsers in China still need.
 * https://developer.mozilla.org/docs/Web/API/Document/caretPositionFromPoint
 */
export function caretAtPoint(doc: Document, x: number, y: number): CaretPoint | null {
  if (typeof doc.caretPositionFromPoint === 'function') return doc.caretPositionFromPoint(x, y);
  if (typeof doc.caretRangeFromPoint === 'function') {
    const range = doc.caretRangeFromPoint(x, y);
    return range ? { offsetNode: range.startContainer, offset: range.startOffset } : null;
  }
  return null;
}
