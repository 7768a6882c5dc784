import * as v from 'valibot';

/**
 * The OCR part of the message catalogue (src/messages.ts takes the background requests in):
 *
 *   ocr/page    content script → background: the reading of page `page` of the sender's own
 *               document, from the loaded image at `src` (`width` × `height` pixels) → OcrPageReply;
 *               from the ocrPages cache when that image was read before.
 *   ocr/count   content script → background: how many pages of the sender's document are read → number
 *
 *   offscreen/ocr  background → Chrome's offscreen document (in its OffscreenRequest): reads the
 *               image at `src` → OcrReading
 *
 * The image is always one the page showed: the content script sends only the URLs of complete,
 * decoded page <img>s, and the engine reads it from the browser's cache where it can.
 */

const ImageUrlSchema = v.pipe(v.string(), v.maxLength(8_192), v.url(), v.check((s) => /^https?:/.test(s), 'only http(s) images are read'));
const PixelsSchema = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(20_000));

export const OcrBackgroundRequestSchemas = [
  v.strictObject({ type: v.literal('ocr/page'), page: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(100_000)), src: ImageUrlSchema, width: PixelsSchema, height: PixelsSchema }),
  v.strictObject({ type: v.literal('ocr/count') }),
] as const;

export const OcrOffscreenRequestSchema = v.strictObject({ type: v.literal('offscreen/ocr'), src: ImageUrlSchema });
