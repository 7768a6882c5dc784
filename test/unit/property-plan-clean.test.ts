// @vitest-environment happy-dom
/**
 * Property tests for the DOM side of cleaning: random DOM trees of document text, clutter lines
 * and page markers. The text map round-trips between map offsets and DOM points; after
 * planClean + applyCleanPlan the visible text is the original text minus exactly the removed
 * spans; undo restores the markup exactly.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyCleanPlan, isHiddenOrOwn } from '../../src/core/dom/apply-clean-plan';
import { planClean } from '../../src/core/dom/plan-clean';
import { buildTextMap, domRangePoints, indexSegments, mapOffsetOf, type TextMap } from '../../src/core/dom/text-map';
import { genericProfile } from '../../src/core/sites/generic-profile';
import { CLUTTER_PHRASES, DOC_SENTENCES, deleteSpans, expectValidSpans, seedFragmentArb, unicodeArb } from './helpers/property-arbitraries';

/** Stands for a page marker in generated text; replaced by k/N with k increasing in document order. */
const MARK = '\uE000';

type Tree = { text: string } | { tag: string; children: Tree[] };

const TAGS = ['div', 'p', 'span', 'b', 'section', 'li', 'br', 'td', 'em', 'script', 'canvas'];

const leafTextArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...DOC_SENTENCES) },
  { weight: 2, arbitrary: fc.constantFrom(...CLUTTER_PHRASES) },
  { weight: 2, arbitrary: fc.constant(MARK) },
  // A marker spliced into a sentence, inside a word.
  {
    weight: 2,
    arbitrary: fc.tuple(fc.constantFrom(...DOC_SENTENCES), fc.nat()).map(([s, at]) => {
      const i = 1 + (at % (s.length - 1));
      return s.slice(0, i) + MARK + s.slice(i);
    }),
  },
  { weight: 1, arbitrary: seedFragmentArb },
  { weight: 1, arbitrary: fc.constantFrom('\n  ', ' ', '\n', '') },
  { weight: 1, arbitrary: unicodeArb },
);

function treeOf(depth: number): fc.Arbitrary<Tree> {
  const leaf = fc.record({ text: leafTextArb });
  if (depth === 0) return leaf;
  return fc.oneof(
    { weight: 2, arbitrary: leaf },
    { weight: 3, arbitrary: fc.record({ tag: fc.constantFrom(...TAGS), children: fc.array(treeOf(depth - 1), { maxLength: 4 }) }) },
  );
}

const treeArb: fc.Arbitrary<Tree[]> = fc.array(treeOf(3), { minLength: 1, maxLength: 6 });

const markersArb = fc.record({
  count: fc.integer({ min: 2, max: 60 }),
  steps: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 30, maxLength: 30 }),
  spaced: fc.boolean(),
});

/** Builds the tree under a fresh body; MARK becomes k/N, k counting up in document order. */
function build(trees: Tree[], markers: { count: number; steps: number[]; spaced: boolean }): HTMLElement {
  const doc = document.implementation.createHTMLDocument('');
  let k = 0;
  let n = 0;
  const text = (raw: string) =>
    raw.replaceAll(MARK, () => {
      k = Math.min(markers.count, k + markers.steps[n++ % markers.steps.length]!);
      return markers.spaced ? ` ${k} / ${markers.count} ` : `${k}/${markers.count}`;
    });
  const add = (parent: Node, tree: Tree) => {
    if ('text' in tree) {
      parent.appendChild(doc.createTextNode(text(tree.text)));
      return;
    }
    const element = doc.createElement(tree.tag);
    if (tree.tag !== 'br') for (const child of tree.children) add(element, child);
    parent.appendChild(element);
  };
  for (const tree of trees) add(doc.body, tree);
  return doc.body;
}

/** Lines trimmed, blank lines dropped: the line structure a reader sees. */
const lines = (s: string) =>
  s
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0)
    .join('\n');
const noWs = (s: string) => s.replace(/\s+/g, '');

/** True when `shorter` is `longer` with some white space characters deleted. */
function dropsOnlyWhitespace(shorter: string, longer: string): boolean {
  let i = 0;
  for (let j = 0; j < longer.length; j++) {
    if (i < shorter.length && shorter[i] === longer[j]) i++;
    else if (!/\s/.test(longer[j]!)) return false;
  }
  return i === shorter.length;
}

function checkMapShape(map: TextMap): void {
  let last = 0;
  for (const seg of map.segments) {
    expect(seg.start).toBeGreaterThanOrEqual(last);
    expect(map.text.slice(seg.start, seg.end)).toBe(seg.node.data);
    // Between segments there are only the block separators.
    expect(map.text.slice(last, seg.start)).toMatch(/^\n*$/);
    last = seg.end;
  }
  expect(map.text.slice(last)).toMatch(/^\n*$/);
}

