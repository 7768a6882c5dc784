/**
 * The messages of the canvas-text recorder (src/page-world/canvas-text-recorder.iife.ts, in the
 * page's main world) to the content script, and what the content script makes of them.
 *
 * The recorder runs in the page, so everything it sends is untrusted input: `parseTextBatch`
 * checks every field and refuses a batch that is not what the recorder sends.
 */

/** One fillText/strokeText call, in the context's coordinates before its transform. */
export interface TextRecord {
  text: string;
  /** Left end of the drawn string (textAlign applied) and its measured width (maxWidth applied). */
  left: number;
  width: number;
  /** Top and bottom of the font's box (fontBoundingBox, textBaseline applied). */
  top: number;
  bottom: number;
  /** The context's transform when it was drawn: [a, b, c, d, e, f]. */
  matrix: [number, number, number, number, number, number];
  /** globalAlpha when drawn (0: nothing visible). */
  alpha: number;
  /** The context's font when drawn (CSS font shorthand, in the context's units), when known. */
  font?: string;
}

/**
 * What the recorder sends for one canvas: `ops` in the order the page made them, a record per
 * drawn string and `null` where the canvas was wiped (its size set, or a clearRect/fillRect of
 * all of it); `width` and `height` are the canvas's pixel size after them.
 */
export interface TextBatch {
  width: number;
  height: number;
  ops: Array<TextRecord | null>;
}

/** A drawn string's box in canvas pixels (its transform applied). */
export interface DrawnText {
  text: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
  /** The font it was drawn in and the transform's vertical scale (canvas px per font px), when known. */
  font?: string;
  scale?: number;
}

/** Longest string and most ops a batch may carry (a page draws a few thousand strings a page). */
const MAX_TEXT = 10_000;
/** Longest font a record may name (a CSS font shorthand: style, weight, size, families). */
const MAX_FONT = 300;
const MAX_OPS = 100_000;

/** The batch in `json`, or an Error saying what is wrong with it. */
export function parseTextBatch(json: unknown): TextBatch | Error {
  if (typeof json !== 'string') return new Error('canvas text: a batch is a JSON string');
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return new Error('canvas text: a batch is not JSON');
  }
  if (!isObject(value)) return new Error('canvas text: a batch is an object');
  const { width, height, ops } = value;
  if (!isSize(width) || !isSize(height)) return new Error('canvas text: width and height are pixel sizes');
  if (!Array.isArray(ops) || ops.length > MAX_OPS) return new Error(`canvas text: ops is an array of at most ${MAX_OPS}`);
  const parsed: Array<TextRecord | null> = [];
  for (const op of ops) {
    if (op === null) {
      parsed.push(null);
      continue;
    }
    const record = parseRecord(op);
    if (!record) return new Error('canvas text: an op is not a text record');
    parsed.push(record);
  }
  return { width, height, ops: parsed };
}

function parseRecord(op: unknown): TextRecord | null {
  if (!isObject(op)) return null;
  const { text, left, width, top, bottom, matrix, alpha, font } = op;
  if (typeof text !== 'string' || text.length > MAX_TEXT) return null;
  if (font !== undefined && (typeof font !== 'string' || font.length > MAX_FONT)) return null;
  if (!isFiniteNumber(left) || !isFiniteNumber(width) || !isFiniteNumber(top) || !isFiniteNumber(bottom) || !isFiniteNumber(alpha)) return null;
  if (!Array.isArray(matrix) || matrix.length !== 6) return null;
  for (let i = 0; i < 6; i++) if (!isFiniteNumber(matrix[i])) return null;
  return {
    text,
    left,
    width,
    top,
    bottom,
    matrix: matrix as TextRecord['matrix'],
    alpha,
    ...(typeof font === 'string' && font ? { font } : {}),
  };
}

/**
 * The records a canvas shows after `ops`, starting from `current`: each wipe drops what was
 * drawn before it.
 */
export function applyOps(current: TextRecord[], ops: Array<TextRecord | null>): TextRecord[] {
  let shown = current;
  let copied = false;
  for (const op of ops) {
    if (op === null) {
      shown = [];
      copied = true;
    } else {
      if (!copied) {
        shown = [...shown];
        copied = true;
      }
      shown.push(op);
    }
  }
  return shown;
}

/**
 * The record's box in canvas pixels: the bounding box of its four corners under its transform,
 * with its font and the transform's vertical scale when the record names its font, or null when nothing of it can be seen or read (blank text, alpha 0, a degenerate transform).
 */
export function drawnBox(record: TextRecord): DrawnText | null {
  if (record.alpha <= 0 || !/\S/.test(record.text)) return null;
  const [a, b, c, d, e, f] = record.matrix;
  if (Math.abs(a * d - b * c) < 1e-9) return null;
  const x0 = record.left;
  const x1 = record.left + record.width;
  const y0 = record.top;
  const y1 = record.bottom;
  // The corners' images under the transform: x and y each move linearly in the corner's x and y.
  const left = Math.min(a * x0, a * x1) + Math.min(c * y0, c * y1) + e;
  const right = Math.max(a * x0, a * x1) + Math.max(c * y0, c * y1) + e;
  const top = Math.min(b * x0, b * x1) + Math.min(d * y0, d * y1) + f;
  const bottom = Math.max(b * x0, b * x1) + Math.max(d * y0, d * y1) + f;
  const box: DrawnText = { text: record.text, left, top, right, bottom };
  if (record.font) {
    box.font = record.font;
    box.scale = Math.hypot(c, d);
  }
  return box.bottom - box.top > 0 ? box : null;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function isSize(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 1_000_000;
}
