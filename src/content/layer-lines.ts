import { groupParagraphs } from '../core/canvas-text/paragraphs';
import type { TextLine } from '../core/canvas-text/reading-order';

/**
 * A line of a layer: an element whose tag is no block of the text map's (src/core/dom/text-map.ts),
 * so that the lines of one paragraph read as one run of text and a figure wrapped over two
 * lines is found whole; each paragraph is a block (a `div`) around its lines.
 */
const LINE_TAG = 'docclip-line';
/** The font size characters are measured at (their advance scales with the size). */
const MEASURE_SIZE = 100;
/**
 * Characters a CJK font sets one em wide (ideographs, kana, hangul, CJK and full-width
 * punctuation): their advance is known without measuring. Measuring a character costs a font
 * fallback and a glyph load per font size the first time (≈ 0.1–0.3 ms for an ideograph in
 * Chromium, measured), which for a page of 1,000 distinct ideographs was most of laying its layer.
 */
const FULL_WIDTH = /[\u2E80-\u303F\u3040-\u30FF\u3100-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFE30-\uFE4F\uFF01-\uFF60\uFFE0-\uFFE6]/;
/** The span's font size for a line box of height h: the font box is about 1.15 em high. */
const EM_PER_BOX = 1 / 1.15;

/**
 * The lines of DocClip's text layers (over canvases, canvas-text-layer.ts, and over page images
 * read by OCR, image-text-layer.ts), in the layer's pixels: a block (`div`) per paragraph
 * (groupParagraphs), in it an element per line at the line's top, and an absolutely placed span
 * per piece stretched to the piece's drawn width. Keeps what it measured for the next layers.
 */
export class LayerLines {
  private readonly measure: CanvasRenderingContext2D | null;
  /** The font DocClip's measuring canvas is set to. */
  private measureFont = '';
  /** Advance of each character (not full-width) met so far at MEASURE_SIZE px in the layer's font. */
  private readonly advances = new Map<string, number>();
  /** Whether each page font met so far is a CSS font shorthand. */
  private readonly fonts = new Map<string, boolean>();

  constructor(private readonly doc: Document) {
    this.measure = doc.createElement('canvas').getContext('2d');
  }

  /** The paragraphs of `lines` (a layer `width` pixels wide), ready to go into the layer. */
  paragraphs(lines: TextLine[], width: number): HTMLElement[] {
    return groupParagraphs(lines, width).map(({ lines: inParagraph, joins }) => {
      const paragraph = this.doc.createElement('div');
      inParagraph.forEach((line, i) => {
        if (i > 0 && joins[i - 1]) paragraph.append(joins[i - 1]!);
        paragraph.append(this.line(line));
      });
      return paragraph;
    });
  }

  private line(line: TextLine): HTMLElement {
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
    let valid = this.fonts.get(font);
    if (valid === undefined) this.fonts.set(font, (valid = span.style.font !== ''));
    return valid;
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
}
