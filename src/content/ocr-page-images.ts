/**
 * OCR of the page images a drawn-document page has shown (原创力, 金锄头 …), loaded on first use
 * (src/content/ocr-hook.ts): each loaded page <img> is read by the extension's OCR engine (the
 * background answers from its ocrPages cache when the page was read before), page by page,
 * and gets a transparent, selectable text layer in reading order. A canvas without recorded text
 * is read from its own pixels when the page left them readable. A page whose pixels the
 * extension cannot have — a canvas a cross-origin image made unreadable, an image from a blob:
 * URL or from a host the extension may not fetch — is read off the screen instead
 * (tabs.captureVisibleTab): only its part the reader sees, once enough of it is shown, and its
 * label says so. Nothing is scrolled or fetched for it. The layers are page text: the
 * content script's watch of arrivals cleans and analyses them like any text that arrives, so
 * figures and targets are highlighted and selections are clipped. Each character keeps the
 * confidence it was read with, for the clip (`describeRange`), and each piece its place in the
 * image, for a figure's hover (`figureSourceOf`).
 */
import { browser, t } from './extension-api';
import type { OcrPageReply } from '../background/ocr-pages';
import type { ScreenShotReply } from '../background/ocr-screen';
import type { TextLine } from '../core/canvas-text/reading-order';
import { figureSource, type Box, type CoveredPiece, type FigureSource } from '../core/ocr/figure-source';
import { shownEnough, type CssRect, type ScreenPage } from '../core/ocr/screen-region';
import { unwrap } from '../messages';
import { errorText } from './error-text';
import { OCR_LAYER_ATTRIBUTE } from './text-layer-marks';
import { ImageTextLayers, OCR_PAGE_ATTRIBUTE, ownSize, type DrawnPage } from './image-text-layer';
import { ocrFigureTip } from './ocr-figure-tip';

/**
 * A drawn page the page has shown, its page number in the document, and where its pixels come
 * from: its image's URL; or without one (a canvas, a blob: image), the canvas's own pixels where
 * readable, else the screen.
 */
export interface ShownPage {
  el: DrawnPage;
  page: number;
  via: 'url' | 'screen';
}

/** Set on <html> while a screenshot is taken: page.css hides DocClip's notice and labels, so only the page is read. */
export const CAPTURING_ATTRIBUTE = 'data-docclip-capturing';
/** On a layer read off the screen: the part of the page read, in its pixels (left,top,right,bottom). */
export const SCREEN_REGION_ATTRIBUTE = 'data-docclip-ocr-screen';

/** What a clip made on OCR text records. */
export interface OcrClipFields {
  source: 'ocr';
  page: number;
  confidence: number;
}

/** Where a figure on an OCR layer came from (figureSource), and the image and reading size its boxes are in. */
export interface OcrFigureSource extends FigureSource {
  img: DrawnPage;
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
  /** Per layer: the page image or canvas it was read from and the reading's size. */
  private readonly readFrom = new WeakMap<Element, { img: DrawnPage; width: number; height: number }>();
  /** Pages read or being read (a page is asked for once per image; a failed one may be asked again). */
  private asked = new WeakMap<DrawnPage, string>();
  /** Pages to read off the screen once enough of them is shown. */
  private readonly waiting = new Map<DrawnPage, number>();
  private readonly onScreen: IntersectionObserver;
  /** Bumped by clear(): readings still under way then are not laid. */
  private generation = 0;
  private queue: Promise<void> = Promise.resolve();
  private pagesRead = 0;

  /**
   * `hasDrawnText`: whether the text a canvas drew was recorded — a canvas waiting to be read
   * off the screen that the reader then draws text on gets that text's layer instead, unread.
   */
  constructor(
    private readonly doc: Document,
    private readonly say: (text: string) => void,
    private readonly hasDrawnText: (canvas: HTMLCanvasElement) => boolean = () => false,
  ) {
    this.layers = new ImageTextLayers(doc);
    const view = doc.defaultView!;
    this.onScreen = new view.IntersectionObserver(() => this.readWaiting(), { threshold: Array.from({ length: 11 }, (_, i) => i / 10) });
    // A page in a tab the reader left waits; it is read when the tab is shown again.
    doc.addEventListener('visibilitychange', () => {
      if (!doc.hidden && this.waiting.size > 0) this.readWaiting();
    });
  }

  /** Pages read (or taken from the cache) so far on this page. */
  get read(): number {
    return this.pagesRead;
  }

