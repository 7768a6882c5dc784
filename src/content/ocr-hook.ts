/**
 * The content script's small, always-loaded end of OCR: which drawn pages the page has shown,
 * and the door to the OCR code (src/content/ocr-page-images.ts, a part run by the background: content-parts.ts),
 * which loads only when the reader asks for a reading (the notice's button, the popup) or revisits a document read before.
 */
import type { SiteProfile } from '../core/sites/site-profile';
import type { OcrClipFields, OcrPageImages } from './ocr-page-images';
import { shownPages, type HasDrawnText } from './shown-pages';
import type { Figure } from '../core/types';
import { OCR_LAYER_ATTRIBUTE } from './text-layer-marks';
import { figureAt, type PageAnalysis } from './page-analysis';
import { rangesFor } from './text-ranges';

export { shownPages };
import { loadPart } from './content-parts';
import { requestPart } from './request-part';

/** Calls `then` once, when the next page image of the document has loaded (capture: load events do not bubble). */
export function onNextPageImage(doc: Document, profile: SiteProfile, then: () => void): void {
  const listener = (event: Event) => {
    if (!(event.target instanceof HTMLImageElement) || !shownPages(doc, profile, () => true).some((s) => s.el === event.target)) return;
    doc.removeEventListener('load', listener, true);
    then();
  };
  doc.addEventListener('load', listener, true);
}

let loaded: Promise<OcrPageImages> | null = null;
let instance: OcrPageImages | null = null;

/**
 * Reads the drawn pages shown (loading the OCR code first); returns how many were queued. From
 * then on, each page image the site loads later (as the reader scrolls) is read once it is
 * shown. `cachedOnly`: a revisit, with no gesture of the reader — pages read off the screen are
 * laid only from the cache (the browser allows a screenshot only after the reader's gesture).
 */
export async function readPageImages(doc: Document, profile: SiteProfile, hasDrawnText: HasDrawnText, say: (text: string) => void, options: { cachedOnly?: boolean } = {}): Promise<number> {
  loaded ??= loadPart('ocr-page-images', requestPart).then(({ OcrPageImages }) => {
    instance = new OcrPageImages(doc, say, hasDrawnText);
    doc.addEventListener(
      'load',
      (event) => {
        if (event.target instanceof HTMLImageElement && instance) instance.readShown(shownPages(doc, profile, hasDrawnText).filter((s) => s.via === 'url'));
      },
      true,
    );
    return instance;
  });
  return (await loaded).readShown(shownPages(doc, profile, hasDrawnText), options);
}

/** The OCR fields of a clip of `range` (null when no OCR text is in it, or OCR never ran). */
export function ocrClipFields(range: Range): OcrClipFields | null {
  return instance?.describeRange(range) ?? null;
}

/** The last figure a tip was made for (of which analysis), and the tip: a pointer resting on a figure asks at every frame it moves. */
let lastTip: { analysis: PageAnalysis; figure: Figure; tip: HTMLElement[] | null } | null = null;

/**
 * What the tip of the figure at text point (node, offset) shows of its OCR reading (its
 * confidence and the image crop); null when no figure of the page's `analysis` (asked for only
 * on an OCR layer) is there, when it was not read by OCR, or when OCR never ran. The page's
 * analysis, not the painted highlights: a Firefox content script cannot walk the page's
 * Highlight objects (Xrays wrap no iterators, and a callback of ours is not let in).
 */
export function ocrFigureTipAt(node: Node, offset: number, analysis: () => PageAnalysis | null): HTMLElement[] | null {
  if (!instance || !node.parentElement?.closest(`[${OCR_LAYER_ATTRIBUTE}]`)) return null;
  const page = analysis();
  const i = page?.index.get(node);
  if (!page || i === undefined) return null;
  const figure = figureAt(page.figures, page.map.segments[i]!.start + offset);
  if (!figure) return null;
  if (lastTip?.analysis !== page || lastTip.figure !== figure) {
    const [range] = rangesFor(node.ownerDocument!, page.map, [figure]);
    lastTip = { analysis: page, figure, tip: range ? instance.figureTip(range) : null };
  }
  return lastTip.tip;
}

/** Pages read by OCR on this page so far. */
export function ocrPagesRead(): number {
  return instance?.read ?? 0;
}

/** Removes the OCR layers (DocClip turned off on the page). */
export function clearOcrLayers(): void {
  lastTip = null;
  instance?.clear();
}
