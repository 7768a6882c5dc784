import { caretAtPoint } from './caret-at-point';

/**
 * Scrolls the page so that `range` is centred in the window: first its start element (which
 * also scrolls any inner scroller the text lives in), then the range itself, since the element
 * may be a paragraph taller than the window. Instant, not smooth: the caller measures and
 * flashes the range right after. Returns false (and scrolls nothing) when the range is no
 * longer in the document.
 */
export function revealRange(range: Range): boolean {
  const element = range.startContainer.parentElement;
  const view = element?.ownerDocument.defaultView;
  if (!element?.isConnected || !view) return false;
  element.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
  const rect = range.getBoundingClientRect();
  view.scrollBy({ top: rect.top + rect.height / 2 - view.innerHeight / 2, behavior: 'instant' });
  return true;
}

/**
 * Runs `change` (one that reflows the page, such as docking the panel) and then scrolls the
 * window so that the text the reader was looking at (under a point a third of the way down and
 * across the window) stays where it was. Where no text lies under that point, just runs it.
 */
export function keepingPlace(doc: Document, change: () => void): void {
  const view = doc.defaultView;
  const caret = view ? caretAtPoint(doc, view.innerWidth / 3, view.innerHeight / 3) : null;
  if (!view || caret?.offsetNode.nodeType !== Node.TEXT_NODE) {
    change();
    return;
  }
  const range = doc.createRange();
  range.setStart(caret.offsetNode, caret.offset);
  const before = range.getBoundingClientRect().top;
  change();
  view.scrollBy({ top: range.getBoundingClientRect().top - before, behavior: 'instant' });
}
