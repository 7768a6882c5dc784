import { decodeCtc, type ReadChar } from './ctc-decode';
import { DETECT_DEFAULTS, detectBoxes, type DetectSettings } from './detect-boxes';
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
  /** Lines whose mean character confidence is under this are dropped (noise read as text). */
  minLineConfidence: number;
}

export const READ_DEFAULTS: ReadSettings = { ...DETECT_DEFAULTS, detectMaxSide: 1280, lineHeight: 48, minLineConfidence: 0.5 };

/** A line (or a piece of one) read from the image: its box in image pixels and its characters. */
export interface ReadLine extends Box {
  text: string;
  chars: ReadChar[];
  /** Mean of its characters' confidences. */
  confidence: number;
}

const DET_MEAN = [0.406, 0.456, 0.485];
const DET_STD = [0.225, 0.224, 0.229];

/** Times of the two stages of one page (ms). */
export interface ReadTimes {
  detectMs: number;
  recognizeMs: number;
}

/**
 * Reads the text of a page image: DB detection on the image scaled to at most `detectMaxSide`
 * (sides rounded to multiples of 32, as the model needs), each region cut from the full image,
 * scaled to `lineHeight` and read by the CTC recogniser. Returns the lines in detection order
 * (top to bottom); `ocrText` puts them in reading order. An image without text gives no lines.
 */
export async function readPage(image: Raster, models: OcrModels, settings: ReadSettings = READ_DEFAULTS, times?: ReadTimes): Promise<ReadLine[]> {
  if (image.width <= 0 || image.height <= 0) return [];
  const t0 = Date.now();
  const scale = Math.min(1, settings.detectMaxSide / Math.max(image.width, image.height));
  const w = Math.max(32, Math.round((image.width * scale) / 32) * 32);
  const h = Math.max(32, Math.round((image.height * scale) / 32) * 32);
  const input = sampleBgr(image, { left: 0, top: 0, right: image.width, bottom: image.height }, w, h, (c, v) => (v / 255 - DET_MEAN[c]!) / DET_STD[c]!);
  const out = await models.detect({ data: input, dims: [1, 3, h, w] });
  const [mapH, mapW] = out.dims.slice(-2) as [number, number];
  const regions = detectBoxes(out.data, mapW, mapH, settings);
  const t1 = Date.now();
  const fx = image.width / mapW;
  const fy = image.height / mapH;
  const lines: ReadLine[] = [];
  for (const r of regions) {
    const box = { left: r.left * fx, top: r.top * fy, right: r.right * fx, bottom: r.bottom * fy };
    const line = await readLine(image, box, models, settings);
    if (line && line.confidence >= settings.minLineConfidence && line.text.trim().length > 0) lines.push(line);
  }
  if (times) {
    times.detectMs += t1 - t0;
    times.recognizeMs += Date.now() - t1;
  }
  return lines;
}

async function readLine(image: Raster, box: Box, models: OcrModels, settings: ReadSettings): Promise<ReadLine | null> {
  const bw = box.right - box.left;
  const bh = box.bottom - box.top;
  if (bw < 1 || bh < 1) return null;
  const height = settings.lineHeight;
  const width = Math.max(height / 4, Math.min(height * 100, Math.ceil((height * bw) / bh)));
  // Inputs are padded to a multiple of 8 (the model's horizontal stride) with the normalised white.
  const padded = Math.ceil(width / 8) * 8;
  const data = new Float32Array(3 * padded * height).fill(1);
  sampleBgr(image, box, width, height, (_c, v) => v / 127.5 - 1, data, padded);
  const out = await models.recognize({ data, dims: [1, 3, height, padded] });
  const [steps, classes] = out.dims.slice(-2) as [number, number];
  const chars = decodeCtc(out.data, steps, classes, models.dictionary);
  if (chars.length === 0) return null;
  const confidence = chars.reduce((s, c) => s + c.confidence, 0) / chars.length;
  return { ...box, text: chars.map((c) => c.char).join(''), chars, confidence };
}
