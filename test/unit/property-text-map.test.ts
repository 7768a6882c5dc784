// @vitest-environment happy-dom
/**
 * buildTextMap walks the DOM without recursion and without an object per node; this checks it
 * against the definition written as plainly as possible (recursive), on random trees, with and
 * without a skip predicate and a child range.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildTextMap, isBlockElement, isOpaqueElement, type ChildRange, type TextMap, type TextMapOptions } from '../../src/core/dom/text-map';

type Tree = { text: string } | { comment: true } | { tag: string; skip: boolean; children: Tree[] };

const TAGS = ['div', 'p', 'span', 'b', 'li', 'br', 'td', 'script', 'canvas', 'em'];
const textArb = fc.constantFrom('经济', '438万元', ' ', '\n  ', '', '末尾\n', '甲 乙');

function treeOf(depth: number): fc.Arbitrary<Tree> {
  const leaf = fc.oneof({ weight: 5, arbitrary: textArb.map((text) => ({ text })) }, { weight: 1, arbitrary: fc.constant({ comment: true as const }) });
  if (depth === 0) return leaf;
  return fc.oneof(
    { weight: 2, arbitrary: leaf },
    { weight: 3, arbitrary: fc.record({ tag: fc.constantFrom(...TAGS), skip: fc.boolean(), children: fc.array(treeOf(depth - 1), { maxLength: 4 }) }) },
  );
}

function build(doc: Document, parent: Node, tree: Tree): void {
  if ('text' in tree) parent.appendChild(doc.createTextNode(tree.text));
  else if ('comment' in tree) parent.appendChild(doc.createComment('c'));
  else {
    const el = doc.createElement(tree.tag);
    if (tree.skip) el.setAttribute('data-skip', '');
    parent.appendChild(el);
    for (const c of tree.children) build(doc, el, c);
  }
}

/** The definition: text nodes in order, a break at each block element's start and end, never two in a row. */
function reference(root: Node, options: TextMapOptions): TextMap {
  let text = '';
  const segments: TextMap['segments'] = [];
  const brk = () => {
    if (text.length > 0 && !text.endsWith('\n')) text += '\n';
  };
  const visit = (node: Node, isRoot: boolean) => {
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      if (data === '' || (/^\s*$/.test(data) && data.includes('\n'))) return;
      segments.push({ node: node as Text, start: text.length, end: text.length + data.length });
      text += data;
      return;
    }
    if (node.nodeType !== 1 && !isRoot) return;
    const el = node.nodeType === 1 ? (node as Element) : null;
    if (el && !isRoot && (isOpaqueElement(el) || options.skip?.(el))) return;
    const block = el !== null && isBlockElement(el);
    if (block) brk();
    const children = [...node.childNodes];
    const range = isRoot ? options.range : undefined;
    const from = range ? (range.from === null ? 0 : range.from.parentNode === node ? children.indexOf(range.from as ChildNode) : children.length) : 0;
    const to = range?.to ? children.indexOf(range.to as ChildNode) : children.length;
    for (const c of children.slice(from, to < 0 ? children.length : to)) visit(c, false);
    if (block) brk();
  };
  visit(root, true);
  return { text, segments };
}

describe('buildTextMap', () => {
  it('equals the plain recursive definition', () => {
    fc.assert(
      fc.property(fc.array(treeOf(4), { minLength: 1, maxLength: 6 }), fc.boolean(), fc.nat(), fc.nat(), fc.boolean(), (trees, useSkip, a, b, useRange) => {
        const doc = document.implementation.createHTMLDocument('t');
        const root = doc.createElement('div');
        doc.body.appendChild(root);
        for (const t of trees) build(doc, root, t);
        const kids = [...root.childNodes];
        const [i, j] = [a % (kids.length + 1), b % (kids.length + 1)].sort((x, y) => x - y);
        const range: ChildRange | undefined = useRange ? { from: kids[i!] ?? null, to: kids[j!] ?? null } : undefined;
        if (range && range.from === null && range.to !== null) return; // "from null" means the first child
        const options: TextMapOptions = { skip: useSkip ? (e) => e.hasAttribute('data-skip') : undefined, range };
        const got = buildTextMap(root, options);
        const want = reference(root, options);
        expect(got.text).toBe(want.text);
        expect(got.segments.map((s) => [s.start, s.end, s.node])).toEqual(want.segments.map((s) => [s.start, s.end, s.node]));
      }),
      { numRuns: 400 },
    );
  });
});
