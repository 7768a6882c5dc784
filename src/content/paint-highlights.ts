/**
 * Paints named highlights over Ranges with the CSS Custom Highlight API, so the page's DOM is
 * not rewritten. Where the API is missing, wraps text in <mark> elements instead, with an undo
 * that puts the text nodes back as they were.
 * https://developer.mozilla.org/docs/Web/API/CSS_Custom_Highlight_API
 */

export type Unpaint = () => void;

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
  return wrapRanges(name, ranges);
}

/** Fallback: wraps the part of each range that lies in its start text node. */
function wrapRanges(name: string, ranges: Range[]): Unpaint {
  const undos: Unpaint[] = [];
  // Last first, so earlier offsets in a shared text node stay valid.
  const ordered = [...ranges].sort((a, b) => b.compareBoundaryPoints(Range.START_TO_START, a));
  for (const range of ordered) {
    const node = range.startContainer;
    if (node.nodeType !== Node.TEXT_NODE || !node.parentNode) continue;
    const text = node as Text;
    const end = range.endContainer === node ? range.endOffset : text.data.length;
    if (end <= range.startOffset) continue;
    const mid = text.splitText(range.startOffset);
    const tail = mid.splitText(end - range.startOffset);
    const mark = text.ownerDocument.createElement('mark');
    mark.setAttribute('data-docclip-mark', name);
    mark.className = name;
    text.parentNode!.insertBefore(mark, mid);
    mark.appendChild(mid);
    undos.push(() => {
      text.data = text.data + mid.data + tail.data;
      mark.remove();
      tail.remove();
    });
  }
  return () => undos.splice(0).forEach((undo) => undo());
}
