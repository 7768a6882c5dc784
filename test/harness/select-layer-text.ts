/**
 * A page function (for Playwright's and Puppeteer's `page.evaluate(selectLayerText, …)`): selects
 * the first occurrence of `text` inside one Text node of DocClip's text layers (`layer`, a
 * selector: every OCR layer by default), as a reader's drag over it would. Throws when no such
 * node holds it.
 */
export function selectLayerText({ text, layer = '[data-docclip-ocr]' }: { text: string; layer?: string }): void {
  const node = [...document.querySelectorAll(`${layer} span`)].flatMap((s) => [...s.childNodes]).find((n) => n.nodeType === 3 && n.nodeValue!.includes(text));
  if (!node) throw new Error(`no text node of ${layer} holds ${text}`);
  const at = node.nodeValue!.indexOf(text);
  const range = document.createRange();
  range.setStart(node, at);
  range.setEnd(node, at + text.length);
  document.getSelection()!.removeAllRanges();
  document.getSelection()!.addRange(range);
}
