/**
 * A flat text view of a DOM subtree, with a map back to its Text nodes.
 *
 * The text is the concatenation of the subtree's text nodes in document order, with one "\n"
 * wherever a block element starts or ends (so a site's banner, label or footer is a line of
 * its own, and figures never run across two table cells). Separators belong to no node.
 * Whitespace-only text nodes that contain a line break are source formatting and are left out.
 *
 * Everything that reads or marks page text (cleaner, recogniser, highlighter, anchoring) uses
 * this one model, so an offset means the same thing everywhere.
 */

export interface TextSegment {
  node: Text;
  /** Offsets of node.data in TextMap.text. */
  start: number;
  end: number;
}

export interface TextMap {
  text: string;
  /** Sorted by start; non-overlapping. */
  segments: TextSegment[];
}

export interface TextMapOptions {
  /** Elements (with their subtree) to leave out, e.g. hidden clutter or DocClip's own UI. */
  skip?: (element: Element) => boolean;
  /**
   * Map only the root's children from `from` (inclusive; null: the first child) up to `to`
   * (exclusive; null: past the last child): one chunk of a large element (see plan-chunks.ts).
   * The root's own block breaks are kept, so a chunk's text reads like the same stretch of the
   * whole root's text.
   */
  range?: ChildRange;
}

/** A run of a parent's children: `from` inclusive (null: the first), `to` exclusive (null: to the end). */
export interface ChildRange {
  from: Node | null;
  to: Node | null;
}

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'CAPTION', 'DD', 'DETAILS', 'DIALOG', 'DIV',
  'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5',
  'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE',
  'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL', 'BODY', 'HTML', 'BUTTON', 'OPTION', 'SELECT',
]);

/** Elements whose text is never document text. */
const OPAQUE_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT',
  'HEAD', 'TITLE', 'DOCCLIP-UI',
]);

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
const FORMATTING_WS = /^\s*$/;

/**
 * 百度文库's old reader puts each piece of a line in an absolutely positioned
 * `p.reader-word-layer` (a list number in a piece of its own before its "、…"): those pieces are
 * read as one run of text, not as paragraphs, so a figure or a word split across two pieces is
 * whole again. The page block around them still breaks. (DocClip's own text layers over canvases
 * get the same from their line elements' tag, `docclip-line`, which is no block: see
 * src/content/canvas-text-layer.ts.)
 */
const LINE_PIECE_CLASS = 'reader-word-layer';

export function isBlockElement(element: Element): boolean {
  const tag = element.tagName; // upper case in HTML documents: no new string for them
  if (tag === 'P' && element.classList.contains(LINE_PIECE_CLASS)) return false;
  return BLOCK_TAGS.has(tag) || BLOCK_TAGS.has(tag.toUpperCase());
}

export function isOpaqueElement(element: Element): boolean {
  const tag = element.tagName;
  return OPAQUE_TAGS.has(tag) || OPAQUE_TAGS.has(tag.toUpperCase());
}

/**
 * Builds the text map of `root` (an Element or a Document). Never throws on odd markup.
 * One walk by firstChild/nextSibling, without recursion (documents of hundreds of pages nest
 * deeply) and without an object per node.
 */
