import type { CleanChunk } from '../core/dom/plan-chunks';
import { isBlockElement } from '../core/dom/text-map';
import type { UnitAnalysis } from './page-units';

/** An analysed unit of the page: where its text lives (a chunk, or an arrived block as a whole chunk) and its analysis. */
export interface Unit {
  chunk: CleanChunk;
  analysis: UnitAnalysis;
}

const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING

/** The nodes a chunk spans: its root, or the run of the root's children in its range. */
export function chunkNodes(chunk: CleanChunk): Node[] {
  if (!chunk.range) return [chunk.root];
  const { from, to } = chunk.range;
  if (from && from.parentNode !== chunk.root) return [];
  const nodes: Node[] = [];
  for (let c = from ?? chunk.root.firstChild; c && c !== to; c = c.nextSibling) nodes.push(c);
  return nodes;
}

/** Whether `node` lies in `chunk` (in its root, or under a child in its range), as the DOM is now. */
export function chunkCovers(chunk: CleanChunk, node: Node): boolean {
  const { root, range } = chunk;
  if (!range) return root.contains(node);
  let child: Node | null = node;
  while (child && child.parentNode !== root) child = child.parentNode;
  if (!child) return false;
  const afterFrom = !range.from || range.from === child || (range.from.compareDocumentPosition(child) & FOLLOWING) !== 0;
  const beforeTo = !range.to || (child !== range.to && (child.compareDocumentPosition(range.to) & FOLLOWING) !== 0);
  return afterFrom && beforeTo;
}

/** Whether some node of the unit satisfies `test`. */
export function unitHolds(unit: Unit, test: (node: Node) => boolean): boolean {
  return chunkNodes(unit.chunk).some(test);
}

/** Whether every node of the unit satisfies `test` (false for a unit whose nodes are gone). */
export function unitWithin(unit: Unit, test: (node: Node) => boolean): boolean {
  const nodes = chunkNodes(unit.chunk);
  return nodes.length > 0 && nodes.every(test);
}

/**
 * Whether chunks `a` and `b` are parts of one run of inline content (text, inline elements, line
 * breaks) of the same parent: the browser lays such a run out as one whole (a change anywhere in
 * it lays out all of it again), so their cleaning is best applied at once.
 */
export function oneInlineRun(a: CleanChunk, b: CleanChunk): boolean {
  const inline = (chunk: CleanChunk) =>
    chunk.range !== null && chunkNodes(chunk).every((n) => n.nodeType !== 1 || (n as Element).tagName === 'BR' || !isBlockElement(n as Element));
  return a.root === b.root && inline(a) && inline(b);
}
