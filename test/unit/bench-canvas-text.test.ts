import { describe, expect, it } from 'vitest';
import { linesOf, paginate, PAGE } from '../../bench/canvas-pages';
import { matchStrings, precision, recall, textErrors } from '../../bench/canvas-score';
import { caseSentences } from '../../bench/canvas-texts';

/** The canvas-text benchmark's layout and scores do what BENCHMARKS.md says they do. */

describe('paginate', () => {
  it('keeps every character, in order, and cycles the draw modes', () => {
    const paragraphs = ['一、总体情况', '全年完成投资3.26亿元,同比增长8.4%。'.repeat(300), '二、下一步安排', '力争新增供水能力2万吨/日。'];
    const pages = paginate(paragraphs);
    expect(pages.length).toBeGreaterThanOrEqual(4);
    expect(pages.flatMap((p) => p.paragraphs).join('')).toBe(paragraphs.join(''));
    expect(pages.map((p) => p.mode).slice(0, 4)).toEqual(['line', 'char', 'run', 'line']);
  });

  it('fills no page past its lines, and splits a long paragraph after a sentence end', () => {
    const pages = paginate(['全年完成投资3.26亿元,同比增长8.4%。'.repeat(80)], 20);
    for (const p of pages) expect(p.paragraphs.reduce((n, x) => n + linesOf(x) + 0.5, 0)).toBeLessThanOrEqual(20 + 0.5);
    for (const p of pages.slice(0, -1)) expect(p.paragraphs.at(-1)!.endsWith('。')).toBe(true);
  });

  it('cuts a sentence longer than a page mid-way rather than losing it', () => {
    const long = '一'.repeat(2000);
    const pages = paginate([long], 10);
    expect(pages.map((p) => p.paragraphs.join('')).join('')).toBe(long);
  });

  it('counts a line as the page script wraps it: an em a CJK character, less for ASCII', () => {
    const perLine = (PAGE.width - 2 * PAGE.left) / PAGE.font;
    expect(linesOf('字'.repeat(perLine))).toBe(1);
    expect(linesOf('字'.repeat(perLine + 1))).toBe(2);
    expect(linesOf('a'.repeat(perLine + 1))).toBe(1);
  });
});

describe('scores', () => {
  const cases = [
    { found: ['18个', '236个'], truth: ['18个', '236个'], recall: 1, precision: 1 },
    { found: ['18个'], truth: ['18个', '236个'], recall: 0.5, precision: 1 },
    { found: ['18个', '18个', '2024年'], truth: ['18个', '236个'], recall: 0.5, precision: 1 / 3 },
    { found: [], truth: [], recall: 1, precision: 1 },
    { found: [], truth: ['5万元'], recall: 0, precision: 0 },
  ];
  it.each(cases)('matches $found against $truth as multisets', (c) => {
    const m = matchStrings(c.found, c.truth);
    expect(recall(m)).toBeCloseTo(c.recall);
    expect(precision(m)).toBeCloseTo(c.precision);
  });

  it('counts text errors with whitespace and full-width forms folded, a missing layer as all wrong', () => {
    expect(textErrors('全年投入 4.6 亿元\n比上年', '全年投入4.6亿元比上年')).toEqual({ errors: 0, chars: 12 });
    expect(textErrors('全年投入４.６亿元', '全年投入4.6亿元')).toEqual({ errors: 0, chars: 9 });
    expect(textErrors('全年投人4.6亿元', '全年投入4.6亿元')).toEqual({ errors: 1, chars: 9 });
    expect(textErrors(null, '全年投入')).toEqual({ errors: 4, chars: 4 });
  });
});

describe('caseSentences', () => {
  it('reads the case texts of the figure and target tables', () => {
    const { paragraphs } = caseSentences();
    expect(paragraphs.length).toBeGreaterThan(200);
    expect(paragraphs).toContain('“三线”下地工程总投资438万元');
    expect(paragraphs).toContain('全县各乡镇和有关部门力争到2025年,森林覆盖率达到65%以上。');
    expect(new Set(paragraphs).size).toBe(paragraphs.length);
  });
});
