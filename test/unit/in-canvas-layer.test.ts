// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { inCanvasLayer } from '../../src/content/text-layer-marks';

/** A page with a canvas layer, an OCR layer over an image and the page's own text. */
function page(): Document {
  document.body.innerHTML =
    '<p id="own">页面自己的文字</p>' +
    '<canvas></canvas><div data-docclip-text-layer=""><div><docclip-line><span id="drawn">绘制的文字4.6亿元</span></docclip-line></div></div>' +
    '<img><div data-docclip-text-layer="" data-docclip-ocr="done"><div><docclip-line><span id="read">识别的文字88.6%</span></docclip-line></div></div>';
  return document;
}

function rangeOf(doc: Document, startId: string, endId = startId): Range {
  const range = doc.createRange();
  range.setStart(doc.getElementById(startId)!.firstChild!, 0);
  range.setEnd(doc.getElementById(endId)!.firstChild!, 2);
  return range;
}

describe('inCanvasLayer', () => {
  const cases: Array<{ name: string; start: string; end?: string; want: boolean }> = [
    { name: 'text of a canvas layer', start: 'drawn', want: true },
    { name: 'text of an OCR layer (its source is ocr)', start: 'read', want: false },
    { name: 'the page own text', start: 'own', want: false },
    { name: 'from the page text into a canvas layer', start: 'own', end: 'drawn', want: true },
  ];
  for (const c of cases) {
    it(c.name, () => {
      expect(inCanvasLayer(rangeOf(page(), c.start, c.end))).toBe(c.want);
    });
  }
});
