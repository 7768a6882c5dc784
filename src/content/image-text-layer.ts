import type { TextLine } from '../core/canvas-text/reading-order';
import { OCR_LAYER_ATTRIBUTE, TEXT_LAYER_ATTRIBUTE } from './text-layer-marks';
import { LayerLines } from './layer-lines';

/** The page number a layer's text was read from. */
export const OCR_PAGE_ATTRIBUTE = 'data-docclip-ocr-page';
/** The reading's state as the reader sees it (page.css shows it in the layer's corner). */
const LABEL_ATTRIBUTE = 'data-docclip-ocr-label';

export type OcrState = 'reading' | 'waiting' | 'done' | 'failed';

/** A drawn page OCR reads: a page image, or a canvas whose text was not recorded (read off the screen). */
export type DrawnPage = HTMLImageElement | HTMLCanvasElement;

/** A drawn page's own pixel size: an image's natural size, a canvas's bitmap. */
export function ownSize(el: DrawnPage): { width: number; height: number } {
  return el instanceof HTMLImageElement ? { width: el.naturalWidth, height: el.naturalHeight } : { width: el.width, height: el.height };
}

/**
 * Transparent, selectable text layers over page images (or canvases read off the screen), from
 * their OCR readings: a layer per <img> or <canvas>, its next sibling, sized in the image's pixels and scaled to the <img>'s CSS box, as
 * CanvasTextLayers lays them over canvases (the same line elements, the same page.css rules).
 * A layer shows the state of its page's reading in its corner until the text is laid.
 */
export class ImageTextLayers {
  private readonly layers = new Map<DrawnPage, { layer: HTMLElement; width: number; height: number }>();
  private readonly resizes: ResizeObserver;
  private readonly lines: LayerLines;
  private readonly onWindowResize = () => this.placeAll();

  constructor(private readonly doc: Document) {
    const view = doc.defaultView!;
    this.resizes = new view.ResizeObserver(() => this.placeAll());
    this.lines = new LayerLines(doc);
    view.addEventListener('resize', this.onWindowResize);
  }

  /** Shows the state of page `page`'s reading over `img` (a layer without text yet, or with the text laid before). */
  setState(img: DrawnPage, page: number, state: OcrState, label: string): HTMLElement {
    const layer = this.layerOf(img, page);
    layer.setAttribute(OCR_LAYER_ATTRIBUTE, state);
    if (label) layer.setAttribute(LABEL_ATTRIBUTE, label);
    else layer.removeAttribute(LABEL_ATTRIBUTE);
    return layer;
  }

  /** Lays the lines read from `img` (in pixels of a `width` × `height` image) and returns the layer. */
  lay(img: DrawnPage, page: number, lines: TextLine[], width: number, height: number): HTMLElement {
    const layer = this.layerOf(img, page);
    layer.style.width = `${width}px`;
    layer.style.height = `${height}px`;
    layer.replaceChildren(...this.lines.paragraphs(lines, width));
    this.layers.set(img, { layer, width, height });
    this.placeAll();
    return layer;
  }

  /** Removes the layer over `img`, if it has one. */
  remove(img: DrawnPage): void {
    this.layers.get(img)?.layer.remove();
    this.layers.delete(img);
    this.resizes.unobserve(img);
  }

  /** Removes every layer. */
  clear(): void {
    for (const img of [...this.layers.keys()]) {
      this.layers.get(img)?.layer.remove();
      this.resizes.unobserve(img);
    }
    this.layers.clear();
  }

  private layerOf(img: DrawnPage, page: number): HTMLElement {
    const current = this.layers.get(img);
    if (current?.layer.isConnected) return current.layer;
    const layer = this.doc.createElement('div');
    layer.setAttribute(TEXT_LAYER_ATTRIBUTE, '');
    layer.setAttribute(OCR_PAGE_ATTRIBUTE, String(page));
    const own = ownSize(img);
    const width = own.width || 1;
    const height = own.height || 1;
    layer.style.width = `${width}px`;
    layer.style.height = `${height}px`;
    img.after(layer);
    this.resizes.observe(img);
    this.layers.set(img, { layer, width, height });
    this.placeAll();
    return layer;
  }

  /** Places every layer over its image's content box: all writes, then all reads, then all writes. */
  private placeAll(): void {
    const entries = [...this.layers.entries()].filter(([img, l]) => img.isConnected && l.layer.isConnected);
    for (const [, { layer }] of entries) {
      layer.style.left = '0px';
      layer.style.top = '0px';
    }
    const placed = entries.map(([img, { layer, width, height }]) => {
      const box = img.getBoundingClientRect();
      const origin = layer.getBoundingClientRect();
      const scaleX = img.clientWidth / width;
      return {
        layer,
        shown: img.clientWidth > 0 && img.clientHeight > 0,
        left: box.left + img.clientLeft - origin.left,
        top: box.top + img.clientTop - origin.top,
        scaleX,
        scaleY: img.clientHeight / height,
      };
    });
    for (const p of placed) {
      p.layer.style.display = p.shown ? '' : 'none';
      p.layer.style.left = `${p.left}px`;
      p.layer.style.top = `${p.top}px`;
      p.layer.style.transform = `scale(${p.scaleX}, ${p.scaleY})`;
      // The state label keeps its size on screen whatever the image's scale.
      p.layer.style.setProperty('--docclip-ocr-label-size', `${(13 / (p.scaleX || 1)).toFixed(1)}px`);
    }
  }
}
