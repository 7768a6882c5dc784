/**
 * OCR of the page images a drawn-document page has shown (原创力, 金锄头 …), loaded on first use
 * (src/content/ocr-hook.ts): each loaded page <img> is read by the extension's OCR engine (the
 * background answers from its ocrPages cache when the page was read before), page by page,
 * and gets a transparent, selectable text layer in reading order. The layers are page text: the
 * content script's watch of arrivals cleans and analyses them like any text that arrives, so
 * figures and targets are highlighted and selections are clipped. Each character keeps the
 * confidence it was read with, for the clip (`describeRange`), and each piece its place in the
 * image, for a figure's hover (`figureSourceOf`).
 */
import { browser, t } from '../browser';
import type { OcrPageReply } from '../background/ocr-pages';
import type { TextLine } from '../core/canvas-text/reading-order';
import { figureSource, type Box, type CoveredPiece, type FigureSource } from '../core/ocr/figure-source';
import { unwrap } from '../messages';
import { errorText } from './error-text';
import { OCR_LAYER_ATTRIBUTE } from './canvas-text-layer';
import { ImageTextLayers, OCR_PAGE_ATTRIBUTE } from './image-text-layer';
import { ocrFigureTip } from './ocr-figure-tip';

/** A page image the page has shown, and its page number in the document. */
export interface ShownPageImage {
  img: HTMLImageElement;
  page: number;
}

/** What a clip made on OCR text records. */
export interface OcrClipFields {
  source: 'ocr';
  page: number;
  confidence: number;
}

/** Where a figure on an OCR layer came from (figureSource), and the image and reading size its boxes are in. */
export interface OcrFigureSource extends FigureSource {
  img: HTMLImageElement;
  /** The reading's pixel size (its boxes are in these pixels; the image may be decoded at another size). */
  width: number;
  height: number;
}

/** How long a page's "read" label stays before only its text is left. */
const DONE_LABEL_MS = 4000;

export class OcrPageImages {
  private readonly layers: ImageTextLayers;
  /** Per text node of a layer: the confidence (0..1) of each of its UTF-16 units. */
  private readonly confidences = new WeakMap<Node, number[]>();
  /** Per text node of a layer: its piece's box in the reading's pixels. */
  private readonly boxes = new WeakMap<Node, Box>();
  /** Per layer: the image it was read from and the reading's size. */
  private readonly readFrom = new WeakMap<Element, { img: HTMLImageElement; width: number; height: number }>();
  /** Images read or being read (a page is asked for once per image). */
  private asked = new WeakMap<HTMLImageElement, string>();
  /** Bumped by clear(): readings still under way then are not laid. */
  private generation = 0;
  private queue: Promise<void> = Promise.resolve();
  private pagesRead = 0;

  constructor(private readonly doc: Document, private readonly say: (text: string) => void) {
    this.layers = new ImageTextLayers(doc);
  }

  /** Pages read (or taken from the cache) so far on this page. */
  get read(): number {
    return this.pagesRead;
  }

  /**
   * Reads the images in `shown` not asked for yet, in their order, one after the other;
   * each shows its state while it waits and is read. Returns how many were queued.
   */
  readShown(shown: ShownPageImage[]): number {
    const fresh = shown.filter(({ img }) => this.asked.get(img) !== img.currentSrc);
    for (const { img, page } of fresh) {
      this.asked.set(img, img.currentSrc);
      this.layers.setState(img, page, 'reading', t('ocrQueued'));
    }
    const generation = this.generation;
    for (const image of fresh) this.queue = this.queue.then(() => (generation === this.generation ? this.readOne(image, generation) : undefined));
    return fresh.length;
  }

  /** The OCR fields of a clip of `range`: its page and the lowest confidence of its characters read by OCR; null when it holds none. */
  describeRange(range: Range): OcrClipFields | null {
    let page: number | null = null;
    let low = 1;
    for (const layer of this.doc.querySelectorAll(`[${OCR_LAYER_ATTRIBUTE}]`)) {
      if (!range.intersectsNode(layer)) continue;
      const walker = this.doc.createTreeWalker(layer, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const confidences = this.confidences.get(node);
        if (!confidences || !range.intersectsNode(node)) continue;
        const start = node === range.startContainer ? range.startOffset : 0;
        const end = node === range.endContainer ? range.endOffset : (node.nodeValue ?? '').length;
        for (let i = start; i < end; i++) low = Math.min(low, confidences[i] ?? 1);
        page ??= Number(layer.getAttribute(OCR_PAGE_ATTRIBUTE));
      }
    }
    return page === null ? null : { source: 'ocr', page, confidence: Math.round(low * 1000) / 1000 };
  }

