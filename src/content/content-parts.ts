/**
 * Parts of the content script loaded on first use, not with every page: the content script is
 * one classic script run at document_start, and what most pages never need stays out of it.
 *
 *   loadPart('figures-panel') ─► part/load (background) ─► scripting.executeScript(part's file,
 *     this frame, the content script's own world) ─► the part calls registerPart(name, exports)
 *     ─► loadPart resolves with those exports
 *
 * The parts are classic scripts of their own (src/content/parts/*.ts, each bundled whole), run
 * by the background rather than imported from extension URLs: nothing of DocClip is then a
 * web-accessible resource, which a site could probe to learn that DocClip is installed. A part
 * shares no module state with the content script: what it needs of the page's painter is handed
 * to it (figures-panel.ts `PanelHandlers.ranges`).
 */
import type * as CanvasTextLayerPart from './canvas-text-layer';
import type * as FiguresPanelPart from './figures-panel';
import type * as MarkFallbackPart from './mark-fallback';
import type * as OcrPageImagesPart from './ocr-page-images';
import type { ContentPart } from '../messages';

export interface ContentParts {
  'canvas-text-layer': typeof CanvasTextLayerPart;
  'figures-panel': typeof FiguresPanelPart;
  'mark-fallback': typeof MarkFallbackPart;
  'ocr-page-images': typeof OcrPageImagesPart;
}

/** Where the parts leave their exports: a global of the content script's world (isolated from the page's). */
interface PartShelf {
  __docclipParts?: Partial<ContentParts>;
}

/** Called by a part's script when it runs. */
export function registerPart<K extends ContentPart>(name: K, exports: ContentParts[K]): void {
  const shelf = globalThis as typeof globalThis & PartShelf;
  (shelf.__docclipParts ??= {})[name] = exports;
}

const loading = new Map<ContentPart, Promise<unknown>>();

/**
 * The part's exports, running its script first if it has not run in this frame. `run` asks the
 * background to run it (the `part/load` message); rejects with its error, or when the script ran
 * but did not register the part. A failed load is tried again on the next call.
 */
export function loadPart<K extends ContentPart>(name: K, run: (name: K) => Promise<void>): Promise<ContentParts[K]> {
  const shelf = globalThis as typeof globalThis & PartShelf;
  const loaded = shelf.__docclipParts?.[name];
  if (loaded) return Promise.resolve(loaded as ContentParts[K]);
  let promise = loading.get(name) as Promise<ContentParts[K]> | undefined;
  if (!promise) {
    promise = run(name).then(() => {
      const part = shelf.__docclipParts?.[name];
      if (!part) throw new Error(`DocClip: the part ${name} did not load`);
      return part as ContentParts[K];
    });
    promise.catch(() => loading.delete(name));
    loading.set(name, promise);
  }
  return promise;
}
