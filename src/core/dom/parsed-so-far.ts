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
  // Each element's root, once found (null: outside body): the parser adds every element of a
  // block as a node of its own, and each climb stops where an earlier one went.
  const rootOf = new Map<Element, Element | null>();
  const rootAbove = (element: Element): Element | null => {
    const path: Element[] = [];
    let e = element;
    let root: Element | null | undefined;
    for (;;) {
      root = rootOf.get(e);
      if (root !== undefined) break;
      path.push(e);
      const parent = e.parentElement;
      if (!parent) root = null;
      else if (parent === body) root = e;
      else if (onPath.has(parent)) root = body.contains(parent) ? e : null;
      if (root !== undefined) break;
      e = parent!;
    }
    for (const p of path) rootOf.set(p, root);
    return root;
  };
  const roots = new Set<Element>();
  const open = new Set<Element>();
  for (const node of added) {
    const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
    if (!element || element === body) continue;
    if (onPath.has(element) || (node !== element && onPath.has(node))) {
      if (body.contains(element)) open.add(element);
      continue;
    }
    const root = rootAbove(element);
    if (root) roots.add(root);
  }
  const kept = [...roots].filter((e) => !hasAncestorIn(e, roots));
  kept.sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1)); // Node.DOCUMENT_POSITION_FOLLOWING
  return { roots: kept, open: [...open].filter((e) => !hasAncestorIn(e, roots)) };
}

function hasAncestorIn(element: Element, set: Set<Element>): boolean {
  for (let p = element.parentElement; p; p = p.parentElement) if (set.has(p)) return true;
  return false;
}