  /**
   * Reads the pages in `shown` not asked for yet, in their order, one after the other; each
   * shows its state while it waits and is read. With `cachedOnly` (a revisit, no reader's
   * gesture), pages read off the screen are laid only from the cache. Returns how many were queued.
   */
  readShown(shown: ShownPage[], { cachedOnly = false } = {}): number {
    const fresh = shown.filter(({ el }) => this.asked.get(el) !== sourceOf(el));
    for (const { el, page } of fresh) {
      this.asked.set(el, sourceOf(el));
      this.layers.setState(el, page, 'reading', t('ocrQueued'));
    }
    const generation = this.generation;
    for (const shownPage of fresh) {
      this.queue = this.queue.then(() => {
        if (generation !== this.generation) return undefined;
        return shownPage.via === 'url' ? this.readOne(shownPage, generation, cachedOnly) : this.readCanvasOrScreen(shownPage, generation, cachedOnly);
      });
    }
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
    this.waiting.clear();
    this.onScreen.disconnect();
    this.asked = new WeakMap();
    this.pagesRead = 0;
  }

  private async readOne(shown: ShownPage, generation: number, cachedOnly: boolean): Promise<void> {
    const { el, page } = shown;
    if (!el.isConnected || !(el instanceof HTMLImageElement)) return;
    this.layers.setState(el, page, 'reading', t('ocrReading'));
    let reply: OcrPageReply;
    try {
      reply = unwrap<OcrPageReply>(await browser.runtime.sendMessage({ type: 'ocr/page', page, src: el.currentSrc, width: el.naturalWidth, height: el.naturalHeight }));
    } catch (error) {
      // The extension could not have the image's pixels (or not read them): the screen shows them.
      if (generation === this.generation) await this.readCanvasOrScreen(shown, generation, cachedOnly, error);
      return;
    }
    if (generation === this.generation) this.layReading(el, page, reply);
  }

  /**
   * Reads a page that has no URL to read (a canvas, a blob: image) or whose URL failed: from the
   * cache when it was read before; a canvas from its own pixels where the page left them
   * readable; else off the screen, when enough of it is shown, from a screenshot taken with
   * DocClip's own notice and labels hidden (the reading itself then runs while they are back);
   * a page not shown enough waits until it is. `before`: why its image could not be read from
   * its URL (said if the screen fails too).
   */
  private async readCanvasOrScreen({ el, page }: ShownPage, generation: number, cachedOnly: boolean, before?: unknown): Promise<void> {
    if (!el.isConnected) return;
    if (el instanceof HTMLCanvasElement && this.hasDrawnText(el)) {
      this.layers.remove(el);
      return;
    }
    const own = ownSize(el);
    const ask = (more: { cachedOnly: boolean }) =>
      browser.runtime.sendMessage({ type: 'ocr/screen-shot', page, box: contentBox(el), viewport: screenViewport(this.doc), width: own.width, height: own.height, ...more }).then(unwrap<ScreenShotReply>);
    try {
      const canvasSize = el instanceof HTMLCanvasElement ? { type: 'ocr/canvas', page, width: el.width, height: el.height } : null;
      const fromCanvas = canvasSize && unwrap<OcrPageReply | null>(await browser.runtime.sendMessage(canvasSize));
      if (generation !== this.generation) return;
      if (fromCanvas) return this.layReading(el, page, fromCanvas);
      const cached = await ask({ cachedOnly: true });
      if (generation !== this.generation) return;
      if (cached.kind === 'cached') return this.layReading(el, page, cached.reading);
      if (cachedOnly) {
        this.asked.delete(el);
        this.layers.setState(el, page, 'waiting', '');
        return;
      }
      // A canvas the page left readable is read from its own pixels: the whole page, no screenshot
      // (so no gesture). One made unreadable, or whose pixels hold no text (a WebGL canvas reads
      // back blank), is read off the screen.
      if (el instanceof HTMLCanvasElement && canvasSize) {
        const png = await canvasPng(el);
        if (generation !== this.generation) return;
        if (png) {
          this.layers.setState(el, page, 'reading', t('ocrReading'));
          const reply = unwrap<OcrPageReply>(await browser.runtime.sendMessage({ ...canvasSize, png }));
          if (generation !== this.generation) return;
          if (reply.text.trim()) return this.layReading(el, page, reply);
        }
      }
      if (!this.shownEnough(el)) {
        this.waitForScreen(el, page);
        return;
      }
      this.layers.setState(el, page, 'reading', t('ocrReading'));
      const shot = await this.withDocClipHidden(() => ask({ cachedOnly: false }));
      if (generation !== this.generation) return;
      if (shot.kind === 'cached') return this.layReading(el, page, shot.reading);
      if (shot.kind !== 'shot') throw new Error('no screenshot was taken');
      const reply = unwrap<OcrPageReply>(await browser.runtime.sendMessage({ type: 'ocr/screen-read', token: shot.token }));
      if (generation === this.generation) this.layReading(el, page, reply);
    } catch (error) {
      if (generation !== this.generation) return;
      this.asked.delete(el); // the reader may ask again (after the gesture the browser wants, say)
      const message = before === undefined ? errorText(error) : `${errorText(before)}; ${errorText(error)}`;
      this.layers.setState(el, page, 'failed', t('ocrFailed', message));
      this.say(t('ocrFailed', errorText(error)));
    }
  }

