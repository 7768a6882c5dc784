import { drawnBox, type DrawnText } from '../core/canvas-text/drawn-text';
import { readingOrder } from '../core/canvas-text/reading-order';
import type { CanvasText } from './canvas-text-source';
import { LayerLines } from './layer-lines';

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
/**
 * Transparent, selectable text laid over canvases, as pdf.js lays its text layer over a PDF
 * page: a layer per canvas, the canvas's next sibling, sized in canvas pixels and scaled to the
 * canvas's CSS box (CSS px = canvas px × clientWidth / canvas.width), a block per line and an
 * absolutely placed span per piece, stretched to the piece's drawn width. The layer moves with
 * the canvas when the page scrolls (a sibling in the same box) and is placed again when the
 * canvas or the window is resized.
 */
export class CanvasTextLayers {
  private readonly layers = new Map<HTMLCanvasElement, { layer: HTMLElement; key: string; width: number; height: number }>();
  private readonly resizes: ResizeObserver;
  private readonly lines: LayerLines;
  private readonly onWindowResize = () => this.place();

  constructor(private readonly doc: Document) {
    const view = doc.defaultView!;
    // A resize places only the canvases it reports (each observed canvas is reported once when observed).
    this.resizes = new view.ResizeObserver((entries) => this.place(entries.map((e) => e.target as HTMLCanvasElement)));
    this.lines = new LayerLines(doc);
    view.addEventListener('resize', this.onWindowResize);
  }

  /** Lays (or lays again) the layers of the canvases whose text changed. */
  update(changed: CanvasText[]): void {
    const laid: HTMLCanvasElement[] = [];
    for (const { canvas, records, width, height } of changed) {
      const boxes = records.map(drawnBox).filter((b): b is DrawnText => b !== null);
      const lines = readingOrder(boxes);
      const key = JSON.stringify(lines);
      const current = this.layers.get(canvas);
      if (current && current.key === key && current.width === width && current.height === height && current.layer.isConnected) continue;
      if (lines.length === 0 || !canvas.isConnected || !canvas.parentNode) {
        if (current) this.remove(canvas);
        continue;
      }
      const layer = current?.layer ?? this.doc.createElement('div');
      layer.setAttribute(TEXT_LAYER_ATTRIBUTE, '');
      layer.style.width = `${width}px`;
      layer.style.height = `${height}px`;
      layer.replaceChildren(...this.lines.paragraphs(lines, width));
      if (layer.previousSibling !== canvas) canvas.after(layer);
      if (!current) this.resizes.observe(canvas);
      this.layers.set(canvas, { layer, key, width, height });
      laid.push(canvas);
    }
    // Only the layers laid now: the others have not moved (a layer is out of the page's flow).
    if (laid.length > 0) this.place(laid);
  }

  /** The layers now on the page. */
  all(): HTMLElement[] {
    return [...this.layers.values()].map((l) => l.layer);
  }

  /** Removes every layer. */
  clear(): void {
    for (const canvas of [...this.layers.keys()]) this.remove(canvas);
  }

  disconnect(): void {
    this.clear();
    this.resizes.disconnect();
    this.doc.defaultView?.removeEventListener('resize', this.onWindowResize);
  }

  private remove(canvas: HTMLCanvasElement): void {
    this.layers.get(canvas)?.layer.remove();
    this.layers.delete(canvas);
    this.resizes.unobserve(canvas);
  }

  /**
   * Places the layers of `canvases` (all layers when not given) over their canvases' content
   * boxes: all writes, then all reads, then all writes (two layouts).
   */
  private place(canvases?: Iterable<HTMLCanvasElement>): void {
    const wanted = canvases ? [...new Set(canvases)].flatMap((c) => (this.layers.has(c) ? [[c, this.layers.get(c)!] as const] : [])) : [...this.layers.entries()];
    const entries = wanted.filter(([canvas, l]) => {
      if (canvas.isConnected && l.layer.isConnected) return true;
      this.remove(canvas);
      return false;
    });
    for (const [, { layer }] of entries) {
      layer.style.left = '0px';
      layer.style.top = '0px';
    }
    const placed = entries.map(([canvas, { layer, width, height }]) => {
      const box = canvas.getBoundingClientRect();
      const origin = layer.getBoundingClientRect();
      const shown = canvas.clientWidth > 0 && canvas.clientHeight > 0 && width > 0 && height > 0;
      const z = this.doc.defaultView!.getComputedStyle(canvas).zIndex;
      return {
        layer,
        shown,
        left: box.left + canvas.clientLeft - origin.left,
        top: box.top + canvas.clientTop - origin.top,
        scaleX: canvas.clientWidth / (width || 1),
        scaleY: canvas.clientHeight / (height || 1),
        z,
      };
    });
    for (const p of placed) {
      p.layer.style.display = p.shown ? '' : 'none';
      p.layer.style.left = `${p.left}px`;
      p.layer.style.top = `${p.top}px`;
      p.layer.style.transform = `scale(${p.scaleX}, ${p.scaleY})`;
      p.layer.style.zIndex = p.z === 'auto' ? '' : p.z;
    }
  }
}
