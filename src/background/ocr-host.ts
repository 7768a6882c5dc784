import { browser } from '../browser';
import type { OcrReading } from '../core/ocr/ocr-reading';
import { unwrap, type OffscreenRequest } from '../messages';
import { holdOffscreenDocument, offscreenApi, type ReleaseOffscreen } from './offscreen-api';
import type { ReadImage } from './ocr-pages';

/**
 * How long the offscreen document is kept after the last reading, with its models loaded (the
 * next page of the document is read without loading them again); then it is let go.
 */
const KEEP_AFTER_READING_MS = 60_000;

/**
 * Where the OCR engine runs, off every page's main thread: Chrome's service worker can neither
 * decode images on a canvas nor run WebAssembly threads, so there it is the offscreen document
 * (src/offscreen/main.ts, shared with the automatic backup: src/background/offscreen-api.ts),
 * held while readings come and for a minute after; Firefox's background page is a document
 * itself and runs the engine, loaded the first time a page is read.
 */
export function createReadImage(): ReadImage {
  if (!offscreenApi()) return async (src, crop) => (await import('../ocr/ocr-engine')).readPageImage(src, crop);
  let hold: Promise<ReleaseOffscreen> | null = null;
  let reading = 0;
  let letGo: ReturnType<typeof setTimeout> | undefined;
  return async (src, crop) => {
    clearTimeout(letGo);
    reading++;
    try {
      hold ??= holdOffscreenDocument().catch((error: unknown) => {
        hold = null;
        throw error;
      });
      await hold;
      const request: OffscreenRequest = { type: 'offscreen/ocr', src, ...(crop ? { crop } : {}) };
      return unwrap<OcrReading>(await browser.runtime.sendMessage(request));
    } finally {
      if (--reading === 0) {
        letGo = setTimeout(() => {
          const held = hold;
          hold = null;
          void held?.then((release) => release()).catch(() => undefined);
        }, KEEP_AFTER_READING_MS);
      }
    }
  };
}
