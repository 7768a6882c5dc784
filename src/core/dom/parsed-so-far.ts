/**
 * What of a document still being parsed is finished. The HTML parser appends in tree order: the
 * elements it has open are the ancestors of the document's last node (its insertion point), and
 * everything else it has inserted is complete — closed elements get no more children, and text
 * nodes off that path no more text. (Malformed tables are the exception: the parser fosters
 * content out of a table into an element before it, which may still grow; that content is
 * cleaned again by the pass over the parsed page.)
 * https://html.spec.whatwg.org/multipage/parsing.html#appropriate-place-for-inserting-a-node
 */

/** The document's last node in tree order (where the parser inserts next), or null with no root element. */
export function insertionPoint(doc: Document): Node | null {
  let node: Node | null = doc.documentElement;
  while (node?.lastChild) node = node.lastChild;
  return node;
}

/**
 * The topmost finished elements under `body` that hold the `added` nodes (or are them): for
 * each added node, its highest ancestor below an open element (or below `body`) that is not
 * open itself. Nodes held by an open element only (the text the parser is still filling, an
 * element it has not closed) are left out: returned as `open`, the open elements holding them,
 * to be tried again once the parser has closed them. Nodes outside `body`, and `body` itself,
 * are ignored. `roots` are in document order and none holds another.
 */
export function finishedRoots(added: Iterable<Node>, body: Element, point: Node | null): { roots: Element[]; open: Element[] } {
  const onPath = new Set<Node>();
  for (let n: Node | null = point; n; n = n.parentNode) onPath.add(n);
  const roots = new Set<Element>();
  const open = new Set<Element>();
  for (const node of added) {
    let element = node.nodeType === 1 ? (node as Element) : node.parentElement;
    if (!element || element === body || !body.contains(element)) continue;
    if (onPath.has(element) || (node !== element && onPath.has(node))) {
      open.add(element);
      continue;
    }
    while (element.parentElement && element.parentElement !== body && !onPath.has(element.parentElement)) element = element.parentElement;
    roots.add(element);
  }
  const kept = [...roots].filter((e) => !hasAncestorIn(e, roots));
  kept.sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1)); // Node.DOCUMENT_POSITION_FOLLOWING
  return { roots: kept, open: [...open].filter((e) => !hasAncestorIn(e, roots)) };
}

function hasAncestorIn(element: Element, set: Set<Element>): boolean {
  for (let p = element.parentElement; p; p = p.parentElement) if (set.has(p)) return true;
  return false;
}
