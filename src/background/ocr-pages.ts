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
 * Throws what the engine throws; a reading that cannot be stored is still returned.
 */
export async function readOcrPage(db: DocClipDatabase, readImage: ReadImage, docId: string, request: { page: number; src: string; width: number; height: number }): Promise<OcrPageReply> {
  const key = imageKey(request.src, request.width, request.height);
  const cached = await getOcrPage(db, docId, request.page, key);
  if (cached && cached.model === OCR_MODEL) {
    const { text, confidences, lines, width, height, model } = cached;
    return { page: request.page, text, confidences, lines, width, height, model, ms: 0, cached: true };
  }
  const reading = await readImage(request.src);
  try {
    await putOcrPage(db, { docId, page: request.page, imageKey: key, text: reading.text, confidences: reading.confidences, lines: reading.lines, width: reading.width, height: reading.height, model: reading.model, readAt: new Date().toISOString() });
  } catch (error) {
    console.warn('DocClip: could not cache the OCR reading', error);
  }
  return { ...reading, page: request.page, cached: false };
}

export { countOcrPages };
