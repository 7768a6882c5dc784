// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { MarkHighlight, currentPoint, markRegistry, originalPoint, wrapRanges } from '../../src/content/mark-fallback';

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

  it('a range over a marked figure is marked in every Text node it covers, and the undos in either order restore the page', () => {
    for (const order of ['figure first', 'target first'] as const) {
      const body = page('<p>要求确保438万元到位。</p>');
      const before = body.innerHTML;
      const text = body.querySelector('p')!.firstChild as Text;
      const undoFigure = wrapRanges('docclip-figure', [rangeOf(text, 4, 9)]);
      // 确保438万元到位, made afterwards from offsets in the text as it was (as text-ranges.ts does from a TextMap)
      const start = currentPoint(text, 2, 'start')!;
      const end = currentPoint(text, 11, 'end')!;
      const target = document.createRange();
      target.setStart(start.node, start.offset);
      target.setEnd(end.node, end.offset);
      const undoTarget = wrapRanges('docclip-target', [target]);
      expect([...body.querySelectorAll('mark[data-docclip-mark="docclip-target"]')].map((m) => m.textContent).join('')).toBe('确保438万元到位');
      expect(body.querySelector('mark.docclip-figure')!.textContent).toBe('438万元');
      if (order === 'figure first') {
        undoFigure();
        undoTarget();
      } else {
        undoTarget();
        undoFigure();
      }
      expect(body.innerHTML, order).toBe(before);
      expect(body.querySelector('p')!.childNodes, order).toHaveLength(1);
      expect(body.querySelector('p')!.firstChild, 'the first node keeps the text').toBe(text);
    }
  });

  it('a point of a map made before the split is found in the piece that holds its character now, and back', () => {
    const body = page('<p>要求确保438万元到位。</p>');
    const text = body.querySelector('p')!.firstChild as Text;
    const undo = wrapRanges('docclip-figure', [rangeOf(text, 4, 9)]);
    expect(text.data).toBe('要求确保');
    const inFigure = currentPoint(text, 6, 'start')!;
    expect([inFigure.node.data, inFigure.offset]).toEqual(['438万元', 2]);
    const atFigure = currentPoint(text, 4, 'start')!;
    expect([atFigure.node.data, atFigure.offset]).toEqual(['438万元', 0]);
    expect(currentPoint(text, 4, 'end')).toEqual({ node: text, offset: 4 });
    const after = currentPoint(text, 11, 'end')!;
    expect([after.node.data, after.offset]).toEqual(['到位。', 2]);
    expect(currentPoint(text, 13, 'end')).toBeNull();
    expect(originalPoint(inFigure.node, inFigure.offset)).toEqual({ node: text, offset: 6 });
    expect(originalPoint(after.node, after.offset)).toEqual({ node: text, offset: 11 });
    undo();
    expect(currentPoint(text, 11, 'end')).toEqual({ node: text, offset: 11 });
  });
});
