import * as v from 'valibot';

/**
 * The OCR part of the message catalogue (src/messages.ts takes the background requests in):
 *
 *   ocr/page    content script → background: the reading of page `page` of the sender's own
 *               document, from the loaded image at `src` (`width` × `height` pixels) → OcrPageReply;
 *               from the ocrPages cache when that image was read before.
 *   ocr/screen-shot  content script → background: page `page` (its content box `box` in CSS px,
 *               `width` × `height` pixels of its own), whose pixels cannot be read otherwise, as
 *               the reader sees it in `viewport` → ScreenShotReply: the cached reading of the page
 *               when there is one; else (unless `cachedOnly`) a screenshot of the sender's tab is
 *               taken now (tabs.captureVisibleTab) and kept for ocr/screen-read under a token.
 *   ocr/screen-read  content script → background: reads the visible part of the page off the
 *               screenshot `token` → OcrPageReply (in the page's own pixels, with the region read).
 *   ocr/canvas  content script → background: page `page`, a canvas of `width` × `height` whose
 *               pixels the content script could read (not tainted), as a PNG `png` → OcrPageReply
 *               (the whole page); without `png`, only from the cache → OcrPageReply or null.
 *   ocr/count   content script → background: how many pages of the sender's document are read → number
 *
 *   offscreen/ocr  background → Chrome's offscreen document (in its OffscreenRequest): reads the
 *               image at `src` (the part `crop` of it, when given) → OcrReading
 *
 * The image is always one the page showed: the content script sends only the URLs of complete,
 * decoded page <img>s, and the engine reads it from the browser's cache where it can; a
 * screenshot is of what the reader sees in the tab, and the content script hides DocClip's own
 * labels and notice while it is taken.
 */

const ImageUrlSchema = v.pipe(v.string(), v.maxLength(8_192), v.url(), v.check((s) => /^https?:/.test(s), 'only http(s) images are read'));
/** A screenshot (captureVisibleTab's PNG) or a canvas's pixels as a PNG: up to 200 MB of data URL. */
const ScreenshotSchema = v.pipe(v.string(), v.startsWith('data:image/png;base64,'), v.maxLength(200_000_000));
const PixelsSchema = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(20_000));
const PageNumberSchema = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(100_000));
const CssLengthSchema = v.pipe(v.number(), v.finite(), v.minValue(-1_000_000), v.maxValue(1_000_000));
const CssRectSchema = v.strictObject({ left: CssLengthSchema, top: CssLengthSchema, width: v.pipe(CssLengthSchema, v.minValue(0)), height: v.pipe(CssLengthSchema, v.minValue(0)) });
const PixelRectSchema = v.strictObject({
  x: v.pipe(v.number(), v.integer(), v.minValue(0)),
  y: v.pipe(v.number(), v.integer(), v.minValue(0)),
  width: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(50_000)),
  height: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(50_000)),
});
export const ShotTokenSchema = v.pipe(v.string(), v.uuid());

export const OcrBackgroundRequestSchemas = [
  v.strictObject({ type: v.literal('ocr/page'), page: PageNumberSchema, src: ImageUrlSchema, width: PixelsSchema, height: PixelsSchema }),
  v.strictObject({
    type: v.literal('ocr/screen-shot'),
    page: PageNumberSchema,
    box: CssRectSchema,
    viewport: CssRectSchema,
    width: PixelsSchema,
    height: PixelsSchema,
    cachedOnly: v.optional(v.boolean(), false),
  }),
  v.strictObject({ type: v.literal('ocr/screen-read'), token: ShotTokenSchema }),
  v.strictObject({ type: v.literal('ocr/canvas'), page: PageNumberSchema, width: PixelsSchema, height: PixelsSchema, png: v.optional(ScreenshotSchema) }),
  v.strictObject({ type: v.literal('ocr/count') }),
] as const;

export const OcrOffscreenRequestSchema = v.strictObject({ type: v.literal('offscreen/ocr'), src: v.union([ImageUrlSchema, ScreenshotSchema]), crop: v.optional(PixelRectSchema) });
