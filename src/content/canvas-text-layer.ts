import { drawnBox, type DrawnText } from '../core/canvas-text/drawn-text';
import { readingOrder, sameLines, type TextLine } from '../core/canvas-text/reading-order';
import type { CanvasText } from './canvas-text-source';
import { LayerLines } from './layer-lines';
import { TEXT_LAYER_ATTRIBUTE } from './text-layer-marks';

/**
 * Transparent, selectable text laid over canvases, as pdf.js lays its text layer over a PDF
 * page: a layer per canvas, the canvas's next sibling, sized in canvas pixels and scaled to the
 * canvas's CSS box (CSS px = canvas px × clientWidth / canvas.width), a block per line and an
 * absolutely placed span per piece, stretched to the piece's drawn width (layer-lines.ts). The layer moves with
 * the canvas when the page scrolls (a sibling in the same box) and is placed again when the
 * canvas or the window is resized.
 *
 * A part of the content script loaded on first use (parts/canvas-text-layer.ts), by
 * canvas-layers.ts: at the first drawing recorded, or at once on a site whose pages are canvases.
 */
export class CanvasTextLayers {
  private readonly layers = new Map<HTMLCanvasElement, { layer: HTMLElement; lines: TextLine[]; width: number; height: number }>();
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

  /**
   * Lays (or lays again) the layers of the canvases whose text changed. Nothing is read after
   * a line goes in: the new lines are laid out with the page's next frame, not forced here.
   */
  update(changed: CanvasText[]): void {
    const laying: Array<{ canvas: HTMLCanvasElement; layer: HTMLElement; lines: TextLine[]; width: number; height: number; isNew: boolean }> = [];
    for (const { canvas, records, width, height } of changed) {
      const boxes: DrawnText[] = [];
      for (const record of records) {
        const box = drawnBox(record);
        if (box) boxes.push(box);
      }
      const lines = readingOrder(boxes);
      const current = this.layers.get(canvas);
      if (current && current.width === width && current.height === height && current.layer.isConnected && sameLines(current.lines, lines)) continue;
      if (lines.length === 0 || !canvas.isConnected || !canvas.parentNode) {
        if (current) this.remove(canvas);
        continue;
      }
      const layer = current?.layer ?? this.doc.createElement('div');
      if (!current) {
        layer.setAttribute(TEXT_LAYER_ATTRIBUTE, '');
        layer.style.left = '0px';
        layer.style.top = '0px';
      }
      layer.style.width = `${width}px`;
      layer.style.height = `${height}px`;
      if (layer.previousSibling !== canvas) canvas.after(layer);
      laying.push({ canvas, layer, lines, width, height, isNew: !current });
    }
    if (laying.length === 0) return;
    // Only the layers laid again are placed here, before their new lines go in (the others have
    // not moved: a layer is out of the page's flow). A new layer is placed by the first report
    // of the canvas's ResizeObserver, which comes in the next frame after its layout and before
    // its paint: reading its box here would force a style and layout of the page in this task.
    const placed = laying.map((l) => (l.isNew ? null : this.measure(l.canvas, l.layer, l.width, l.height)));
    laying.forEach(({ canvas, layer, lines, width, height, isNew }, i) => {
      layer.replaceChildren(...this.lines.paragraphs(lines, width));
      const placement = placed[i];
      if (placement) this.write(placement);
      this.layers.set(canvas, { layer, lines, width, height });
      if (isNew) this.resizes.observe(canvas);
    });
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

  /** Places the layers of `canvases` (all layers when not given) over their canvases' content boxes: all reads, then all writes. */
  private place(canvases?: Iterable<HTMLCanvasElement>): void {
    const wanted = canvases ? [...new Set(canvases)].flatMap((c) => (this.layers.has(c) ? [[c, this.layers.get(c)!] as const] : [])) : [...this.layers.entries()];
    const entries = wanted.filter(([canvas, l]) => {
      if (canvas.isConnected && l.layer.isConnected) return true;
      this.remove(canvas);
      return false;
    });
    const placed = entries.map(([canvas, { layer, width, height }]) => this.measure(canvas, layer, width, height));
    for (const p of placed) this.write(p);
  }

  /**
   * Where `layer` goes over `canvas`'s content box (reads only). The layer's box, less the
   * offset it is placed at now, is where it would lie at left 0, top 0 (its transform scales
   * from its top left corner, which it leaves in place).
   */
  private measure(canvas: HTMLCanvasElement, layer: HTMLElement, width: number, height: number): Placement {
    const box = canvas.getBoundingClientRect();
    const hidden = layer.style.display === 'none';
    // A layer not displayed has no box: it is shown to be read (a layer hidden is rare: a canvas not shown).
    if (hidden) layer.style.display = '';
    const at = layer.getBoundingClientRect();
    const originLeft = at.left - (parseFloat(layer.style.left) || 0);
    const originTop = at.top - (parseFloat(layer.style.top) || 0);
    const shown = canvas.clientWidth > 0 && canvas.clientHeight > 0 && width > 0 && height > 0;
    const z = this.doc.defaultView!.getComputedStyle(canvas).zIndex;
    return {
      layer,
      shown,
      left: box.left + canvas.clientLeft - originLeft,
      top: box.top + canvas.clientTop - originTop,
      scaleX: canvas.clientWidth / (width || 1),
      scaleY: canvas.clientHeight / (height || 1),
      z,
    };
  }

  private write(p: Placement): void {
    p.layer.style.display = p.shown ? '' : 'none';
    p.layer.style.left = `${p.left}px`;
    p.layer.style.top = `${p.top}px`;
    p.layer.style.transform = `scale(${p.scaleX}, ${p.scaleY})`;
    p.layer.style.zIndex = p.z === 'auto' ? '' : p.z;
  }
}

interface Placement {
  layer: HTMLElement;
  shown: boolean;
  left: number;
  top: number;
  scaleX: number;
  scaleY: number;
  z: string;
}
