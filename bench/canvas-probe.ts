/**
 * What the canvas-text benchmark runs in the reader's page (main world), beside the page's own
 * script: an init script that times DocClip's text layers, and the functions that read what
 * DocClip shows on each page.
 */
import type { Page } from 'playwright-core';

/** The attribute DocClip's text layers carry (src/content/text-layer-marks.ts, TEXT_LAYER_ATTRIBUTE). */
export const LAYER_ATTRIBUTE = 'data-docclip-text-layer';

/**
 * Init script, run before the page's scripts: a MutationObserver from document start that notes,
 * per page (its canvas's `data-page`), when DocClip first laid its layer and when it last
 * changed the layer's lines (`__layerFirst`, `__layerAt`), and a frame loop that notes when a
 * `docclip-figure` highlight first fell inside a page's layer (`__figureAt`).
 */
export const LAYER_PROBE = `(() => {
  const ATTR = ${JSON.stringify(LAYER_ATTRIBUTE)};
  const first = (window.__layerFirst = {});
  const last = (window.__layerAt = {});
  const figureAt = (window.__figureAt = {});
  const pageOf = (layer) => {
    const canvas = layer.previousElementSibling;
    return canvas && canvas.dataset ? canvas.dataset.page : undefined;
  };
  new MutationObserver((records) => {
    const now = performance.now();
    for (const r of records) {
      let layer = r.target.nodeType === 1 && r.target.hasAttribute(ATTR) ? r.target : null;
      if (!layer) for (const n of r.addedNodes) if (n.nodeType === 1 && n.hasAttribute(ATTR)) layer = n;
      if (!layer) continue;
      const page = pageOf(layer);
      if (page === undefined) continue;
      last[page] = now;
      if (!(page in first)) first[page] = now;
    }
  }).observe(document, { childList: true, subtree: true });
  let seen = -1;
  const frame = () => {
    const h = typeof CSS !== 'undefined' && CSS.highlights ? CSS.highlights.get('docclip-figure') : undefined;
    if (h && h.size !== seen) {
      seen = h.size;
      const now = performance.now();
      for (const range of h) {
        const el = range.startContainer.nodeType === 1 ? range.startContainer : range.startContainer.parentElement;
        const layer = el && el.closest('[' + ATTR + ']');
        const page = layer && pageOf(layer);
        if (page !== undefined && page !== null && !(page in figureAt)) figureAt[page] = now;
      }
    }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
})();`;

export interface PageTimes {
  drawn: number[];
  drawSpans: Array<[number, number]>;
  overflow: number[];
  layerFirst: Record<string, number>;
  layerAt: Record<string, number>;
  figureAt: Record<string, number>;
}

export async function pageTimes(page: Page): Promise<PageTimes> {
  return page.evaluate(() => {
    const w = window as unknown as Record<string, unknown>;
    return {
      drawn: w.__drawn as number[],
      drawSpans: w.__drawSpans as Array<[number, number]>,
      overflow: w.__overflow as number[],
      layerFirst: (w.__layerFirst ?? {}) as Record<string, number>,
      layerAt: (w.__layerAt ?? {}) as Record<string, number>,
      figureAt: (w.__figureAt ?? {}) as Record<string, number>,
    };
  });
}

/** What DocClip shows on one drawn page: its layer's text and the highlighted figures and targets in it, in document order. */
export interface LayerView {
  text: string | null;
  figures: string[];
  targets: string[];
}

/** Reads one page's layer in the page (a string: the bundler's helpers do not exist there). */
const READ_LAYER = `(n) => {
  const layer = document.querySelector('#pageNo-' + n + ' [${LAYER_ATTRIBUTE}]');
  const inLayer = (name) => {
    const h = CSS.highlights.get(name);
    if (!h || !layer) return [];
    const ranges = [...h].filter((r) => r instanceof Range && layer.contains(r.startContainer));
    ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    return ranges.map((r) => r.toString());
  };
  return { text: layer ? layer.textContent : null, figures: inLayer('docclip-figure'), targets: inLayer('docclip-target') };
}`;

export async function layerView(page: Page, pageNo: number): Promise<LayerView> {
  return page.evaluate(`(${READ_LAYER})(${Number(pageNo)})`) as Promise<LayerView>;
}

/**
 * Scrolls page `pageNo` into view (DocClip paints highlights near the viewport only) and reads
 * its layer once the highlights in it have not changed for `quietMs` (or after `timeoutMs`).
 */
export async function readPageInView(page: Page, pageNo: number, quietMs = 400, timeoutMs = 4000): Promise<LayerView> {
  await page.evaluate((n) => document.querySelector(`#pageNo-${n}`)!.scrollIntoView({ block: 'start' }), pageNo);
  const started = Date.now();
  let view = await layerView(page, pageNo);
  let key = JSON.stringify(view);
  let since = Date.now();
  while (Date.now() - started < timeoutMs) {
    await page.waitForTimeout(100);
    view = await layerView(page, pageNo);
    const now = JSON.stringify(view);
    if (now !== key) {
      key = now;
      since = Date.now();
    } else if (Date.now() - since >= quietMs && view.text !== null) break;
  }
  return view;
}
