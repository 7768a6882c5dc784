import { imageKey, OCR_MODEL, type OcrReading } from '../core/ocr/ocr-reading';
import type { PixelRect } from '../core/ocr/screen-region';
import type { DocClipDatabase } from '../db/database';
import { countOcrPages, getOcrPage, putOcrPage } from '../db/ocr-pages-store';

/** Reads the image at a URL (or the part `crop` of it) with OCR (the engine in the offscreen document or the background page). */
export type ReadImage = (src: string, crop?: PixelRect) => Promise<OcrReading>;

/** What a content script gets for one page: the reading, and whether it came from the cache. */
export interface OcrPageReply extends OcrReading {
  page: number;
  cached: boolean;
}

/**
 * The reading of page `page` of `docId` from the image at `src` (`width` × `height` as the page
 * decoded it): the cached one when that image was read before with today's models, else a new reading, stored in
 * ocrPages before it is returned. A page whose image is another (URL or size) is read again.
 * `key`: what the image is cached under, when not its URL and size (a canvas's pixels are no key).
 * Throws what the engine throws; a reading that cannot be stored is still returned.
 */
export async function readOcrPage(
  db: DocClipDatabase,
  readImage: ReadImage,
  docId: string,
  request: { page: number; src: string; width: number; height: number },
  { key = imageKey(request.src, request.width, request.height), keepEmpty = true }: { key?: string; keepEmpty?: boolean } = {},
): Promise<OcrPageReply> {
  const cached = await cachedOcrPage(db, docId, request.page, key);
  if (cached) return cached;
  const reading = await readImage(request.src);
  // A canvas with no text (not drawn yet) is not kept (keepEmpty false): it is read again when asked.
  if (!keepEmpty && !reading.text.trim()) return { ...reading, page: request.page, cached: false };
  try {
    await putOcrPage(db, { docId, page: request.page, imageKey: key, text: reading.text, confidences: reading.confidences, lines: reading.lines, width: reading.width, height: reading.height, model: reading.model, readAt: new Date().toISOString() });
  } catch (error) {
    console.warn('DocClip: could not cache the OCR reading', error);
  }
  return { ...reading, page: request.page, cached: false };
}

/** The cached reading of page `page` of `docId` from the image `key`, when it was read with today's models; null otherwise. */
export async function cachedOcrPage(db: DocClipDatabase, docId: string, page: number, key: string): Promise<OcrPageReply | null> {
  const cached = await getOcrPage(db, docId, page, key);
  if (!cached || cached.model !== OCR_MODEL) return null;
  const { text, confidences, lines, width, height, model, region } = cached;
  return { page, text, confidences, lines, width, height, model, ms: 0, cached: true, ...(region ? { region } : {}) };
}

/** The key a canvas read from its own pixels is cached under: its size (the pixels themselves are no key). */
export function canvasKey(width: number, height: number): string {
  return imageKey('canvas', width, height);
}

export { countOcrPages };
