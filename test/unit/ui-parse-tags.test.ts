import { describe, expect, it } from 'vitest';
import { MAX_TAGS, MAX_TAG_LENGTH, formatTags, parseTags, sameTags } from '../../src/ui/parse-tags';

const cases: Array<{ name: string; input: string; expect: string[] }> = [
  { name: 'blank', input: '   ', expect: [] },
  { name: 'ASCII commas', input: '林业,碳排放', expect: ['林业', '碳排放'] },
  { name: 'full-width comma and 、', input: '林业，碳排放、水利', expect: ['林业', '碳排放', '水利'] },
  { name: 'spaces, full-width space and tabs', input: ' 林业  碳排放\u3000水利\t目标 ', expect: ['林业', '碳排放', '水利', '目标'] },
  { name: 'semicolons', input: 'a;b；c', expect: ['a', 'b', 'c'] },
  { name: 'mixed runs of separators', input: '林业, 、 ,碳', expect: ['林业', '碳'] },
  { name: 'duplicates keep the first', input: '林业 碳 林业', expect: ['林业', '碳'] },
  { name: 'case is kept (tags are exact)', input: 'GDP gdp', expect: ['GDP', 'gdp'] },
];

describe('parseTags', () => {
  it.each(cases)('$name', ({ input, expect: want }) => {
    expect(parseTags(input)).toEqual(want);
  });

  it('cuts a tag to MAX_TAG_LENGTH code points, not code units', () => {
    const long = '𠀀'.repeat(MAX_TAG_LENGTH + 5);
    const [tag] = parseTags(long);
    expect([...tag!].length).toBe(MAX_TAG_LENGTH);
  });

  it('keeps at most MAX_TAGS tags', () => {
    const input = Array.from({ length: MAX_TAGS + 10 }, (_, i) => `t${i}`).join(',');
    expect(parseTags(input)).toHaveLength(MAX_TAGS);
  });
});

describe('formatTags / sameTags', () => {
  const roundTrips: string[][] = [[], ['林业'], ['林业', '碳排放', 'GDP']];
  it.each(roundTrips)('round-trips %j', (...tags) => {
    expect(parseTags(formatTags(tags))).toEqual(tags);
  });

  const comparisons: Array<[string[], string[], boolean]> = [
    [[], [], true],
    [['a', 'b'], ['a', 'b'], true],
    [['a', 'b'], ['b', 'a'], false],
    [['a'], ['a', 'b'], false],
  ];
  it.each(comparisons)('sameTags(%j, %j) is %s', (a, b, want) => {
    expect(sameTags(a, b)).toBe(want);
  });
});