  /**
   * Where the text of `range` (a figure's) was read: its confidence per line and the crop of the
   * image around it; null when it lies on no OCR layer. The crop is drawn from the <img> the page
   * shows, which was read: nothing is fetched for it.
   */
  figureSourceOf(range: Range): OcrFigureSource | null {
    const element = range.startContainer.nodeType === 1 ? (range.startContainer as Element) : range.startContainer.parentElement;
    const layer = element?.closest(`[${OCR_LAYER_ATTRIBUTE}]`);
    const from = layer && this.readFrom.get(layer);
    if (!layer || !from || !from.img.isConnected) return null;
    const pieces: CoveredPiece[] = [];
    const walker = this.doc.createTreeWalker(layer, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const confidences = this.confidences.get(node);
      const box = this.boxes.get(node);
      if (!confidences || !box || !range.intersectsNode(node)) continue;
      const length = (node.nodeValue ?? '').length;
      pieces.push({
        box,
        length,
        from: node === range.startContainer ? range.startOffset : 0,
        to: node === range.endContainer ? range.endOffset : length,
        confidences,
      });
    }
    const source = figureSource(pieces, from.width, from.height);
    return source && { ...source, ...from };
  }

  /** What the tip of the figure in `range` shows of its reading (ocr-figure-tip.ts); null when it was not read by OCR. */
  figureTip(range: Range): HTMLElement[] | null {
    const source = this.figureSourceOf(range);
    return source && ocrFigureTip(this.doc, source);
  }

  /** Removes the layers; the images are read (or taken from the cache) again when asked. */
  clear(): void {
    this.generation++;
    this.layers.clear();
    this.asked = new WeakMap();
    this.pagesRead = 0;
  }

  private async readOne({ img, page }: ShownPageImage, generation: number): Promise<void> {
    if (!img.isConnected) return;
    this.layers.setState(img, page, 'reading', t('ocrReading'));
    try {
      const reply = unwrap<OcrPageReply>(
        await browser.runtime.sendMessage({ type: 'ocr/page', page, src: img.currentSrc, width: img.naturalWidth, height: img.naturalHeight }),
      );
      if (generation !== this.generation) return;
      const layer = this.layers.lay(img, page, reply.lines, reply.width, reply.height);
      this.keepConfidences(layer, reply);
      this.readFrom.set(layer, { img, width: reply.width, height: reply.height });
      layer.setAttribute('data-docclip-ocr-from', reply.cached ? 'cache' : 'reading');
      if (reply.threads) layer.setAttribute('data-docclip-ocr-threads', String(reply.threads));
      this.layers.setState(img, page, 'done', t('ocrDone', String(reply.text.replace(/\s+/g, '').length)));
      this.pagesRead++;
      setTimeout(() => this.layers.setState(img, page, 'done', ''), DONE_LABEL_MS);
    } catch (error) {
      if (generation !== this.generation) return;
      const message = errorText(error);
      this.layers.setState(img, page, 'failed', t('ocrFailed', message));
      this.say(t('ocrFailed', message));
    }
  }

  /**
   * Gives each text node of the layer the confidences of its characters and its piece's box: the layer's pieces are
   * the reading's text in order (ocrText joins them, with line breaks between paragraphs), so
   * each piece is found in the text after the previous one.
   */
  private keepConfidences(layer: HTMLElement, reply: OcrPageReply): void {
    // A piece is a span's text (the spaces that join a paragraph's lines are text nodes between spans: not pieces).
    const nodes = [...layer.querySelectorAll('span')].map((span) => span.firstChild);
    const pieces = reply.lines.flatMap((line: TextLine) => line.items.map((item) => ({ text: item.text, box: { left: item.left, top: line.top, right: item.right, bottom: line.bottom } })));
    let cursor = 0;
    pieces.forEach(({ text, box }, i) => {
      const node = nodes[i];
      if (!node || node.nodeValue !== text) return;
      const at = reply.text.indexOf(text, cursor);
      if (at < 0) return;
      cursor = at + text.length;
      this.confidences.set(node, reply.confidences.slice(at, at + text.length).map((c) => c / 1000));
      this.boxes.set(node, box);
    });
  }
}
