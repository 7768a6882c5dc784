// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { makeBigPage } from '../../bench/make-big-page';
import { PAGE_STRUCTURES, STRUCTURES } from '../../bench/page-structures';
import { collectMarkerCandidates } from '../../src/core/clean/marker-candidates';
import { applyCleanPlan, isHiddenOrOwn } from '../../src/core/dom/apply-clean-plan';
import { planClean } from '../../src/core/dom/plan-clean';
import { buildTextMap } from '../../src/core/dom/text-map';
import { createSiteProfile } from '../../src/core/sites/create-site-profile';

/**
 * The benchmark's family of big pages (bench/page-structures.ts): every structure writes the
 * same document — the same paragraphs, every page marker k/N in order — in its own markup, at the
 * size BENCHMARKS.md says; and DocClip's core, run on each, leaves exactly that document.
 */

const squeeze = (s: string) => s.replace(/\s+/g, '');

/** '' when equal, else where they part (a page's text is too long for a diff). */
function difference(a: string, b: string): string {
  if (a === b) return '';
  let i = 0;
  while (a[i] === b[i]) i++;
  return `at ${i} of ${a.length}/${b.length}: …${a.slice(Math.max(0, i - 30), i + 30)}… vs …${b.slice(Math.max(0, i - 30), i + 30)}…`;
}
const profile = createSiteProfile('http://m.777doc.com/p-910001.html');

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** The document text of a parsed page as DocClip reads it (the text map of #contents, without the promotion sentence). */
function contentText(doc: Document): string {
  const contents = doc.getElementById('contents')!;
  contents.querySelector('p')!.remove(); // the promotion sentence, the same on every structure
  return buildTextMap(contents).text;
}

/** `text` with each marker of 1..blocks over pageCount taken out in turn; throws when one is missing or out of order. */
function withoutMarkers(text: string, blocks: number, pageCount: number): string {
  let out = '';
  let at = 0;
  for (let k = 1; k <= blocks; k++) {
    const marker = `${k}/${pageCount}`;
    const i = text.indexOf(marker, at);
    if (i < 0) throw new Error(`marker ${marker} missing after offset ${at}`);
    out += text.slice(at, i);
    at = i + marker.length;
  }
  return out + text.slice(at);
}

describe.each(PAGE_STRUCTURES)('the %s structure', (structure) => {
  const small = makeBigPage({ structure, chars: 30_000, blockChars: 2_000, pageCount: 20 });
  const text = contentText(parse(small.html));

  it('holds the same document as every other structure, every marker in order', () => {
    expect(small.blocks).toBe(15);
    expect(difference(squeeze(withoutMarkers(text, small.blocks, small.pageCount)), squeeze(makeBigPage({ chars: 30_000, pageCount: 20 }).text))).toBe('');
  });

  it('writes its markers in the forms it says, one per block', () => {
    const forms = small.markerForms;
    expect(forms.element + forms.word + forms['element-in-word'] + forms.line).toBe(small.blocks);
    const renderer = STRUCTURES[structure];
    const counted = { element: 0, word: 0, 'element-in-word': 0, line: 0 };
    for (let k = 1; k <= small.blocks; k++) counted[renderer.markerForm(k)]++;
    expect(forms).toEqual(counted);
    // A marker of the page's sequence stands where the text map reads it as one (no figure neighbours).
    const markers = collectMarkerCandidates(text).filter((m) => m.count === small.pageCount);
    expect(markers.map((m) => m.page)).toEqual(Array.from({ length: small.blocks }, (_, i) => i + 1));
  });

  it('is cleaned by DocClip\'s core to exactly the document', () => {
    const doc = parse(small.html);
    const plan = planClean(doc.body, profile, { skip: isHiddenOrOwn });
    applyCleanPlan(plan);
    expect(plan.documentCharsHidden).toBe(0);
    const visible = buildTextMap(doc.getElementById('contents')!, { skip: isHiddenOrOwn }).text;
    // The promotion sentence is the site's clutter too: what is left is the document, whole.
    expect(difference(squeeze(visible), squeeze(small.text))).toBe('');
  });

  it('is ≈ 1M characters at the benchmark size, and the same page every time', () => {
    const big = makeBigPage({ structure });
    expect(big.documentChars).toBeGreaterThanOrEqual(1_000_000);
    expect(big.documentChars).toBeLessThanOrEqual(1_050_000);
    expect(big.documentChars).toBe(makeBigPage().documentChars);
    expect(big.text === makeBigPage().text).toBe(true);
    expect(makeBigPage({ structure }).html === big.html).toBe(true);
  });
});

describe('the structures differ in markup', () => {
  const page = (structure: (typeof PAGE_STRUCTURES)[number]) => parse(makeBigPage({ structure, chars: 30_000, pageCount: 20 }).html);

  it('pieces: many absolutely positioned p.reader-word-layer per line, read as one run of text', () => {
    const doc = page('pieces');
    const pieces = doc.querySelectorAll('p.reader-word-layer');
    expect(pieces.length).toBeGreaterThan(30_000 / 25);
    expect(doc.querySelectorAll('.reader-page .ie-fix').length).toBe(15);
  });

  it('text-node: the document in one element with one text child (joined by the page\'s script in a browser)', () => {
    const one = page('text-node').querySelector('.one-text')!;
    expect(one.childNodes).toHaveLength(1);
    expect(one.textContent!.length).toBeGreaterThan(30_000);
  });

  it('nested: text at least 70 elements deep', () => {
    let depth = 0;
    for (let n: Node | null = page('nested').querySelector('.page-block p b')!; n; n = n.parentNode) depth++;
    expect(depth).toBeGreaterThan(70);
  });

  it('table: one table, a row per paragraph', () => {
    const doc = page('table');
    expect(doc.querySelectorAll('table')).toHaveLength(1);
    expect(doc.querySelectorAll('td.page-no')).toHaveLength(8);
  });

  it('wrapped: one element holds every paragraph as a text node, with no block element inside', () => {
    const wrap = page('wrapped').querySelector('.doc-wrap')!;
    expect(wrap.querySelectorAll('div, p')).toHaveLength(0);
    expect(wrap.querySelectorAll('br').length).toBeGreaterThan(40);
  });

  it('markers: element, word and element-in-word markers in turn', () => {
    const doc = page('markers');
    expect(doc.querySelectorAll('div.page-no')).toHaveLength(5);
    expect(doc.querySelectorAll('p span.page-no')).toHaveLength(5);
  });
});
