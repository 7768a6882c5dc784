import { isOpaqueElement, type ChildRange } from './text-map';

/**
 * Splits a page into chunks that DocClip cleans, analyses and paints one at a time, yielding to
 * the event loop in between (so that no main-thread task runs long on a page of a million
 * characters).
 *
 * Contract: the chunks are disjoint, in document order, and together cover every child of
 * `root` (so every text node under it): each is a run of one element's children (`range`), or
 * `root` whole (`range` null) when its text is at most `maxChars` — a page that small is
 * planned exactly as it always was, in one piece. An element whose text exceeds `maxChars` is
 * descended into, unless `keepWhole` says it must stay in one piece (clutter a site profile
 * names as a whole, which has to be planned as one element to be hidden as one). Consecutive
 * small children are grouped up to `maxChars`; a larger child is split in turn. The last run
 * of each parent is open-ended (`to` null), so that a block the site appends while DocClip
 * works through the page still falls in a chunk (unless that parent's last child was split:
 * then what is appended falls in no chunk and is cleaned as an arrival).
 *
 * Text lengths are `textContent` lengths (script and style text included): an estimate that
 * only sizes chunks, summed in one walk of the nodes (no string is built). O(nodes). The same
 * walk gives `longTexts`, when passed, the Text nodes longer than `maxChars` (no chunk can cut
 * one: see split-long-texts.ts).
 */
export interface CleanChunk {
  root: Element;
  /** The children of `root` in the chunk; null: `root` as a whole. */
  range: ChildRange | null;
  /** Estimated characters of text in the chunk. */
  chars: number;
}

export function planChunks(root: Element, maxChars: number, keepWhole: (element: Element) => boolean = () => false, longTexts?: Text[]): CleanChunk[] {
  const sizes = new Map<Node, number>();
  const chars = sizeOf(root, sizes, longTexts ? { maxChars, out: longTexts } : null);
  if (chars <= maxChars) return [{ root, range: null, chars }];
  const chunks: CleanChunk[] = [];
  splitChildren(root, maxChars, keepWhole, sizes, chunks);
  return chunks;
}

/**
 * The textContent length of `root` and, in `sizes`, of every element under it: one walk of the
 * nodes in document order, without recursion (a page may nest elements deeper than the stack).
 * Text nodes longer than `long.maxChars` are pushed to `long.out` (script and style text included).
 */
function sizeOf(root: Element, sizes: Map<Node, number>, long: { maxChars: number; out: Text[] } | null): number {
  const sums = [0]; // one running sum per element open on the path from root
  let node: Node | null = root.firstChild;
  if (!node) {
    sizes.set(root, 0);
    return 0;
  }
  for (;;) {
    if (node.nodeType === 1 && node.firstChild) {
      sums.push(0);
      node = node.firstChild;
      continue;
    }
    if (node.nodeType === 1) sizes.set(node, 0);
    else if (node.nodeType === 3 || node.nodeType === 4) {
      const length = (node as CharacterData).length; // text, CDATA
      sums[sums.length - 1]! += length;
      if (long && length > long.maxChars && node.nodeType === 3) long.out.push(node as Text);
    }
    while (!node.nextSibling) {
      const parent: Node = node.parentNode!;
      const sum = sums.pop()!;
      sizes.set(parent, sum);
      if (parent === root) return sum;
      sums[sums.length - 1]! += sum;
      node = parent;
    }
    node = node.nextSibling;
  }
}

function splitChildren(parent: Element, maxChars: number, keepWhole: (element: Element) => boolean, sizes: Map<Node, number>, out: CleanChunk[]): void {
  let from: Node | null = parent.firstChild;
  let chars = 0;
  const flush = (to: Node | null) => {
    if (from !== to) out.push({ root: parent, range: { from, to }, chars });
    from = to;
    chars = 0;
  };
  for (let child = parent.firstChild; child; child = child.nextSibling) {
    const size = child.nodeType === 1 ? sizes.get(child)! : child.nodeType === 3 || child.nodeType === 4 ? (child as CharacterData).length : 0;
    const element = child.nodeType === 1 ? (child as Element) : null;
    if (element && size > maxChars && !isOpaqueElement(element) && !keepWhole(element) && element.firstChild) {
      flush(child);
      splitChildren(element, maxChars, keepWhole, sizes, out);
      from = child.nextSibling;
      continue;
    }
    if (chars > 0 && chars + size > maxChars) flush(child);
    chars += size;
  }
  // Open-ended: children appended later belong to the last run.
  if (from !== null) out.push({ root: parent, range: { from, to: null }, chars });
}
