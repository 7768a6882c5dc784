import { drawnBox, type DrawnText } from '../core/canvas-text/drawn-text';
import { readingOrder, type TextLine } from '../core/canvas-text/reading-order';
import { groupParagraphs } from '../core/canvas-text/paragraphs';
import type { CanvasText } from './canvas-text-source';

/** Marks DocClip's text layers (page.css styles them; their text is analysed like any page text). */
export const TEXT_LAYER_ATTRIBUTE = 'data-docclip-text-layer';
/**
 * A line of a layer: an element whose tag is no block of the text map's (src/core/dom/text-map.ts),
 * so that the lines of one paragraph read as one run of text and a figure wrapped over two
 * lines is found whole; each paragraph is a block (a `div`) around its lines.
 */
const LINE_TAG = 'docclip-line';
/** The span's font size for a line box of height h: the font box is about 1.15 em high. */
const EM_PER_BOX = 1 / 1.15;

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
  private readonly measure: CanvasRenderingContext2D | null;
  private readonly onWindowResize = () => this.placeAll();

  constructor(private readonly doc: Document) {
    const view = doc.defaultView!;
    this.resizes = new view.ResizeObserver(() => this.placeAll());
    this.measure = doc.createElement('canvas').getContext('2d');
    view.addEventListener('resize', this.onWindowResize);
  }

  /** Lays (or lays again) the layers of the canvases whose text changed. */
  update(changed: CanvasText[]): void {
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
      layer.replaceChildren(...paragraphElements(this.doc, lines, width, this.measure));
      if (layer.previousSibling !== canvas) canvas.after(layer);
      if (!current) this.resizes.observe(canvas);
      this.layers.set(canvas, { layer, key, width, height });
    }
    this.placeAll();
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

  /** Places every layer over its canvas's content box: all writes, then all reads, then all writes (two layouts). */
  private placeAll(): void {
    const entries = [...this.layers.entries()].filter(([canvas, l]) => {
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

/**
 * The paragraphs of a text layer (groupParagraphs over lines `width` pixels wide): a block
 * (`div`) per paragraph around its lines and what joins them. Used by the OCR layers too.
 */
export function paragraphElements(doc: Document, lines: TextLine[], width: number, measure: CanvasRenderingContext2D | null): HTMLElement[] {
  return groupParagraphs(lines, width).map(({ lines: inParagraph, joins }) => {
    const paragraph = doc.createElement('div');
    inParagraph.forEach((line, i) => {
      if (i > 0 && joins[i - 1]) paragraph.append(joins[i - 1]!);
      paragraph.append(lineElement(doc, line, measure));
    });
    return paragraph;
  });
}

/**
 * A line of a text layer (in the layer's pixels): an element at the line's top and an absolutely
 * placed span per piece, its font sized to the line's height and stretched to the piece's width
 * (measured on `measure`, a canvas of DocClip's: no layout).
 */
function lineElement(doc: Document, line: TextLine, measure: CanvasRenderingContext2D | null): HTMLElement {
  const height = line.bottom - line.top;
  const fontSize = height * EM_PER_BOX;
  const div = doc.createElement(LINE_TAG);
  div.style.top = `${line.top}px`;
  div.style.height = `${height}px`;
  for (const item of line.items) {
    const span = doc.createElement('span');
    span.textContent = item.text;
    span.style.left = `${item.left}px`;
    span.style.fontSize = `${fontSize}px`;
    span.style.lineHeight = `${height}px`;
    const natural = naturalWidth(measure, item.text, fontSize);
    const target = item.right - item.left;
    if (natural > 0 && target > 0) span.style.transform = `scaleX(${(target / natural).toFixed(4)})`;
    div.append(span);
  }
  return div;
}

/** The span's width before it is stretched (its own font). */
function naturalWidth(measure: CanvasRenderingContext2D | null, text: string, fontSize: number): number {
  if (!measure) return 0;
  measure.font = `${fontSize}px sans-serif`;
  return measure.measureText(text).width;
}
