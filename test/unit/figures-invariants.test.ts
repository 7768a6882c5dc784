import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { recognizeFigures } from '../../src/core/figures/recognize-figures';
import { findTargets } from '../../src/core/targets/find-targets';

/** Pieces that collide in real reports: numerals, units, separators, approximation words. */
const PIECES = [
  '3', '20', '438', '1.5', ',', '，', '。', '万', '亿', '千', '一', '两', '三', '十', '百', '分之', '元', '亩',
  '个', '年', '月', '日', '度', '%', '以上', '约', '多', '余', '-', '—', '至', '第', '国道', '/', 'QQ', '“', '”',
  '确保', '目标', '力争', '到', 'xx', '(', ')', '《', '》', ' ', '\n', '季度', '底', '前',
];

describe('recognizeFigures and findTargets: invariants on arbitrary text', () => {
  it('figures are sorted, non-overlapping, and their text is the slice they cover', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        const figures = recognizeFigures(text);
        let last = 0;
        for (const f of figures) {
          expect(f.start).toBeGreaterThanOrEqual(last);
          expect(f.end).toBeGreaterThan(f.start);
          expect(text.slice(f.start, f.end)).toBe(f.text);
          last = f.end;
        }
        const targets = findTargets(text, figures);
        last = 0;
        for (const t of targets) {
          expect(t.start).toBeGreaterThanOrEqual(last);
          expect(text.slice(t.start, t.end)).toBe(t.text);
          for (const f of t.figures) expect(f.start >= t.start && f.end <= t.end).toBe(true);
          last = t.end;
        }
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (text) => {
        findTargets(text);
      }),
      { numRuns: 300 },
    );
  });
});