export function buildTextMap(root: Node, options: TextMapOptions = {}): TextMap {
  const parts: string[] = [];
  const segments: TextSegment[] = [];
  const skip = options.skip;
  let length = 0;
  let endsWithBreak = true;
  const pushBreak = () => {
    if (!endsWithBreak) {
      parts.push('\n');
      length += 1;
      endsWithBreak = true;
    }
  };

  const rootBlock = root.nodeType === ELEMENT_NODE && isBlockElement(root as Element);
  if (rootBlock) pushBreak();
  const range = options.range;
  // A `from` the page moved elsewhere since the range was made: nothing here is left to map.
  let node: Node | null = range ? (range.from && range.from.parentNode !== root ? null : (range.from ?? root.firstChild)) : root.firstChild;
  const stop = range?.to ?? null;
  if (node === stop) node = null;
  /** Whether each element open below root is a block (its break is pushed when the walk leaves it). */
  const open: boolean[] = [];
  while (node) {
    if (node.nodeType === TEXT_NODE) {
      const data = (node as Text).data;
      if (data.length > 0 && !(FORMATTING_WS.test(data) && data.includes('\n'))) {
        segments.push({ node: node as Text, start: length, end: length + data.length });
        parts.push(data);
        length += data.length;
        endsWithBreak = data.endsWith('\n');
      }
    } else if (node.nodeType === ELEMENT_NODE) {
      const element = node as Element;
      if (!isOpaqueElement(element) && !skip?.(element)) {
        const block = isBlockElement(element);
        if (block) pushBreak();
        if (element.firstChild) {
          open.push(block);
          node = element.firstChild;
          continue;
        }
        if (block) pushBreak();
      }
    }
    // Next: the next sibling, or, out of a last child, the parent's (leaving the parent).
    for (;;) {
      if (open.length === 0) {
        node = node.nextSibling;
        if (node === stop) node = null;
        break;
      }
      if (node.nextSibling) {
        node = node.nextSibling;
        break;
      }
      node = node.parentNode!;
      if (open.pop()) pushBreak();
    }
  }
  if (rootBlock) pushBreak();
  return { text: parts.join(''), segments };
}

/** Index of the first segment whose end is > offset (where text at or after `offset` lives). */
export function firstSegmentFrom(map: TextMap, offset: number): number {
  let lo = 0;
  let hi = map.segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (map.segments[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export interface DomPoint {
  node: Text;
  offset: number;
}

/**
 * DOM points for the map span [start, end): the start is placed in the first segment holding
 * text at or after `start`, the end in the last segment holding text before `end`.
 * Returns null when the span holds no node text (only separators, or out of range).
 */
export function domRangePoints(map: TextMap, start: number, end: number): { start: DomPoint; end: DomPoint } | null {
  if (end <= start) return null;
  const first = firstSegmentFrom(map, start);
  const a = map.segments[first];
  if (!a || a.start >= end) return null;
  let last = firstSegmentFrom(map, end) ;
  // `last` is the first segment ending after `end`; step back if it starts at or after `end`.
  if (last >= map.segments.length || map.segments[last]!.start >= end) last -= 1;
  const b = map.segments[last]!;
  return {
    start: { node: a.node, offset: Math.max(0, start - a.start) },
    end: { node: b.node, offset: Math.min(b.end, end) - b.start },
  };
}

/**
 * The map offset of a DOM boundary point (container, offset), as a Range gives it.
 * For an element container, the point is before child `offset`: the next text in the map.
 * Returns null if the point lies outside the mapped text.
 */
export function mapOffsetOf(map: TextMap, index: Map<Node, number>, container: Node, offset: number): number | null {
  if (container.nodeType === TEXT_NODE) {
    const i = index.get(container);
    if (i === undefined) return null;
    const s = map.segments[i]!;
    return s.start + Math.min(offset, s.end - s.start);
  }
  // Find the first mapped text node at or after the point in document order.
  const child = container.childNodes[offset] ?? null;
  let node: Node | null = child ?? nextOutside(container);
  while (node) {
    const found = firstMappedText(node, index);
    if (found !== undefined) return map.segments[found]!.start;
    node = node.nextSibling ?? nextOutside(node.parentNode);
  }
  return map.text.length;
}

function nextOutside(node: Node | null): Node | null {
  while (node) {
    if (node.nextSibling) return node.nextSibling;
    node = node.parentNode;
  }
  return null;
}

function firstMappedText(node: Node, index: Map<Node, number>): number | undefined {
  if (node.nodeType === TEXT_NODE) return index.get(node);
  for (let c = node.firstChild; c; c = c.nextSibling) {
    const found = firstMappedText(c, index);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** Node → segment index, for turning DOM points into map offsets. */
export function indexSegments(map: TextMap): Map<Node, number> {
  const index = new Map<Node, number>();
  map.segments.forEach((s, i) => index.set(s.node, i));
  return index;
}
