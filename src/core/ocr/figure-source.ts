/**
 * Where a figure on an OCR layer came from: the confidence of the characters it was read from and
 * the part of the page image it was read in, for its hover (src/content/ocr-page-images.ts).
 * Pure: the content script finds the pieces of the layer a figure covers; this file turns them
 * into confidences per line and the rectangle of the image to show.
 */

/** A rectangle in the image's pixels (the reading's width × height). */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * Part of a laid piece of OCR text that a figure covers: the UTF-16 units [from, to) of the
 * piece's `length`, the piece's box (its line's top and bottom, its own left and right) and the
 * confidence (0..1) of each of its units.
 */
export interface CoveredPiece {
  box: Box;
  length: number;
  from: number;
  to: number;
  confidences: readonly number[];
}

/** One line a figure was read from: the figure's part of it and the lowest confidence of its characters there. */
export interface FigureLine {
  box: Box;
  confidence: number;
}

export interface FigureSource {
  /** The lowest confidence of the figure's characters (what a clip of it records). */
  confidence: number;
  /** The lines it was read from, top to bottom. */
  lines: FigureLine[];
  /** The part of the image to show: the figure's lines around it (see cropAround). */
  crop: Box;
}

/**
 * The box of units [from, to) of a piece: its characters share the piece's width evenly (an OCR
 * line gives no character boxes; its ideographs are one em wide, its digits a little narrower,
 * which the crop's margin covers).
 */
export function partBox(piece: CoveredPiece): Box {
  const n = Math.max(1, piece.length);
  const from = Math.min(Math.max(0, piece.from), n);
  const to = Math.min(Math.max(from, piece.to), n);
  const width = piece.box.right - piece.box.left;
  return { left: piece.box.left + (width * from) / n, top: piece.box.top, right: piece.box.left + (width * to) / n, bottom: piece.box.bottom };
}

/**
 * The source of a figure covering `pieces` of a reading of a `width` × `height` image: the
 * pieces grouped into lines (pieces of one line share its top and bottom), each line's part of
 * the figure and lowest confidence, and the crop around them; null when it covers no character.
 */
export function figureSource(pieces: readonly CoveredPiece[], width: number, height: number): FigureSource | null {
  const lines: FigureLine[] = [];
  for (const piece of pieces) {
    if (piece.to <= piece.from) continue;
    const box = partBox(piece);
    if (box.right <= box.left) continue;
    let low = 1;
    for (let i = Math.max(0, piece.from); i < Math.min(piece.to, piece.length); i++) low = Math.min(low, piece.confidences[i] ?? 1);
    const line = lines.find((l) => l.box.top === box.top && l.box.bottom === box.bottom);
    if (line) {
      line.box = union([line.box, box]);
      line.confidence = Math.min(line.confidence, low);
    } else lines.push({ box, confidence: low });
  }
  if (lines.length === 0) return null;
  lines.sort((a, b) => a.box.top - b.box.top);
  return {
    confidence: Math.min(...lines.map((l) => l.confidence)),
    lines,
    crop: cropAround(lines.map((l) => l.box), width, height),
  };
}

/**
 * The rectangle of the image to show for boxes of text: their union with a margin of half a line
 * above and below and two lines' heights left and right (so that the characters around the
 * figure show, and the even share of partBox is covered), inside the image.
 */
export function cropAround(boxes: readonly Box[], width: number, height: number): Box {
  const all = union(boxes);
  const line = Math.max(...boxes.map((b) => b.bottom - b.top), 1);
  return {
    left: clamp(Math.floor(all.left - 2 * line), 0, width),
    top: clamp(Math.floor(all.top - line / 2), 0, height),
    right: clamp(Math.ceil(all.right + 2 * line), 0, width),
    bottom: clamp(Math.ceil(all.bottom + line / 2), 0, height),
  };
}

/** A confidence (0..1) as the hover shows it: a whole percent, rounded down (98.6 % is shown 98 %: never surer than it was). */
export function confidencePercent(confidence: number): number {
  return Math.floor(clamp(confidence, 0, 1) * 100 + 1e-9);
}

function union(boxes: readonly Box[]): Box {
  return {
    left: Math.min(...boxes.map((b) => b.left)),
    top: Math.min(...boxes.map((b) => b.top)),
    right: Math.max(...boxes.map((b) => b.right)),
    bottom: Math.max(...boxes.map((b) => b.bottom)),
  };
}

function clamp(x: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, x));
}
