import { describe, expect, it } from 'vitest';
import { MARKER_BLOCKS, bigPageClutter } from '../../bench/first-frame';
import { makeBigPage } from '../../bench/make-big-page';
import { PAGE_STRUCTURES } from '../../bench/page-structures';
import { collectMarkerCandidates } from '../../src/core/clean/marker-candidates';
import { findRemovals } from '../../src/core/clean/find-removals';

/** The benchmark's page generator makes what BENCHMARKS.md says it makes. */

const IDEOGRAPH = /[\u4e00-\u9fff]/;

/** The document text of a generated page, one line per element (as the DOM text map would break it). */
function pageText(html: string): string {
  const body = html.slice(html.indexOf('<div class="content"'), html.indexOf('<div class="pager">'));
  return body.replace(/<\/(?:p|div)>/g, '\n').replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

const cases = [
  { name: 'the benchmark page', options: { pageCount: 510 }, blocks: 500, pageCount: 510, minChars: 1_000_000, maxChars: 1_050_000 },
  { name: 'the small lazy page', options: { chars: 40_000, pageCount: 30 }, blocks: 20, pageCount: 30, minChars: 40_000, maxChars: 44_000 },
  { name: 'a page of 7 blocks of 1,000', options: { chars: 7_000, blockChars: 1_000 }, blocks: 7, pageCount: 7, minChars: 7_000, maxChars: 8_000 },
];

describe('makeBigPage', () => {
  for (const c of cases) {
    describe(c.name, () => {
      const page = makeBigPage(c.options);
      const text = pageText(page.html);

      it('has the size it claims', () => {
        expect(page.blocks).toBe(c.blocks);
        expect(page.pageCount).toBe(c.pageCount);
        expect(page.documentChars).toBeGreaterThanOrEqual(c.minChars);
        expect(page.documentChars).toBeLessThanOrEqual(c.maxChars);
        expect(page.html.match(/class="page-block"/g)).toHaveLength(c.blocks);
      });

      it('marks every block once, odd blocks as elements and even blocks inside a word', () => {
        expect(page.markersAsElements).toBe(Math.ceil(c.blocks / 2));
        expect(page.markersInWords).toBe(Math.floor(c.blocks / 2));
        expect(page.html.match(/<div class="page-no">\d+\/\d+<\/div>/g)).toHaveLength(page.markersAsElements);
        const markers = collectMarkerCandidates(text).filter((m) => m.count === c.pageCount);
        expect(markers.map((m) => m.page)).toEqual(Array.from({ length: c.blocks }, (_, i) => i + 1));
        for (const m of markers.filter((m) => m.page % 2 === 0)) {
          expect(IDEOGRAPH.test(text[m.start - 1]!), `before ${m.page}/${m.count}`).toBe(true);
          expect(IDEOGRAPH.test(text[m.end]!), `after ${m.page}/${m.count}`).toBe(true);
        }
      });

      it('is cleaned by the core: every marker is recognised as a page marker or counter', () => {
        const removed = findRemovals(text).filter((r) => r.reason === 'page-marker' || r.reason === 'page-counter');
        expect(removed).toHaveLength(c.blocks);
      });

      it('is the same page every time (deterministic)', () => {
        expect(makeBigPage(c.options).html).toBe(page.html);
      });
    });
  }

  it('renders later blocks for a page that appends them, numbered on', () => {
    const page = makeBigPage({ chars: 10_000, pageCount: 15 });
    const more = page.blocksHtml(page.blocks + 1, 10);
    expect(more.match(/class="page-block"/g)).toHaveLength(10);
    expect(more).toContain('<div class="page-no">11/15</div>');
    expect(more).toMatch(/12\/15/);
  });
});

describe('bigPageClutter (the first-frame probe of each structure counts these)', () => {
  const visibleText = (html: string) =>
    html
      .replace(/<(script|style|title)[^>]*>[\s\S]*?<\/\1>/g, '')
      .replace(/<[^>]+>/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&')
      .replace(/\s+/g, '');
  for (const structure of PAGE_STRUCTURES) {
    it(`names only clutter the ${structure} page shows, its frame's and the first blocks' markers`, () => {
      const page = makeBigPage({ structure, chars: 40_000, pageCount: 30 });
      const clutter = bigPageClutter(page);
      const text = visibleText(page.html);
      for (const c of clutter) expect(text, c).toContain(c.replace(/\s+/g, ''));
      expect(clutter).toContain('1 / 30');
      expect(clutter.filter((c) => /^\d+\/30$/.test(c))).toEqual(Array.from({ length: MARKER_BLOCKS }, (_, i) => `${i + 1}/30`));
      expect(clutter.some((c) => c.includes('/20'))).toBe(false);
    });
  }
});
