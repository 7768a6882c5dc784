import type { SiteProfile } from '../sites/site-profile';

/**
 * Below this many characters in the document area, a page with drawn pages has no text to work on
 * (a page number or a watermark may remain; a text layer over canvas, as 淘豆网 has, is far more).
 */
const DRAWN_TEXT_THRESHOLD = 100;

/**
 * True when the document is drawn as canvas or images (百度文库 new reader, 道客巴巴, 豆丁 …): the profile
 * names drawn-page elements, they are present, and the document area holds little text.
 */
export function isDrawnPage(doc: Document, profile: SiteProfile): boolean {
  if (profile.drawnPageSelectors.length === 0) return false;
  let drawn: Element | null = null;
  try {
    drawn = doc.querySelector(profile.drawnPageSelectors.join(','));
  } catch {
    return false;
  }
  if (!drawn) return false;
  const areas = profile.documentSelectors.flatMap((s) => {
    try {
      return Array.from(doc.querySelectorAll(s));
    } catch {
      return [];
    }
  });
  const text = (areas.length > 0 ? areas : [doc.body]).map((a) => a.textContent ?? '').join('');
  return text.replace(/\s+/g, '').length < DRAWN_TEXT_THRESHOLD;
}

/** A type selector `canvas` in a selector (not a class, id or attribute named so). */
const CANVAS_TYPE = /(?:^|[\s>+~(,])canvas(?![\w-])/;

/** True when the profile's pages are drawn on canvases (百度文库's new reader, 道客巴巴 …): its drawn-page selectors select canvases. */
export function drawsOnCanvas(profile: Pick<SiteProfile, 'drawnPageSelectors'>): boolean {
  return profile.drawnPageSelectors.some((selector) => CANVAS_TYPE.test(selector));
}

const TITLE_SUFFIX = /\s*[-_|–—]\s*[^-_|–—]*(文档|文库|网|doc|Doc)[^-_|–—]*$/;

/** The document's title: the first heading if there is one, else the page title without the site's suffix. */
export function documentTitle(doc: Document): string {
  const heading = doc.querySelector('h1')?.textContent?.trim();
  if (heading) return heading.slice(0, 500);
  return doc.title.replace(TITLE_SUFFIX, '').trim().slice(0, 500);
}
