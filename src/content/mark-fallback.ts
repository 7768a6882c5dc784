import type { Unpaint } from './paint-highlights';

/**
 * The painter for browsers without the CSS Custom Highlight API: wraps text in <mark> elements,
 * with undos that put the text nodes back as they were. Loaded only where it is needed.
 */

/** Fallback: wraps the part of each range that lies in its start text node. */
export function wrapRanges(name: string, ranges: Range[]): Unpaint {
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
    undos.push(() => unwrap(mark, mid));
  }
  return () => undos.splice(0).forEach((undo) => undo());
}

/**
 * Puts `mid` back where `mark` stands and joins it with the text nodes the split left on either
 * side. It joins by what is adjacent now, so marks in one text node can be undone in any order
 * and the node that held the text first keeps it.
 */
function unwrap(mark: Element, mid: Text): void {
  if (!mark.parentNode) return;
  mark.replaceWith(mid);
  const prev = mid.previousSibling;
  const next = mid.nextSibling;
  if (next?.nodeType === Node.TEXT_NODE) {
    mid.data += (next as Text).data;
    next.remove();
  }
  if (prev?.nodeType === Node.TEXT_NODE) {
    (prev as Text).data += mid.data;
    mid.remove();
  }
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
