/**
 * The attributes of DocClip's text layers, and which layer a range is in: what the content
 * script itself needs of them. The layers are laid by parts loaded on first use — over canvases
 * by canvas-text-layer.ts, over page images by image-text-layer.ts (content-parts.ts).
 */

/** Marks DocClip's text layers (page.css styles them; their text is analysed like any page text). */
export const TEXT_LAYER_ATTRIBUTE = 'data-docclip-text-layer';
/**
 * Marks, besides TEXT_LAYER_ATTRIBUTE, an OCR layer over a page image (image-text-layer.ts); its
 * value is the state of the page's reading ('reading', 'done', 'failed'). Any other text layer
 * lies over a canvas.
 */
export const OCR_LAYER_ATTRIBUTE = 'data-docclip-ocr';

/**
 * Whether `range` holds text of a layer over a canvas (the text the page drew, recorded): a clip
 * of it records `source: "canvas"`. A range that only touches a layer's edge from the page's own
 * text does not count: its start or its end must be inside such a layer.
 */
export function inCanvasLayer(range: Range): boolean {
  return [range.startContainer, range.endContainer].some((node) => {
    const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
    const layer = element?.closest(`[${TEXT_LAYER_ATTRIBUTE}]`);
    return layer != null && !layer.hasAttribute(OCR_LAYER_ATTRIBUTE);
  });
}
