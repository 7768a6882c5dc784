import { describe, expect, it } from 'vitest';
import { MAX_TERMS, MAX_TERM_LENGTH, parseWatchTerms, readWatchTerms } from '../../src/options/watch-terms';

describe('parseWatchTerms', () => {
  const cases: Array<{ name: string; text: string; expect: string[] }> = [
    { name: 'empty', text: '', expect: [] },
    { name: 'one a line', text: '碳排放\n河长制', expect: ['碳排放', '河长制'] },
    { name: 'Windows and old Mac line ends', text: '碳排放\r\n河长制\r生态', expect: ['碳排放', '河长制', '生态'] },
    { name: 'trimmed, blank lines dropped', text: '  碳排放 \n\n \t\n河长制\u3000', expect: ['碳排放', '河长制'] },
    { name: 'inner spaces kept (a phrase is one term)', text: 'carbon peak', expect: ['carbon peak'] },
    { name: 'duplicates keep the first', text: '碳排放\n河长制\n碳排放', expect: ['碳排放', '河长制'] },
  ];
  it.each(cases)('$name', ({ text, expect: want }) => {
    expect(parseWatchTerms(text)).toEqual(want);
  });

  it('limits length and number', () => {
    expect([...parseWatchTerms('长'.repeat(MAX_TERM_LENGTH + 3))[0]!].length).toBe(MAX_TERM_LENGTH);
    const many = Array.from({ length: MAX_TERMS + 5 }, (_, i) => `词${i}`).join('\n');
    expect(parseWatchTerms(many)).toHaveLength(MAX_TERMS);
  });
});

describe('readWatchTerms', () => {
  const cases: Array<[unknown, string[]]> = [
    [undefined, []],
    ['碳排放', []],
    [['碳排放', 3, null, '河长制'], ['碳排放', '河长制']],
  ];
  it.each(cases)('%j → %j', (value, want) => {
    expect(readWatchTerms(value)).toEqual(want);
  });
});
