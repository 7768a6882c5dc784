import type { DrawnText } from './drawn-text';

/** A piece of a line of drawn text: its string and where it lies across the canvas (pixels). */
export interface LineItem {
  /** The text, with a trailing space where a word gap or a wide gap follows it. */
  text: string;
  left: number;
  /** Where the piece ends: its own right end, or the next piece's left end when a space follows it. */
  right: number;
  /** The font its first string was drawn in and that string's vertical scale, when known (DrawnText). */
  font?: string;
  scale?: number;
}

/** A line of drawn text (canvas pixels), its pieces from left to right. */
export interface TextLine {
  top: number;
  bottom: number;
  items: LineItem[];
}

/**
 * Gaps are measured in line heights (the smaller of the two boxes' heights). Below WORD_GAP two
 * pieces touch (a reader that draws each character alone); at WORD_GAP or more a Latin letter or
 * a digit on either side is a word gap; at COLUMN_GAP or more the pieces are apart (table cells,
 * columns, a page number beside a heading), both for their text (a space) and for the layer
 * (pieces of their own).
 */
const WORD_GAP = 0.15;
const COLUMN_GAP = 1;
/** Two boxes of the same text overlapping by this much of the narrower are one string drawn twice (fill then stroke, a fake bold). */
const SAME_DRAWING = 0.5;

const LATIN_OR_DIGIT = /[A-Za-z0-9\u00C0-\u024F]/;

/**
 * The strings drawn on one canvas in reading order: lines from top to bottom (boxes whose
 * vertical centres lie inside each other are on one line), each line's pieces from left to
 * right, touching pieces joined, word gaps as spaces, a string drawn twice at one place once.
 * Columns side by side are read line by line across them (a limit: the page's own order is lost).
 */
export function readingOrder(boxes: DrawnText[]): TextLine[] {
  const sorted = boxes
    .filter((b) => b.bottom > b.top && b.right >= b.left && b.text.length > 0)
    .sort((p, q) => centre(p) - centre(q) || p.left - q.left);
  const groups: DrawnText[][] = [];
  let current: DrawnText[] = [];
  let top = 0;
  let bottom = 0;
  for (const box of sorted) {
    const mid = centre(box);
    const lineMid = (top + bottom) / 2;
    if (current.length > 0 && mid >= top && mid <= bottom && lineMid >= box.top && lineMid <= box.bottom) {
      current.push(box);
      top = Math.min(top, box.top);
      bottom = Math.max(bottom, box.bottom);
    } else {
      if (current.length > 0) groups.push(current);
      current = [box];
      top = box.top;
      bottom = box.bottom;
    }
  }
  if (current.length > 0) groups.push(current);
  return groups.map(lineOf).sort((p, q) => p.top - q.top);
}

function lineOf(boxes: DrawnText[]): TextLine {
  const byLeft = [...boxes].sort((p, q) => p.left - q.left || p.top - q.top);
  const kept: DrawnText[] = [];
  // A string drawn twice is looked for among the kept strings of the same text only (a line drawn a character a call has hundreds).
  const keptByText = new Map<string, DrawnText[]>();
  for (const box of byLeft) {
    const same = keptByText.get(box.text);
    if (same?.some((k) => sameDrawing(k, box))) continue;
    if (same) same.push(box);
    else keptByText.set(box.text, [box]);
    kept.push(box);
  }
  const items: LineItem[] = [];
  let piece: { text: string; left: number; right: number; last: DrawnText; first: DrawnText } | null = null;
  const itemOf = (p: NonNullable<typeof piece>, text: string, right: number): LineItem => ({
    text,
    left: p.left,
    right,
    ...(p.first.font !== undefined && p.first.scale !== undefined ? { font: p.first.font, scale: p.first.scale } : {}),
  });
  for (const box of kept) {
    if (!piece) {
      piece = { text: box.text, left: box.left, right: box.right, last: box, first: box };
      continue;
    }
    const height = Math.min(piece.last.bottom - piece.last.top, box.bottom - box.top);
    const gap = (box.left - piece.right) / height;
    if (gap < COLUMN_GAP) {
      const space = gap >= WORD_GAP && wordGap(piece.text, box.text) && !/\s$/.test(piece.text) && !/^\s/.test(box.text);
      piece.text += (space ? ' ' : '') + box.text;
      piece.right = Math.max(piece.right, box.right);
      piece.last = box;
    } else {
      items.push(itemOf(piece, /\s$/.test(piece.text) ? piece.text : `${piece.text} `, box.left));
      piece = { text: box.text, left: box.left, right: box.right, last: box, first: box };
    }
  }
  if (piece) items.push(itemOf(piece, piece.text, piece.right));
  return {
    top: Math.min(...kept.map((b) => b.top)),
    bottom: Math.max(...kept.map((b) => b.bottom)),
    items,
  };
}

function centre(box: DrawnText): number {
  return (box.top + box.bottom) / 2;
}

function sameDrawing(p: DrawnText, q: DrawnText): boolean {
  if (p.text !== q.text) return false;
  const overlapX = Math.min(p.right, q.right) - Math.max(p.left, q.left);
  const overlapY = Math.min(p.bottom, q.bottom) - Math.max(p.top, q.top);
  const narrower = Math.min(p.right - p.left, q.right - q.left);
  const lower = Math.min(p.bottom - p.top, q.bottom - q.top);
  return overlapY >= lower * SAME_DRAWING && (narrower === 0 ? Math.abs(p.left - q.left) < 1 : overlapX >= narrower * SAME_DRAWING);
}

/** A word gap between two pieces reads as a space when a Latin letter or a digit meets it. */
function wordGap(before: string, after: string): boolean {
  return LATIN_OR_DIGIT.test(before.slice(-1)) || LATIN_OR_DIGIT.test(after.charAt(0));
}

/** The text of the lines as the layer holds it: a line per line. */
export function linesText(lines: TextLine[]): string {
  return lines.map((l) => l.items.map((i) => i.text).join('')).join('\n');
}

/** Whether two readings are the same lines, piece for piece (a canvas drawn again as it was needs no new layer). */
export function sameLines(a: readonly TextLine[], b: readonly TextLine[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const p = a[i]!;
    const q = b[i]!;
    if (p.top !== q.top || p.bottom !== q.bottom || p.items.length !== q.items.length) return false;
    for (let j = 0; j < p.items.length; j++) {
      const x = p.items[j]!;
      const y = q.items[j]!;
      if (x.text !== y.text || x.left !== y.left || x.right !== y.right || x.font !== y.font || x.scale !== y.scale) return false;
    }
  }
  return true;
}
