import { decodeCtc, type ReadChar } from './ctc-decode';
import { DETECT_DEFAULTS, detectBoxes, type DetectSettings } from './detect-boxes';
import { lineBatches } from './line-batches';
import { sampleBgr, type Box, type Raster } from './raster';

/** A float tensor as the models take and give it. */
export interface Tensor {
  data: Float32Array;
  dims: readonly number[];
}

/** Runs one model on one input (onnxruntime in the extension's worker or in Node). */
export type RunModel = (input: Tensor) => Promise<Tensor>;

/** The two PP-OCR models and the recognition model's dictionary (`parseDictionary`). */
export interface OcrModels {
  detect: RunModel;
  recognize: RunModel;
  dictionary: string[];
}

export interface ReadSettings extends DetectSettings {
  /** The detection input's longer side at most (pixels, a multiple of 32 after rounding). */
  detectMaxSide: number;
  /** The recognition input's height (48 for PP-OCRv4). */
  lineHeight: number;
  /**
   * Width of a line's recognition input against its drawn aspect (1: as drawn). Recognition time
   * grows with the input's width; the model reads CJK glyphs narrowed this much as well (bench/ocr.ts).
   */
  squeeze: number;
  /** Lines recognised in one run at most, and how much wider its widest line may be than its narrowest. */
  batchSize: number;
  batchSlack: number;
  /** Lines whose mean character confidence is under this are dropped (noise read as text). */
  minLineConfidence: number;
}

export const READ_DEFAULTS: ReadSettings = {
  ...DETECT_DEFAULTS,
  detectMaxSide: 960,
  lineHeight: 48,
  squeeze: 0.6,
  batchSize: 8,
  batchSlack: 1.25,
  minLineConfidence: 0.5,
};

/** A character read, and where on the page it was read: `x`, the middle of its output step, in image pixels. */
export interface PlacedChar extends ReadChar {
  x: number;
}

/** A line (or a piece of one) read from the image: its box in image pixels and its characters. */
export interface ReadLine extends Box {
  text: string;
  chars: PlacedChar[];
  /** Mean of its characters' confidences. */
  confidence: number;
}

const DET_MEAN = [0.406, 0.456, 0.485];
const DET_STD = [0.225, 0.224, 0.229];

/** Times of the stages of one page (ms), and the work of its recognition, added to. */
export interface ReadTimes {
  detectMs: number;
  recognizeMs: number;
  /**
   * Recognition input columns run (each `lineHeight` high, padding included): the recogniser's
   * cost grows with them, whatever the load of the machine.
   */
  recognizeColumns: number;
}

/**
 * Reads the text of a page image: DB detection on the image scaled to at most `detectMaxSide`
 * (sides rounded to multiples of 32, as the model needs), each region cut from the full image,
 * scaled to `lineHeight` (and its width by `squeeze`), lines of similar width recognised together
 * by the CTC recogniser (`lineBatches`). Returns the lines in detection order (top to bottom);
 * `ocrText` puts them in reading order. An image without text gives no lines.
 */
export async function readPage(image: Raster, models: OcrModels, settings: ReadSettings = READ_DEFAULTS, times?: ReadTimes): Promise<ReadLine[]> {
  if (image.width <= 0 || image.height <= 0) return [];
  const t0 = Date.now();
  const boxes = await detectLines(image, models, settings);
  const t1 = Date.now();
  const height = settings.lineHeight;
  // Inputs are padded to a multiple of 8 (the model's horizontal stride).
  const widths = boxes.map((b) => Math.ceil(Math.max(height / 4, Math.min(height * 100, (height * settings.squeeze * (b.right - b.left)) / (b.bottom - b.top))) / 8) * 8);
  const read: Array<ReadLine | null> = boxes.map(() => null);
  let columns = 0;
  for (const batch of lineBatches(widths, settings.batchSize, settings.batchSlack)) {
    const padded = widths[batch.at(-1)!]!;
    const plane = 3 * padded * height;
    // Padding is the normalised white (255 → 1) the lines are drawn on.
    const data = new Float32Array(plane * batch.length).fill(1);
    batch.forEach((i, k) => sampleBgr(image, boxes[i]!, widths[i]!, height, (_c, v) => v / 127.5 - 1, data.subarray(k * plane, (k + 1) * plane), padded));
    const out = await models.recognize({ data, dims: [batch.length, 3, height, padded] });
    columns += batch.length * padded;
    const [steps, classes] = out.dims.slice(-2) as [number, number];
    batch.forEach((i, k) => {
      const decoded = decodeCtc(out.data.subarray(k * steps * classes, (k + 1) * steps * classes), steps, classes, models.dictionary);
      if (decoded.length === 0) return;
      // A step covers padded / steps input columns; the line's box was drawn into widths[i] of them.
      const box = boxes[i]!;
      const pixelsPerStep = ((padded / steps) * (box.right - box.left)) / widths[i]!;
      const chars = decoded.map((c) => ({ ...c, x: box.left + (c.step + 0.5) * pixelsPerStep }));
      const confidence = chars.reduce((s, c) => s + c.confidence, 0) / chars.length;
      read[i] = { ...boxes[i]!, text: chars.map((c) => c.char).join(''), chars, confidence };
    });
  }
  if (times) {
    times.detectMs += t1 - t0;
    times.recognizeMs += Date.now() - t1;
    times.recognizeColumns += columns;
  }
  return read.filter((l): l is ReadLine => l !== null && l.confidence >= settings.minLineConfidence && l.text.trim().length > 0);
}

/** The text boxes of the page in image pixels, top to bottom; boxes under a pixel wide or high are left out. */
async function detectLines(image: Raster, models: OcrModels, settings: ReadSettings): Promise<Box[]> {
  const scale = Math.min(1, settings.detectMaxSide / Math.max(image.width, image.height));
  const w = Math.max(32, Math.round((image.width * scale) / 32) * 32);
  const h = Math.max(32, Math.round((image.height * scale) / 32) * 32);
  const input = sampleBgr(image, { left: 0, top: 0, right: image.width, bottom: image.height }, w, h, (c, v) => (v / 255 - DET_MEAN[c]!) / DET_STD[c]!);
  const out = await models.detect({ data: input, dims: [1, 3, h, w] });
  const [mapH, mapW] = out.dims.slice(-2) as [number, number];
  const fx = image.width / mapW;
  const fy = image.height / mapH;
  return detectBoxes(out.data, mapW, mapH, settings)
    .map((r) => ({ left: r.left * fx, top: r.top * fy, right: r.right * fx, bottom: r.bottom * fy }))
    .filter((b) => b.right - b.left >= 1 && b.bottom - b.top >= 1);
}
