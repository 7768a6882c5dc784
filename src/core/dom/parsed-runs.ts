import type { ChildRange } from './text-map';

/** Adjacent children of one parent, to be planned together (plan-clean.ts `range`). */
export interface NodeRun {
  parent: Element;
  range: ChildRange;
}

/**
 * What the parser (or the site) inserted, as runs to clean: the topmost of `nodes` (a node
 * inside another of them is left to that one), grouped into runs of adjacent siblings per
 * parent, in the order their first nodes are met. Adjacent pieces of one line (百度文库's old reader puts
 * each in its own `p`) are thus planned together, so a marker split across pieces is still read
 * whole. Nodes without a parent element are left out.
 */
export function parsedRuns(nodes: Iterable<Node>): NodeRun[] {
  const all = new Set(nodes);
  const topmost: Node[] = [];
  for (const node of all) {
    if (!node.parentElement || hasAncestorIn(node, all)) continue;
    topmost.push(node);
  }
  // A run starts at a node whose previous sibling (blank text aside) is not inserted too, and
  // runs on over inserted siblings: work in proportion to what was inserted, not to the parent.
  const runs: NodeRun[] = [];
  for (const node of topmost) {
    if (inSet(previousNonBlank(node), all)) continue;
    let last = node;
    for (let next = nextNonBlank(node); next && all.has(next); next = nextNonBlank(next)) last = next;
    runs.push({ parent: node.parentElement!, range: { from: node, to: last.nextSibling } });
  }
  return runs;
}

function isBlank(node: Node): boolean {
  return node.nodeType === 3 && !/\S/.test((node as Text).data);
}

function previousNonBlank(node: Node): Node | null {
  let p = node.previousSibling;
  while (p && isBlank(p)) p = p.previousSibling;
  return p;
}

function nextNonBlank(node: Node): Node | null {
  let n = node.nextSibling;
  while (n && isBlank(n)) n = n.nextSibling;
  return n;
}

function inSet(node: Node | null, set: Set<Node>): boolean {
  return node !== null && set.has(node);
}

function hasAncestorIn(node: Node, set: Set<Node>): boolean {
  for (let p = node.parentNode; p; p = p.parentNode) if (set.has(p)) return true;
  return false;
}
