// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { cutPoint, splitLongTexts, splitTexts } from '../../src/core/dom/split-long-texts';
import { planChunks } from '../../src/core/dom/plan-chunks';
import { buildTextMap } from '../../src/core/dom/text-map';

/**
 * A document in one enormous Text node (issue 13, structure (d)) is split into pieces a chunk
 * long, cut at line breaks or sentence ends, so the chunked pass cleans it chunk by chunk; undo
 * joins them into the original node exactly.
 */

describe('cutPoint', () => {
  const cases = [
    { name: 'after the last line break in the second half', data: `${'甲'.repeat(7)}\n${'乙'.repeat(10)}`, max: 10, cut: 8 },
    { name: 'a line break in the first half is too early: after a sentence end', data: `甲\n${'乙'.repeat(6)}。${'丙'.repeat(10)}`, max: 10, cut: 9 },
    { name: 'no break at all: at the limit', data: '甲'.repeat(30), max: 10, cut: 10 },
    { name: 'never inside a surrogate pair', data: `${'甲'.repeat(9)}𠀀${'乙'.repeat(10)}`, max: 10, cut: 9 },
    { name: 'a line break right at the limit', data: `${'甲'.repeat(9)}\n${'乙'.repeat(10)}`, max: 10, cut: 10 },
  ];
  it.each(cases)('$name', ({ data, max, cut }) => expect(cutPoint(data, max)).toBe(cut));
});

describe('splitLongTexts', () => {
  const paragraph = (i: number) => `第${i}段：本年度完成投资${i}万元，同比增长${i % 9}%。`;
  const text = Array.from({ length: 400 }, (_, i) => paragraph(i)).join('\n');

  function page(): { body: HTMLElement; one: HTMLElement } {
    document.body.innerHTML = '<div id="one"></div><p>短的段落不动。</p><script>var s = "x";</script>';
    const one = document.getElementById('one')!;
    one.append(document.createTextNode(text));
    document.querySelector('script')!.textContent = 'x'.repeat(5000);
    return { body: document.body, one };
  }

  it('cuts the long node into pieces of at most maxChars, at line ends, keeping every character in place', () => {
    const { body, one } = page();
    const before = buildTextMap(body).text;
    const splits = splitLongTexts(body, 1000);
    expect(splits.split).toBe(1);
    const pieces = [...one.childNodes] as Text[];
    expect(pieces.length).toBeGreaterThanOrEqual(Math.ceil(text.length / 1000));
    for (const p of pieces) {
      expect(p.nodeType).toBe(3);
      expect(p.length).toBeLessThanOrEqual(1000);
    }
    for (const p of pieces.slice(0, -1)) expect(p.data.endsWith('\n')).toBe(true);
    expect(buildTextMap(body).text).toBe(before);
    // The chunked pass can now cut the node's parent into chunks of whole pieces.
    expect(planChunks(body, 1000).length).toBeGreaterThan(1);
  });

  it('leaves short nodes, script text and skipped elements alone', () => {
    const { body, one } = page();
    const skipped = splitLongTexts(body, 1000, (e) => e === one);
    expect(skipped.split).toBe(0);
    expect(one.childNodes).toHaveLength(1);
    expect(document.querySelector('script')!.childNodes).toHaveLength(1);
    expect(document.querySelector('p')!.childNodes).toHaveLength(1);
  });

  it('undo joins the pieces into the original node, exactly and once', () => {
    const { body, one } = page();
    const node = one.firstChild as Text;
    const splits = splitLongTexts(body, 1000);
    splits.undo();
    expect(one.childNodes).toHaveLength(1);
    expect(one.firstChild).toBe(node);
    expect(node.data).toBe(text);
    splits.undo();
    expect(node.data).toBe(text);
  });

  it('undo leaves a piece the page moved away where it is', () => {
    const { body, one } = page();
    const node = one.firstChild as Text;
    const splits = splitLongTexts(body, 1000);
    const moved = one.childNodes[2] as Text;
    document.querySelector('p')!.append(moved);
    splits.undo();
    expect(node.length).toBeLessThan(text.length);
    expect(node.data).toBe(text.slice(0, node.length));
    expect(moved.parentNode).toBe(document.querySelector('p'));
  });

  it('planChunks lists the long text nodes its walk passes; splitTexts splits those outside script and skipped elements', () => {
    const { body, one } = page();
    const long: Text[] = [];
    const chunks = planChunks(body, 1000, () => false, long);
    expect(long).toEqual([one.firstChild, document.querySelector('script')!.firstChild]);
    expect(chunks).toHaveLength(planChunks(body, 1000).length);
    expect(splitTexts(long, 1000, (e) => e === one).split).toBe(0);
    const splits = splitTexts(long, 1000);
    expect(splits.split).toBe(1);
    expect(document.querySelector('script')!.childNodes).toHaveLength(1);
    expect(one.childNodes.length).toBeGreaterThan(1);
    splits.undo();
    expect((one.firstChild as Text).data).toBe(text);
  });
});
