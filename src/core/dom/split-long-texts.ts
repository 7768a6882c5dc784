import { isOpaqueElement } from './text-map';

/**
 * Splits every Text node under `root` longer than `maxChars` into adjacent Text nodes of at most
 * `maxChars` each (Text.splitText), so that a page whose document is one enormous text node can
 * be planned, analysed and painted in chunks like any other (plan-chunks.ts cuts between nodes,
 * never inside one). What the page shows is unchanged: the same characters in the same parent,
 * in one inline run.
 *
 * A node is cut after a line break where one lies in the last half of a piece, else after a
 * sentence end (。！？；!?;), else at `maxChars` (never inside a surrogate pair): so that a figure
 * or a page marker spliced inside a word is not cut in two (a chunk's text ends at the cut).
 *
 * The one change DocClip makes to the page's node structure (everything else is an attribute
 * or a text repair): `undo` joins the pieces back into the first node, exactly as it was, when
 * they are still adjacent siblings; a piece the page moved or removed since is left where it is.
 * Elements `skip` names (and their subtrees) and opaque elements (script, style…) are left alone.
 * O(nodes + characters of the long nodes).
 */
export interface TextSplits {
  /** Text nodes that were split. */
  split: number;
  undo(): void;
}

const BREAK_AFTER = /[\n。！？；!?;]/;

export function splitLongTexts(root: Node, maxChars: number, skip: (element: Element) => boolean = () => false): TextSplits {
  const long: Text[] = [];
  // One walk by firstChild/nextSibling (a TreeWalker's filter callback per node took seconds on a
  // page of 300,000 nodes), without recursion.
  let node: Node | null = root.firstChild;
  while (node) {
    if (node.nodeType === 3 && (node as Text).length > maxChars) long.push(node as Text);
    const element = node.nodeType === 1 ? (node as Element) : null;
    if (element && element.firstChild && !isOpaqueElement(element) && !skip(element)) {
      node = element.firstChild;
      continue;
    }
    while (node && node !== root && !node.nextSibling) node = node.parentNode;
    node = node && node !== root ? node.nextSibling : null;
  }
  return splitTexts(long, maxChars);
}

/**
 * Splits each of `nodes` (Text nodes found by a walk of the caller's, plan-chunks.ts) longer than
 * `maxChars`, as splitLongTexts does, except those inside an opaque element (script, style…) or
 * an element `skip` names.
 */
export function splitTexts(nodes: Text[], maxChars: number, skip: (element: Element) => boolean = () => false): TextSplits {
  const joins: Array<{ first: Text; pieces: Text[] }> = [];
  for (const node of nodes) {
    if (node.length <= maxChars || insideLeftAlone(node, skip)) continue;
    const pieces: Text[] = [];
    let rest = node;
    while (rest.length > maxChars) {
      rest = rest.splitText(cutPoint(rest.data, maxChars));
      pieces.push(rest);
    }
    joins.push({ first: node, pieces });
  }
  let undone = false;
  return {
    split: joins.length,
    undo() {
      if (undone) return;
      undone = true;
      for (const { first, pieces } of joins) {
        for (const piece of pieces) {
          if (first.nextSibling !== piece) break;
          first.appendData(piece.data);
          piece.remove();
        }
      }
    },
  };
}

function insideLeftAlone(node: Node, skip: (element: Element) => boolean): boolean {
  for (let e = node.parentElement; e; e = e.parentElement) if (isOpaqueElement(e) || skip(e)) return true;
  return false;
}

/** Where to cut `data` (an offset in (0, maxChars]): after the last break in its second half, else at maxChars. */
export function cutPoint(data: string, maxChars: number): number {
  const newline = data.lastIndexOf('\n', maxChars - 1);
  if (newline >= maxChars / 2) return newline + 1;
  for (let i = maxChars - 1; i >= maxChars / 2; i--) if (BREAK_AFTER.test(data[i]!)) return i + 1;
  const code = data.charCodeAt(maxChars - 1);
  return code >= 0xd800 && code <= 0xdbff ? maxChars - 1 : maxChars;
}