/** Offset of the first mapped text at or after the boundary point (container, offset), by document order. */
function referenceOffset(map: TextMap, container: Node, offset: number): number {
  const child = container.childNodes[offset];
  for (const seg of map.segments) {
    const after = child
      ? child === seg.node || (child.compareDocumentPosition(seg.node) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0
      : !container.contains(seg.node) && (container.compareDocumentPosition(seg.node) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
    if (after) return seg.start;
  }
  return map.text.length;
}

describe('text map: map offsets and DOM points round-trip', () => {
  it('segments tile the text; domRangePoints and mapOffsetOf are inverse on node text', () => {
    fc.assert(
      fc.property(treeArb, markersArb, fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 12 }), (trees, markers, spans) => {
        const root = build(trees, markers);
        const map = buildTextMap(root);
        checkMapShape(map);
        const index = indexSegments(map);
        const inNodes = (a: number, b: number) => a < b && map.segments.some((s) => s.start < b && a < s.end);
        for (const seg of map.segments) {
          for (const off of [0, seg.end - seg.start, (seg.end - seg.start) >> 1]) {
            expect(mapOffsetOf(map, index, seg.node, off)).toBe(seg.start + off);
          }
        }
        const len = map.text.length;
        for (const [x, y] of spans) {
          const a = x % (len + 1);
          const b = y % (len + 1);
          const points = domRangePoints(map, Math.min(a, b), Math.max(a, b));
          const [s, e] = [Math.min(a, b), Math.max(a, b)];
          if (!inNodes(s, e)) {
            expect(points).toBeNull();
            continue;
          }
          expect(points).not.toBeNull();
          const s2 = mapOffsetOf(map, index, points!.start.node, points!.start.offset)!;
          const e2 = mapOffsetOf(map, index, points!.end.node, points!.end.offset)!;
          // The DOM range covers the same node text: it only sheds separators at either end.
          expect(s <= s2 && s2 < e2 && e2 <= e).toBe(true);
          expect(map.text.slice(s, s2)).toMatch(/^\n*$/);
          expect(map.text.slice(e2, e)).toMatch(/^\n*$/);
          expect(inNodes(s, s2) || inNodes(e2, e)).toBe(false);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('an element boundary point maps to the next text in document order', () => {
    fc.assert(
      fc.property(treeArb, markersArb, (trees, markers) => {
        const root = build(trees, markers);
        const map = buildTextMap(root);
        const index = indexSegments(map);
        for (const element of [root, ...Array.from(root.querySelectorAll('*'))]) {
          for (let i = 0; i <= element.childNodes.length; i++) {
            expect(mapOffsetOf(map, index, element, i)).toBe(referenceOffset(map, element, i));
          }
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('planClean + applyCleanPlan on random pages', () => {
  it('the visible text is the original minus exactly the removed spans, and undo restores the markup', () => {
    fc.assert(
      fc.property(treeArb, markersArb, fc.boolean(), (trees, markers, withTitle) => {
        const root = build(trees, markers);
        const before = root.innerHTML;
        const plan = planClean(root, genericProfile, withTitle ? { title: '组织部生态保护研讨发言' } : {});
        expectValidSpans(plan.map.text, plan.removed, 'planClean.removed');
        const applied = applyCleanPlan(plan);
        const visible = buildTextMap(root, { skip: isHiddenOrOwn }).text;
        const expected = deleteSpans(plan.map.text, plan.removed);
        // Every visible character that is not white space is exactly the original minus the removed spans …
        expect(noWs(visible)).toBe(noWs(expected));
        // … and white space differs only where hidden elements took theirs with them: hiding an element
        // whose every visible character was clutter also hides the spaces around its text inside it,
        // and a hidden block no longer separates the text on either side of it (as in the browser).
        expect(dropsOnlyWhitespace(visible.replace(/\n/g, ''), expected.replace(/\n/g, ''))).toBe(true);
        applied.undo();
        expect(root.innerHTML).toBe(before);
        applied.undo();
        expect(root.innerHTML).toBe(before);
      }),
      { numRuns: 150 },
    );
  });
});

describe('regressions', () => {
  it.each([
    { name: 'marker in its own inline element', html: '<p>经<b>7/20</b>济发展。第<b>8/20</b>段</p>', visible: '经济发展。第段' },
  ])('$name', ({ html, visible }) => {
    const doc = document.implementation.createHTMLDocument('');
    doc.body.innerHTML = html;
    const before = doc.body.innerHTML;
    const applied = applyCleanPlan(planClean(doc.body, genericProfile));
    expect(lines(buildTextMap(doc.body, { skip: isHiddenOrOwn }).text)).toBe(visible);
    applied.undo();
    expect(doc.body.innerHTML).toBe(before);
  });
});
