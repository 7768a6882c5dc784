// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { MarkHighlight, markRegistry, wrapRanges } from '../../src/content/mark-fallback';

/** The painter for browsers without the Highlight API (happy-dom has none either). */
function page(html: string) {
  document.body.innerHTML = html;
  return document.body;
}
function rangeOf(text: Text, start: number, end: number): Range {
  const r = document.createRange();
  r.setStart(text, start);
  r.setEnd(text, end);
  return r;
}

describe('mark fallback', () => {
  it('wraps ranges in marks and undo restores the text nodes exactly', () => {
    const body = page('<p>总投资438万元,一期198万元</p>');
    const before = body.innerHTML;
    const text = body.querySelector('p')!.firstChild as Text;
    const undo = wrapRanges('docclip-figure', [rangeOf(text, 3, 8), rangeOf(text, 11, 16)]);
    expect([...body.querySelectorAll('mark')].map((m) => [m.textContent, m.className])).toEqual([
      ['438万元', 'docclip-figure'],
      ['198万元', 'docclip-figure'],
    ]);
    undo();
    expect(body.innerHTML).toBe(before);
    expect(body.querySelector('p')!.childNodes).toHaveLength(1);
  });

  it('a MarkHighlight shows its marks only while registered, and deleting a range unwraps it', () => {
    const body = page('<p>完成89口,拆除25台</p>');
    const text = body.querySelector('p')!.firstChild as Text;
    const registry = markRegistry(document);
    const highlight = new MarkHighlight('docclip-figure');
    const second = rangeOf(text, 8, 11);
    highlight.add(second);
    highlight.add(rangeOf(text, 2, 5));
    expect([...body.querySelectorAll('mark')].map((m) => m.className)).toEqual(['', '']);
    registry.set('docclip-figure', highlight);
    expect([...body.querySelectorAll('mark')].map((m) => m.className)).toEqual(['docclip-figure', 'docclip-figure']);
    highlight.delete(second);
    expect(body.querySelectorAll('mark')).toHaveLength(1);
    highlight.clear();
    expect(body.textContent).toBe('完成89口,拆除25台');
  });
});
