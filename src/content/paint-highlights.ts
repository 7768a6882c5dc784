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

/**
 * A HighlightSet (see highlight-layers.ts) for browsers without the Highlight API: each range
 * added is wrapped in a <mark> at once, and unwrapped when it is deleted. Hiding the category
 * takes the marks' class (which carries the colour) away.
 */
export class MarkHighlight {
  private readonly marks = new Map<Range, Unpaint>();
  private shown = false;

  constructor(private readonly name: string) {}

  get size(): number {
    return this.marks.size;
  }

  add(range: Range): void {
    if (this.marks.has(range)) return;
    this.marks.set(range, wrapRanges(this.name, [range]));
    // Rare (no Highlight API and the category turned off): the new mark takes the hidden look too.
    if (!this.shown) this.setShown(false, range.startContainer.ownerDocument ?? document);
  }

  delete(range: Range): void {
    this.marks.get(range)?.();
    this.marks.delete(range);
  }

  clear(): void {
    for (const undo of this.marks.values()) undo();
    this.marks.clear();
  }

  setShown(shown: boolean, doc: Document): void {
    this.shown = shown;
    doc.querySelectorAll(`mark[data-docclip-mark="${this.name}"]`).forEach((m) => (m.className = shown ? this.name : ''));
  }
}

/** The registry MarkHighlights answer to: registering shows a category's marks, deleting hides them. */
export function markRegistry(doc: Document): { get(name: string): unknown; set(name: string, h: unknown): void; delete(name: string): void } {
  const registered = new Map<string, unknown>();
  return {
    get: (name) => registered.get(name),
    set(name, h) {
      registered.set(name, h);
      (h as MarkHighlight).setShown(true, doc);
    },
    delete(name) {
      (registered.get(name) as MarkHighlight | undefined)?.setShown(false, doc);
      registered.delete(name);
    },
  };
}
