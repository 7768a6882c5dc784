import type { TextLine } from '../canvas-text/reading-order';

/**
 * Reading a drawn page from the screen (tabs.captureVisibleTab) when its pixels cannot be had
 * otherwise — a canvas the page made unreadable by drawing a cross-origin image on it, an image
 * whose URL the extension cannot read (a blob: URL, a host outside its permissions): which part
 * of the screenshot is the page, and where the text read there lies on the page. Only the part of
 * the page that the reader sees is in the screenshot; nothing is scrolled to see more.
 */

/** A rectangle in CSS pixels of the page's layout viewport (getBoundingClientRect's coordinates). */
export interface CssRect {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** A rectangle in pixels of an image (integers), left/top inclusive. */
export interface PixelRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A drawn page on the screen: its content box (CSS px) and the size of its own pixels (a canvas's width × height, an image's natural size). */
export interface ScreenPage {
  box: CssRect;
  width: number;
  height: number;
}

/**
 * What the screenshot shows: the visual viewport in layout-viewport CSS px (visualViewport's
 * offsetLeft, offsetTop, width and height — the whole window when the reader has not pinch-zoomed).
 */
export type ScreenViewport = CssRect;

/** The part of `box` inside `viewport`, or null when none of it is (or it has no area). */
export function visiblePart(box: CssRect, viewport: ScreenViewport): CssRect | null {
  const left = Math.max(box.left, viewport.left);
  const top = Math.max(box.top, viewport.top);
  const right = Math.min(box.left + box.width, viewport.left + viewport.width);
  const bottom = Math.min(box.top + box.height, viewport.top + viewport.height);
  return right > left && bottom > top ? { left, top, width: right - left, height: bottom - top } : null;
}

/** The fraction (0..1) of the page's area that is on the screen. */
export function visibleFraction(page: ScreenPage, viewport: ScreenViewport): number {
  const part = visiblePart(page.box, viewport);
  const area = page.box.width * page.box.height;
  return part && area > 0 ? (part.width * part.height) / area : 0;
}

/** How much of a page must be on the screen before it is read from there: half of it, or half the screen for a page taller or wider than the screen. */
export const SHOWN_ENOUGH = 0.5;

/**
 * Whether enough of `page` is on the screen to read it from there: its visible part covers
 * SHOWN_ENOUGH of the page, or of the screen when the page could never fit on it.
 */
export function shownEnough(page: ScreenPage, viewport: ScreenViewport): boolean {
  const part = visiblePart(page.box, viewport);
  if (!part) return false;
  const most = Math.min(page.box.width, viewport.width) * Math.min(page.box.height, viewport.height);
  return most > 0 && (part.width * part.height) / most >= SHOWN_ENOUGH;
}

/**
 * Screenshot pixels per CSS pixel, across and down: a screenshot is taken in device pixels, the
 * viewport's CSS size × devicePixelRatio (which includes the browser's zoom), and a pinch-zoom
 * shows fewer CSS px in the same pixels. Measured from the screenshot itself, so a ratio the
 * page misreports does not shift the crop.
 */
export function shotScale(viewport: ScreenViewport, shot: { width: number; height: number }): { x: number; y: number } {
  if (!(viewport.width > 0 && viewport.height > 0)) throw new Error(`the viewport has no size (${viewport.width} × ${viewport.height})`);
  return { x: shot.width / viewport.width, y: shot.height / viewport.height };
}

/**
 * The screenshot's pixels that show the visible part of `page`: whole pixels that the part
 * covers at least partly, within the screenshot; null when none of the page is on the screen.
 */
export function pageCrop(page: ScreenPage, viewport: ScreenViewport, shot: { width: number; height: number }): PixelRect | null {
  const part = visiblePart(page.box, viewport);
  if (!part) return null;
  const scale = shotScale(viewport, shot);
  // A hair of rounding noise (CSS px × a ratio like 1.5) must not add a whole pixel row.
  const x0 = Math.max(0, Math.floor((part.left - viewport.left) * scale.x + 1e-6));
  const y0 = Math.max(0, Math.floor((part.top - viewport.top) * scale.y + 1e-6));
  const x1 = Math.min(shot.width, Math.ceil((part.left + part.width - viewport.left) * scale.x - 1e-6));
  const y1 = Math.min(shot.height, Math.ceil((part.top + part.height - viewport.top) * scale.y - 1e-6));
  return x1 > x0 && y1 > y0 ? { x: x0, y: y0, width: x1 - x0, height: y1 - y0 } : null;
}

/** A map from pixels of the crop to the page's own pixels: page = a × crop + b, across and down. */
export interface CropToPage {
  ax: number;
  bx: number;
  ay: number;
  by: number;
}

/** How pixels of `crop` (of a screenshot `shot` of `viewport`) lie on `page`'s own pixels. */
export function cropToPage(crop: PixelRect, page: ScreenPage, viewport: ScreenViewport, shot: { width: number; height: number }): CropToPage {
  if (!(page.box.width > 0 && page.box.height > 0)) throw new Error(`the page has no size on the screen (${page.box.width} × ${page.box.height})`);
  const scale = shotScale(viewport, shot);
  const perCssX = page.width / page.box.width;
  const perCssY = page.height / page.box.height;
  return {
    ax: perCssX / scale.x,
    bx: (crop.x / scale.x + viewport.left - page.box.left) * perCssX,
    ay: perCssY / scale.y,
    by: (crop.y / scale.y + viewport.top - page.box.top) * perCssY,
  };
}

/** The part of the page's own pixels that `crop` shows (what a layer over the page covers with text). */
export function cropOnPage(crop: PixelRect, map: CropToPage): { left: number; top: number; right: number; bottom: number } {
  return { left: map.bx, top: map.by, right: map.ax * crop.width + map.bx, bottom: map.ay * crop.height + map.by };
}

/** Lines read off a crop, moved to the page's own pixels (a layer over the page lays them as it lays a reading of the whole page). */
export function linesOnPage(lines: TextLine[], map: CropToPage): TextLine[] {
  const x = (v: number) => round2(map.ax * v + map.bx);
  const y = (v: number) => round2(map.ay * v + map.by);
  return lines.map((line) => ({
    top: y(line.top),
    bottom: y(line.bottom),
    items: line.items.map((item) => ({ ...item, left: x(item.left), right: x(item.right) })),
  }));
}

function round2(v: number): number {
  return Math.round(v * 100) / 100;
}

/**
 * The pixel size of a PNG from a `data:image/png;base64,` URL (what captureVisibleTab returns):
 * its IHDR chunk, the first after the 8-byte signature. Throws on anything else.
 */
export function pngSize(dataUrl: string): { width: number; height: number } {
  const prefix = 'data:image/png;base64,';
  if (!dataUrl.startsWith(prefix)) throw new Error('the screenshot is not a PNG data URL');
  const head = decodeBase64(dataUrl.slice(prefix.length, prefix.length + 32));
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (head.length < 24 || signature.some((b, i) => head[i] !== b) || String.fromCharCode(...head.slice(12, 16)) !== 'IHDR') {
    throw new Error('the screenshot is not a PNG image');
  }
  const u32 = (at: number) => ((head[at]! << 24) | (head[at + 1]! << 16) | (head[at + 2]! << 8) | head[at + 3]!) >>> 0;
  const width = u32(16);
  const height = u32(20);
  if (width === 0 || height === 0) throw new Error('the screenshot has no pixels');
  return { width, height };
}

function decodeBase64(text: string): number[] {
  const binary = atob(text.slice(0, text.length - (text.length % 4)));
  return Array.from(binary, (c) => c.charCodeAt(0));
}
