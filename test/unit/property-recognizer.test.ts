/**
 * Property tests for the analysers of the pure core: whatever the text, recognizeFigures,
 * findTargets, findRemovals, findPageMarkers and cleanText never throw and keep their span
 * contract (sorted, non-overlapping, in range, `text === input.slice(start, end)`).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cleanText } from '../../src/core/clean/clean-text';
import { findPageMarkers } from '../../src/core/clean/find-page-markers';
import { findRemovals } from '../../src/core/clean/find-removals';
import { recognizeFigures } from '../../src/core/figures/recognize-figures';
import { findTargets } from '../../src/core/targets/find-targets';
import { expectValidSpans, pageTextArb, unicodeArb } from './helpers/property-arbitraries';

const optionsArb = fc.record({
  pageCount: fc.option(fc.integer({ min: 0, max: 6000 }), { nil: undefined }),
  title: fc.option(fc.oneof(fc.constantFrom('组织部生态保护研讨发言', '', '  ', '(', '$&', '.*'), unicodeArb), { nil: undefined }),
});

/** Text of pieces, or entirely random Unicode. */
const anyTextArb = fc.oneof({ weight: 4, arbitrary: pageTextArb }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) });

describe('recogniser: never throws, spans keep their contract', () => {
  it('recognizeFigures: sorted, non-overlapping, in range, text = slice, values finite or null', () => {
    fc.assert(
      fc.property(anyTextArb, (text) => {
        const figures = recognizeFigures(text);
        expectValidSpans(text, figures, 'recognizeFigures');
        for (const f of figures) {
          expect(['date', 'money', 'percent', 'measure', 'count']).toContain(f.kind);
          if (f.value !== null) expect(Number.isFinite(f.value)).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('findTargets: sorted, non-overlapping, text = slice; figures inside the target', () => {
    fc.assert(
      fc.property(anyTextArb, (text) => {
        const figures = recognizeFigures(text);
        const targets = findTargets(text, figures);
        expectValidSpans(text, targets, 'findTargets');
        for (const t of targets) {
          expectValidSpans(text, t.figures, 'findTargets figures');
          for (const f of t.figures) expect(f.start >= t.start && f.end <= t.end).toBe(true);
        }
        // A subset of the figures (as the contract allows) keeps the same contract.
        const subset = figures.filter((_, i) => i % 2 === 0);
        expectValidSpans(text, findTargets(text, subset), 'findTargets(subset)');
      }),
      { numRuns: 300 },
    );
  });

  it('findRemovals and findPageMarkers: sorted, non-overlapping, in range, text = slice', () => {
    fc.assert(
      fc.property(anyTextArb, optionsArb, (text, options) => {
        expectValidSpans(text, findRemovals(text, options), 'findRemovals');
        expectValidSpans(text, findPageMarkers(text, options.pageCount), 'findPageMarkers');
      }),
      { numRuns: 300 },
    );
  });

  it('cleanText: removed keeps the span contract, the result never grows', () => {
    fc.assert(
      fc.property(anyTextArb, optionsArb, (text, options) => {
        const result = cleanText(text, options);
        expectValidSpans(text, result.removed, 'cleanText.removed');
        expect(result.text.length).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 300 },
    );
  });
});

describe('regressions', () => {
  // Minimal inputs found by the properties above are kept here as plain cases.
  it.each([
    { text: '' },
    { text: '\ud83d' },
    { text: '1/2'.repeat(600) },
  ])('never throws on $text', ({ text }) => {
    expectValidSpans(text, recognizeFigures(text), 'recognizeFigures');
    expectValidSpans(text, findTargets(text), 'findTargets');
    expectValidSpans(text, findRemovals(text), 'findRemovals');
    expectValidSpans(text, findPageMarkers(text), 'findPageMarkers');
    expectValidSpans(text, cleanText(text).removed, 'cleanText');
  });
});
