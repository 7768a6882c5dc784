import { describe, expect, it } from 'vitest';
import { findWatchTerms } from '../../src/core/watch/find-watch-terms';

const cases: Array<{ name: string; text: string; terms: string[]; expect: string[] }> = [
  { name: 'Chinese substring, no segmentation', text: '推进生态文明建设,生态立县', terms: ['生态'], expect: ['生态', '生态'] },
  { name: 'longest term wins at one place', text: '河长制工作', terms: ['河长', '河长制'], expect: ['河长制'] },
  { name: 'Latin is case-insensitive', text: 'GDP 与 gdp', terms: ['gdp'], expect: ['GDP', 'gdp'] },
  { name: 'regex characters are literal', text: '投入(1万亩)与1万亩', terms: ['(1万亩)'], expect: ['(1万亩)'] },
  { name: 'blank terms ignored', text: '任何文字', terms: ['', '  '], expect: [] },
  { name: 'no terms', text: '任何文字', terms: [], expect: [] },
];

describe('findWatchTerms', () => {
  it.each(cases)('$name', ({ text, terms, expect: want }) => {
    const found = findWatchTerms(text, terms);
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual(want);
  });
});
