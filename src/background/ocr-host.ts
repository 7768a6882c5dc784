import { browser } from '../browser';
import type { OcrReading } from '../core/ocr/ocr-reading';
import { unwrap } from '../messages';
import type { OffscreenRequest } from '../ocr-messages';
import type { ReadImage } from './ocr-pages';

/** The offscreen document the OCR engine runs in (Chrome), as the build writes it. */
export const OFFSCREEN_PATH = 'src/offscreen/offscreen.html';

/** Chrome's offscreen API (chrome.offscreen, Chrome 109+; the polyfill does not wrap it). https://developer.chrome.com/docs/extensions/reference/api/offscreen */
interface OffscreenApi {
  createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void>;
  hasDocument?(): Promise<boolean>;
}

/**
 * Where the OCR engine runs, off every page's main thread: Chrome's service worker cannot run
 * WebAssembly threads or decode images on a canvas, so there it is an offscreen document (made
 * on the first reading, kept while the worker lives); Firefox's background page is a document
 * itself and runs the engine, loaded the first time a page is read.
 */
export function createReadImage(): ReadImage {
  const offscreen = (globalThis as { chrome?: { offscreen?: OffscreenApi } }).chrome?.offscreen;
  if (!offscreen) return async (src) => (await import('../ocr/ocr-engine')).readPageImage(src);
  let ready: Promise<void> | null = null;
  const ensureDocument = () => {
    ready ??= (async () => {
      if (await offscreen.hasDocument?.()) return;
      await offscreen.createDocument({
        url: OFFSCREEN_PATH,
        reasons: ['WORKERS'],
        justification: 'Reads the text of page images the reader asked for (OCR in WebAssembly).',
      });
    })().catch((error: unknown) => {
      ready = null;
      throw error;
    });
    return ready;
  };
  return async (src) => {
    await ensureDocument();
    const request: OffscreenRequest = { target: 'offscreen', type: 'ocr/read', src };
    return unwrap<OcrReading>(await browser.runtime.sendMessage(request));
  };
}
