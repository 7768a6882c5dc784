import type { SiteProfile } from '../core/sites/site-profile';
import type { ShownPage } from './ocr-page-images';

/** Whether DocClip has the text the page drew on a canvas (then it lays that, no OCR). */
export type HasDrawnText = (canvas: HTMLCanvasElement) => boolean;

/**
 * The drawn pages of the document that the page has shown, for OCR: the profile's drawn-page
 * elements that are <img>s loaded and decoded (complete, with pixels) — read from their URL
 * when it is http(s), off the screen otherwise (a blob: or data: image the site made) — and the
 * <canvas>es with a bitmap whose text was not recorded (`hasDrawnText`), read off the screen.
 * They are numbered by their place among the page slots: the drawn-page elements not inside
 * another one (豆丁 matches both its `.scrollLoading` placeholders and the images put in them: a
 * page is the placeholder, drawn by its first image or canvas). A page not loaded yet keeps its
 * number. Images the site has not shown — lazy pages not loaded, withheld pages — are never
 * among them.
 */
export function shownPages(doc: Document, profile: SiteProfile, hasDrawnText: HasDrawnText): ShownPage[] {
  if (profile.drawnPageSelectors.length === 0) return [];
  let drawn: Element[];
  try {
    drawn = [...doc.querySelectorAll(profile.drawnPageSelectors.join(','))];
  } catch {
    return [];
  }
  const matched = new Set(drawn);
  const insideAnother = (el: Element) => {
    for (let up = el.parentElement; up; up = up.parentElement) if (matched.has(up)) return true;
    return false;
  };
  const slots = drawn.filter((el) => !insideAnother(el));
  return slots.flatMap((slot, i): ShownPage[] => {
    const el = isDrawing(slot) ? slot : drawn.find((d) => isDrawing(d) && slot.contains(d));
    if (el instanceof HTMLImageElement && el.complete && el.naturalWidth > 0) return [{ el, page: i + 1, via: /^https?:/.test(el.currentSrc) ? 'url' : 'screen' }];
    if (el instanceof HTMLCanvasElement && el.width > 0 && el.height > 0 && !hasDrawnText(el)) return [{ el, page: i + 1, via: 'screen' }];
    return [];
  });
}

function isDrawing(el: Element): el is HTMLImageElement | HTMLCanvasElement {
  return el instanceof HTMLImageElement || el instanceof HTMLCanvasElement;
}