  private layReading(el: DrawnPage, page: number, reply: OcrPageReply): void {
    const layer = this.layers.lay(el, page, reply.lines, reply.width, reply.height);
    this.keepConfidences(layer, reply);
    this.readFrom.set(layer, { img: el, width: reply.width, height: reply.height });
    layer.setAttribute('data-docclip-ocr-from', reply.cached ? 'cache' : 'reading');
    if (reply.threads) layer.setAttribute('data-docclip-ocr-threads', String(reply.threads));
    const chars = String(reply.text.replace(/\s+/g, '').length);
    if (reply.region) {
      const { left, top, right, bottom } = reply.region;
      layer.setAttribute(SCREEN_REGION_ATTRIBUTE, `${left},${top},${right},${bottom}`);
    }
    this.layers.setState(el, page, 'done', reply.region ? t('ocrFromScreen', chars) : t('ocrDone', chars));
    // Nothing on the screen (a canvas not drawn yet): the reader may ask again once it is.
    if (reply.region && chars === '0') this.asked.delete(el);
    this.pagesRead++;
    setTimeout(() => this.layers.setState(el, page, 'done', ''), DONE_LABEL_MS);
  }

  private shownEnough(el: DrawnPage): boolean {
    const own = ownSize(el);
    const page: ScreenPage = { box: contentBox(el), width: own.width, height: own.height };
    return !this.doc.hidden && shownEnough(page, screenViewport(this.doc));
  }

  private waitForScreen(el: DrawnPage, page: number): void {
    this.asked.delete(el);
    this.waiting.set(el, page);
    this.layers.setState(el, page, 'waiting', t('ocrWaitingForScreen'));
    this.onScreen.observe(el);
  }

  /** Queues the waiting pages that are shown enough now. */
  private readWaiting(): void {
    const ready = [...this.waiting].filter(([el]) => !el.isConnected || this.shownEnough(el));
    for (const [el] of ready) {
      this.waiting.delete(el);
      this.onScreen.unobserve(el);
    }
    const shown = ready.filter(([el]) => el.isConnected).map(([el, page]): ShownPage => ({ el, page, via: 'screen' }));
    if (shown.length > 0) this.readShown(shown);
  }

  /** Runs `take` (the screenshot) with DocClip's notice and labels hidden, once the page has been painted without them. */
  private async withDocClipHidden<T>(take: () => Promise<T>): Promise<T> {
    const root = this.doc.documentElement;
    root.setAttribute(CAPTURING_ATTRIBUTE, '');
    try {
      await nextPaint(this.doc);
      return await take();
    } finally {
      root.removeAttribute(CAPTURING_ATTRIBUTE);
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

/**
 * The canvas's pixels as a PNG data URL (toBlob: encoded without a long task on the page's main
 * thread), or null when the canvas is tainted (toBlob throws a SecurityError). Nothing here makes
 * a context on the canvas, which would keep the page from making its own kind later.
 */
async function canvasPng(canvas: HTMLCanvasElement): Promise<string | null> {
  let blob: Blob | null;
  try {
    blob = await new Promise<Blob | null>((resolve, reject) => {
      try {
        canvas.toBlob(resolve, 'image/png');
      } catch (error) {
        reject(error);
      }
    });
  } catch (error) {
    if ((error as { name?: unknown } | null)?.name === 'SecurityError') return null;
    throw error;
  }
  if (!blob) throw new Error('the canvas could not be encoded');
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('the canvas could not be read'));
    reader.readAsDataURL(blob);
  });
}

/** What a page's pixels come from, as far as asking again goes: an image's URL; a canvas is itself. */
function sourceOf(el: DrawnPage): string {
  return el instanceof HTMLImageElement ? el.currentSrc : 'canvas';
}

/** The element's content box (where its pixels are drawn) in CSS px of the layout viewport. */
function contentBox(el: DrawnPage): CssRect {
  const box = el.getBoundingClientRect();
  return { left: box.left + el.clientLeft, top: box.top + el.clientTop, width: el.clientWidth, height: el.clientHeight };
}

/**
 * What the screenshot shows of the page, in CSS px of the layout viewport: the whole window
 * (innerWidth × innerHeight: a screenshot holds the scrollbars too), or under a pinch-zoom the
 * part of it the visual viewport shows.
 */
function screenViewport(doc: Document): CssRect {
  const view = doc.defaultView!;
  const visual = view.visualViewport;
  const scale = visual && visual.scale > 0 ? visual.scale : 1;
  return {
    left: visual && scale !== 1 ? visual.offsetLeft : 0,
    top: visual && scale !== 1 ? visual.offsetTop : 0,
    width: view.innerWidth / scale,
    height: view.innerHeight / scale,
  };
}

/** Resolves once a frame has been painted after now (two animation frames: the second starts after the first was committed). */
function nextPaint(doc: Document): Promise<void> {
  const view = doc.defaultView!;
  return new Promise((resolve) => view.requestAnimationFrame(() => view.requestAnimationFrame(() => resolve())));
}
