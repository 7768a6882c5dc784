/**
 * OCR of the page images a drawn-document page has shown (原创力, 金锄头 …), loaded on first use
 * (src/content/ocr-hook.ts): each loaded page <img> is read by the extension's OCR engine (the
 * background answers from its ocrPages cache when the page was read before), page by page,
 * and gets a transparent, selectable text layer in reading order. The layers are page text: the
 * content script's watch of arrivals cleans and analyses them like any text that arrives, so
 * figures and targets are highlighted and selections are clipped. Each character keeps the
 * confidence it was read with, for the clip (`describeRange`).
 */
import { browser, t } from '../browser';
import type { OcrPageReply } from '../background/ocr-pages';
import type { TextLine } from '../core/canvas-text/reading-order';
import { unwrap } from '../messages';
import { errorText } from './error-text';
import { OCR_LAYER_ATTRIBUTE } from './canvas-text-layer';
import { ImageTextLayers, OCR_PAGE_ATTRIBUTE } from './image-text-layer';

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

/** How long a page's "read" label stays before only its text is left. */
const DONE_LABEL_MS = 4000;

export class OcrPageImages {
  private readonly layers: ImageTextLayers;
  /** Per text node of a layer: the confidence (0..1) of each of its UTF-16 units. */
  private readonly confidences = new WeakMap<Node, number[]>();
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
   * Gives each text node of the layer the confidences of its characters: the layer's pieces are
   * the reading's text in order (ocrText joins them, with line breaks between paragraphs), so
   * each piece is found in the text after the previous one.
   */
  private keepConfidences(layer: HTMLElement, reply: OcrPageReply): void {
    const nodes: Text[] = [];
    const walker = this.doc.createTreeWalker(layer, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
    const pieces = reply.lines.flatMap((line: TextLine) => line.items.map((item) => item.text));
    let cursor = 0;
    pieces.forEach((text, i) => {
      const node = nodes[i];
      if (!node || node.nodeValue !== text) return;
      const at = reply.text.indexOf(text, cursor);
      if (at < 0) return;
      cursor = at + text.length;
      this.confidences.set(node, reply.confidences.slice(at, at + text.length).map((c) => c / 1000));
    });
  }
}
