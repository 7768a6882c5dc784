// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { applyCleanPlan, isHiddenOrOwn } from '../../src/core/dom/apply-clean-plan';
import { planChunks } from '../../src/core/dom/plan-chunks';
import { planClean } from '../../src/core/dom/plan-clean';
import { buildTextMap } from '../../src/core/dom/text-map';
import { createSiteProfile } from '../../src/core/sites/create-site-profile';
import { makeBigPage } from '../../bench/make-big-page';

const load = (html: string) => new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html');
const p = (n: number, ch = '文') => `<p>${ch.repeat(n)}</p>`;

/** Each chunk's text, as the text map of its range reads it. */
function chunkTexts(html: string, max: number): string[] {
  const doc = load(html);
  return planChunks(doc.body, max).map((c) => buildTextMap(c.root, { range: c.range ?? undefined }).text.replace(/\n/g, '|'));
}

describe('planChunks', () => {
  const cases: Array<{ name: string; html: string; max: number; want: string[] }> = [
    { name: 'a small page is one chunk, the body whole', html: p(5) + p(5), max: 20, want: ['文文文文文|文文文文文|'] },
    { name: 'small children are grouped up to max', html: p(8, 'a') + p(8, 'b') + p(8, 'c'), max: 20, want: ['aaaaaaaa|bbbbbbbb|', 'cccccccc|'] },
    { name: 'a child larger than max is split in turn', html: p(4, 'a') + `<div>${p(15, 'b')}${p(15, 'c')}</div>` + p(4, 'd'), max: 20, want: ['aaaa|', 'bbbbbbbbbbbbbbb|', 'ccccccccccccccc|', 'dddd|'] },
    { name: 'a child larger than max with no element children stays whole', html: p(30, 'a') + p(2, 'b'), max: 20, want: ['aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa|', 'bb|'] },
  ];
  it.each(cases)('$name', ({ html, max, want }) => expect(chunkTexts(html, max)).toEqual(want));

  it('covers every text node exactly once, in document order', () => {
    const doc = load(makeBigPage({ chars: 30_000, pageCount: 15 }).html.replace(/^[\s\S]*<body>|<\/body>[\s\S]*$/g, ''));
    const whole = buildTextMap(doc.body).segments.map((s) => s.node);
    const chunked = planChunks(doc.body, 3000).flatMap((c) => buildTextMap(c.root, { range: c.range ?? undefined }).segments.map((s) => s.node));
    expect(chunked).toEqual(whole);
  });

  it('cleaning chunk by chunk (page count and last page carried on) leaves the same text as cleaning the page whole', () => {
    const big = makeBigPage({ chars: 40_000, pageCount: 20 });
    const profile = createSiteProfile('http://m.777doc.com/p-900001.html');
    const cleaned = (chunked: boolean) => {
      const doc = new DOMParser().parseFromString(big.html, 'text/html');
      let pageCount: number | null = null;
      let lastPage: number | null = null;
      const chunks = chunked ? planChunks(doc.body, 5000) : [{ root: doc.body, range: null }];
      for (const c of chunks) {
        const plan = planClean(c.root, profile, { skip: isHiddenOrOwn, title: big.title, pageCount, lastPage, range: c.range ?? undefined });
        pageCount ??= plan.pageCount;
        lastPage = plan.lastPage;
        applyCleanPlan(plan);
      }
      return buildTextMap(doc.body, { skip: isHiddenOrOwn }).text;
    };
    const whole = cleaned(false);
    expect(whole).not.toMatch(/\d+\/20/);
    expect(cleaned(true)).toBe(whole);
  });
});

describe('planChunks sizes', () => {
  it('sizes elements as their textContent, comments left out, nested deeper than the stack', () => {
    const doc = load('');
    let el: Element = doc.body;
    for (let i = 0; i < 20_000; i++) el = el.appendChild(doc.createElement('div'));
    el.append('文'.repeat(30), doc.createComment('not text'));
    doc.body.append(doc.createElement('p'));
    doc.body.lastElementChild!.textContent = '字'.repeat(30);
    const chunks = planChunks(doc.body, 40);
    expect(chunks.map((c) => c.chars)).toEqual([30, 30]);
  });
});
