import { browser } from '../browser';
import type { ContentPart } from '../messages';
import canvasTextLayer from '../content/parts/canvas-text-layer.ts?script&iife';
import figuresPanel from '../content/parts/figures-panel.ts?script&iife';
import markFallback from '../content/parts/mark-fallback.ts?script&iife';
import ocrPageImages from '../content/parts/ocr-page-images.ts?script&iife';

/** Each part's built file (a classic script of its own: src/content/content-parts.ts). */
const PART_FILES: Record<ContentPart, string> = {
  'canvas-text-layer': canvasTextLayer,
  'figures-panel': figuresPanel,
  'mark-fallback': markFallback,
  'ocr-page-images': ocrPageImages,
};

/**
 * Runs a part of the content script in one frame of a tab, in the content script's world
 * (ISOLATED, the default); resolves once it has run. At once, not at document_idle (the
 * default): a part asked for while the page is parsed (canvas-layers.ts) is wanted then. Needs the host permission of the tab's
 * page, or the activeTab grant a page got DocClip through: the content script runs there only
 * with one of them.
 */
export async function injectPart(part: ContentPart, tabId: number, frameId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [PART_FILES[part]], injectImmediately: true });
}
