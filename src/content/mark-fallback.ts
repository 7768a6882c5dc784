import type { Unpaint } from './paint-highlights';

/**
 * The painter for browsers without the CSS Custom Highlight API: wraps text in <mark> elements,
 * with undos that put the text nodes back as they were. Loaded only where it is needed.
 */

/**
 * Where the painter's splits put a node's text. A TextMap made before a split names the first
 * node with offsets that now lie in the pieces split off it (inside marks), and a selection in a
 * piece names a node the map never saw; both are translated through these records, so Ranges
 * made later (target clauses after the figures in them were wrapped, clips, watch terms) and
 * clips made over marked text land on the same characters. Joins on undo keep them true.
 */
/** A node → the node holding the characters that follow its own (split off it). */
const continuation = new WeakMap<Text, Text>();
/** A split-off piece → the node it came from and where its first character was there. */
const origin = new WeakMap<Text, { node: Text; at: number }>();

/**
 * A point given in a node's text as it was before the painter split it, in the node that now
 * holds that character. `side` 'start' moves a point at a node's end to the start of the next
 * piece (where the character it starts lies). Returns null when the offset lies past all the
 * node's text.
 */
export function currentPoint(node: Text, offset: number, side: 'start' | 'end'): { node: Text; offset: number } | null {
  let n = node;
  let k = offset;
  for (;;) {
    const next = continuation.get(n);
    if (k < n.length || (k === n.length && (side === 'end' || !next))) return { node: n, offset: k };
    if (!next) return null;
    k -= n.length;
    n = next;
  }
}

/** A point in a piece the painter split off, in the node it came from (as a TextMap made before knows it); other points as given. */
export function originalPoint(node: Node, offset: number): { node: Node; offset: number } {
  const from = node.nodeType === Node.TEXT_NODE ? origin.get(node as Text) : undefined;
  return from ? { node: from.node, offset: from.at + offset } : { node, offset };
}

/**
 * Fallback: wraps each Text node's part of each range in a <mark data-docclip-mark=name>, and
 * returns the undo. Marks may nest (a target clause over the figures in it).
 */
export function wrapRanges(name: string, ranges: Range[]): Unpaint {
  const undos: Unpaint[] = [];
  const ordered = [...ranges].sort((a, b) => b.compareBoundaryPoints(Range.START_TO_START, a));
  for (const range of ordered) {
    for (const piece of textPieces(range).reverse()) undos.push(wrapPiece(name, piece.node, piece.start, piece.end));
  }
  return () => undos.splice(0).forEach((undo) => undo());
}

/** The non-empty parts of Text nodes that `range` covers, in document order. */
function textPieces(range: Range): Array<{ node: Text; start: number; end: number }> {
  const pieces: Array<{ node: Text; start: number; end: number }> = [];
  const add = (node: Text) => {
    const start = node === range.startContainer ? range.startOffset : 0;
    const end = node === range.endContainer ? range.endOffset : node.length;
    if (end > start) pieces.push({ node, start, end });
  };
  const root = range.commonAncestorContainer;
  if (root.nodeType === Node.TEXT_NODE) {
    add(root as Text);
    return pieces;
  }
  const walker = root.ownerDocument!.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (range.intersectsNode(n)) add(n as Text);
  return pieces;
}

/** Wraps text[start, end) in a mark; the node keeps the text before (possibly none), so a map's node stays in the page. */
function wrapPiece(name: string, text: Text, start: number, end: number): Unpaint {
  const mid = split(text, start);
  split(mid, end - start);
  const mark = text.ownerDocument.createElement('mark');
  mark.setAttribute('data-docclip-mark', name);
  mark.className = name;
  mid.parentNode!.insertBefore(mark, mid);
  mark.appendChild(mid);
  return () => unwrap(mark);
}

function split(node: Text, offset: number): Text {
  const rest = node.splitText(offset);
  const from = origin.get(node) ?? { node, at: 0 };
  origin.set(rest, { node: from.node, at: from.at + offset });
  const after = continuation.get(node);
  continuation.set(node, rest);
  if (after) continuation.set(rest, after);
  return rest;
}

/**
 * Puts the mark's children where it stands and joins the Text nodes now adjacent at both ends,
 * each into the one before it, so marks can be undone in any order (nested ones too) and the
 * node that held the text first keeps it.
 */
function unwrap(mark: Element): void {
  if (!mark.parentNode) return;
  const before = mark.previousSibling;
  const after = mark.nextSibling;
  const children = [...mark.childNodes];
  mark.replaceWith(...children);
  join(children.at(-1) ?? null, after);
  join(before, children[0] ?? null);
}

function join(left: Node | null, right: Node | null): void {
  if (!left || !right || left === right || left.nextSibling !== right) return;
  if (left.nodeType !== Node.TEXT_NODE || right.nodeType !== Node.TEXT_NODE) return;
  const a = left as Text;
  const b = right as Text;
  a.data += b.data;
  const next = continuation.get(b);
  if (next) continuation.set(a, next);
  else continuation.delete(a);
  b.remove();
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
