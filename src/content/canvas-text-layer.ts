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
/** The font size characters are measured at (their advance scales with the size). */
const MEASURE_SIZE = 100;
/**
 * Characters a CJK font sets one em wide (ideographs, kana, hangul, CJK and full-width
 * punctuation): their advance is known without measuring. Measuring a character costs a font
 * fallback and a glyph load per font size the first time (≈ 0.1–0.3 ms for an ideograph in
 * Chromium, measured), which for a page of 1,000 distinct ideographs was most of laying its layer.
 */
const FULL_WIDTH = /[\u2E80-\u303F\u3040-\u30FF\u3100-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFE30-\uFE4F\uFF01-\uFF60\uFFE0-\uFFE6]/;
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
  /** The font DocClip's measuring canvas is set to. */
  private measureFont = '';
  /** Advance of each character (not full-width) met so far at MEASURE_SIZE px in the layer's font. */
  private readonly advances = new Map<string, number>();
  private readonly onWindowResize = () => this.place();

  constructor(private readonly doc: Document) {
    const view = doc.defaultView!;
    // A resize places only the canvases it reports (each observed canvas is reported once when observed).
    this.resizes = new view.ResizeObserver((entries) => this.place(entries.map((e) => e.target as HTMLCanvasElement)));
    this.measure = doc.createElement('canvas').getContext('2d');
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
      layer.replaceChildren(
        ...groupParagraphs(lines, width).map(({ lines: inParagraph, joins }) => {
          const paragraph = this.doc.createElement('div');
          inParagraph.forEach((line, i) => {
            if (i > 0 && joins[i - 1]) paragraph.append(joins[i - 1]!);
            paragraph.append(this.lineElement(line));
          });
          return paragraph;
        }),
      );
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

  private lineElement(line: TextLine): HTMLElement {
    const height = line.bottom - line.top;
    const fontSize = height * EM_PER_BOX;
    const element = this.doc.createElement(LINE_TAG);
    element.style.top = `${line.top}px`;
    element.style.height = `${height}px`;
    for (const item of line.items) {
      const span = this.doc.createElement('span');
      span.textContent = item.text;
      span.style.left = `${item.left}px`;
      const target = item.right - item.left;
      if (item.font && item.scale && item.scale > 0 && this.pageFont(span, item.font)) {
        // The page's own font, at the size it drew in, scaled as its canvas was: laying the
        // span out finds the glyphs the page's drawing loaded (a size of DocClip's own would
        // load each character's glyph again, ≈ 0.1 ms an ideograph). Its font box fills the line.
        span.style.lineHeight = `${height / item.scale}px`;
        const natural = this.measuredWidth(item.text, item.font);
        if (natural > 0 && target > 0) span.style.transform = `scale(${(target / natural).toFixed(4)}, ${item.scale.toFixed(4)})`;
      } else {
        span.style.fontSize = `${fontSize}px`;
        span.style.lineHeight = `${height}px`;
        const natural = this.naturalWidth(item.text, fontSize);
        if (natural > 0 && target > 0) span.style.transform = `scaleX(${(target / natural).toFixed(4)})`;
      }
      element.append(span);
    }
    return element;
  }

  /** Sets the span's font to the page's `font` (a CSS font shorthand); false when it is not one. */
  private pageFont(span: HTMLElement, font: string): boolean {
    span.style.font = font;
    return span.style.font !== '';
  }

  /** The width of `text` in `font`, measured on DocClip's canvas (the page's glyphs: cheap). */
  private measuredWidth(text: string, font: string): number {
    if (!this.measure) return 0;
    this.useFont(font);
    return this.measure.measureText(text).width;
  }

  private useFont(font: string): void {
    if (this.measureFont === font) return;
    this.measure!.font = font;
    this.measureFont = font;
  }

  /**
   * Where the page's font is not known: the span's width before it is stretched, in
   * DocClip's font (sans-serif, sized to the line's box): the sum of its characters'
   * advances — an em for a full-width character, else measured once on a canvas of DocClip's
   * (no layout). A sum of advances leaves out kerning, which moves a transparent span's ends by
   * a fraction of a pixel.
   */
  private naturalWidth(text: string, fontSize: number): number {
    if (!this.measure) return 0;
    let width = 0;
    for (const ch of text) {
      let advance = FULL_WIDTH.test(ch) ? MEASURE_SIZE : this.advances.get(ch);
      if (advance === undefined) {
        this.useFont(`${MEASURE_SIZE}px sans-serif`);
        advance = this.measure.measureText(ch).width;
        this.advances.set(ch, advance);
      }
      width += advance;
    }
    return (width * fontSize) / MEASURE_SIZE;
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
