import { browser } from './extension-api';
import { unwrap, type ContentPart } from '../messages';
import { loadPart, type ContentParts } from './content-parts';

/** Asks the background to run a part of the content script in this frame (content-parts.ts); rejects with its error. */
export async function requestPart(part: ContentPart): Promise<void> {
  unwrap<null>(await browser.runtime.sendMessage({ type: 'part/load', part }));
}

/** The part of the text layers over canvases, loaded (canvas-layers.ts). */
export function loadCanvasLayers(): Promise<ContentParts['canvas-text-layer']> {
  return loadPart('canvas-text-layer', requestPart);
}
