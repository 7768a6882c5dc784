import { imageKey } from '../core/ocr/ocr-reading';
import { cropOnPage, cropToPage, linesOnPage, pageCrop, pngSize, type CropToPage, type CssRect, type PixelRect, type ScreenPage } from '../core/ocr/screen-region';
import type { DocClipDatabase } from '../db/database';
import { putOcrPage } from '../db/ocr-pages-store';
import { cachedOcrPage, type OcrPageReply, type ReadImage } from './ocr-pages';

/** A screenshot of what tab `tabId` shows (a PNG data URL); throws when the browser does not allow it. */
export type CaptureTab = (tabId: number) => Promise<string>;

/** A page to read off the screen, as its content script sees it (ocr/screen-shot). */
export interface ScreenPageRequest {
  page: number;
  box: CssRect;
  viewport: CssRect;
  width: number;
  height: number;
  cachedOnly?: boolean;
}

/** The reading of the page from the cache; none (only the cache was asked); or a screenshot taken, to read with `token`. */
export type ScreenShotReply = { kind: 'cached'; reading: OcrPageReply } | { kind: 'none' } | { kind: 'shot'; token: string };

interface Shot {
  tabId: number;
  docId: string;
  page: number;
  key: string;
  src: string;
  crop: PixelRect;
  map: CropToPage;
  width: number;
  height: number;
  at: number;
}

/** How long a screenshot waits for its reading, and how many are kept at most (a few MB each). */
const SHOT_TTL_MS = 60_000;
const MAX_SHOTS = 4;

/** The key a page read off the screen is cached under: the screen and the page's own size (its URL, if any, may be a blob: URL of this visit only). */
export function screenKey(width: number, height: number): string {
  return imageKey('screen', width, height);
}

/**
 * Pages read off the screen, in two steps so that the content script can hide DocClip's own
 * labels only while the screenshot is taken, not while it is read: `shoot` answers from the
 * ocrPages cache or takes the screenshot and crops it to the visible part of the page; `read`
 * reads that crop with the engine, moves the lines onto the page's own pixels (the layer is laid
 * over the whole page as for an image, with text only where the page was visible), caches and
 * returns the reading. A screenshot is read only by the tab and document it was taken for.
 */
export class ScreenReads {
  private readonly shots = new Map<string, Shot>();

  constructor(private readonly capture: CaptureTab, private readonly now: () => number = Date.now) {}

  async shoot(db: DocClipDatabase, docId: string, tabId: number, request: ScreenPageRequest): Promise<ScreenShotReply> {
    const key = screenKey(request.width, request.height);
    const cached = await cachedOcrPage(db, docId, request.page, key);
    if (cached) return { kind: 'cached', reading: cached };
    if (request.cachedOnly) return { kind: 'none' };
    const page: ScreenPage = { box: request.box, width: request.width, height: request.height };
    const src = await this.capture(tabId);
    const shot = pngSize(src);
    const crop = pageCrop(page, request.viewport, shot);
    if (!crop) throw new Error(`page ${request.page} is not on the screen`);
    this.forgetOld();
    const token = crypto.randomUUID();
    this.shots.set(token, { tabId, docId, page: request.page, key, src, crop, map: cropToPage(crop, page, request.viewport, shot), width: request.width, height: request.height, at: this.now() });
    return { kind: 'shot', token };
  }

  async read(db: DocClipDatabase, readImage: ReadImage, docId: string, tabId: number, token: string): Promise<OcrPageReply> {
    const shot = this.shots.get(token);
    if (!shot || shot.tabId !== tabId || shot.docId !== docId) throw new Error('the screenshot is gone (the browser restarted DocClip): read the page again');
    this.shots.delete(token);
    const reading = await readImage(shot.src, shot.crop);
    const region = roundRegion(cropOnPage(shot.crop, shot.map), shot.width, shot.height);
    const onPage = { ...reading, lines: linesOnPage(reading.lines, shot.map), width: shot.width, height: shot.height, region };
    // A page with no text on the screen (a canvas the reader has not drawn yet) is not kept: it is read again when asked.
    if (onPage.text.trim()) {
      try {
        await putOcrPage(db, { docId, page: shot.page, imageKey: shot.key, text: onPage.text, confidences: onPage.confidences, lines: onPage.lines, width: onPage.width, height: onPage.height, region, model: onPage.model, readAt: new Date(this.now()).toISOString() });
      } catch (error) {
        console.warn('DocClip: could not cache the OCR reading', error);
      }
    }
    return { ...onPage, page: shot.page, cached: false };
  }

  /** Screenshots waiting for their reading (for tests). */
  get waiting(): number {
    return this.shots.size;
  }

  private forgetOld(): void {
    const now = this.now();
    for (const [token, shot] of this.shots) if (now - shot.at > SHOT_TTL_MS) this.shots.delete(token);
    while (this.shots.size >= MAX_SHOTS) this.shots.delete(this.shots.keys().next().value!);
  }
}

function roundRegion(r: { left: number; top: number; right: number; bottom: number }, width: number, height: number) {
  return { left: Math.max(0, Math.round(r.left)), top: Math.max(0, Math.round(r.top)), right: Math.min(width, Math.round(r.right)), bottom: Math.min(height, Math.round(r.bottom)) };
}
