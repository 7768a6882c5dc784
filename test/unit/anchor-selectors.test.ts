import { describe, expect, it } from 'vitest';
import { anchorSelectors } from '../../src/core/anchoring/anchor-selectors';
import { describeSpan } from '../../src/core/anchoring/describe-span';

const page = '一期工程投入198万元已到位,7月中旬将正式开工。二期工程投入198万元尚未到位。';

/** Describes `exact` (its `nth` occurrence) in `before`, then anchors it in `after`. */
function roundTrip(before: string, exact: string, after: string, nth = 0) {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = before.indexOf(exact, at + 1);
  const [quote, position] = describeSpan(before, at, at + exact.length);
  const match = anchorSelectors(after, quote, position);
  return match && { text: after.slice(match.start, match.end), start: match.start, method: match.method };
}

const cases: Array<{ name: string; before: string; exact: string; after: string; nth?: number; expect: { text: string; start?: number; method: string } | null }> = [
  { name: 'unchanged page: position', before: page, exact: '7月中旬将正式开工', after: page, expect: { text: '7月中旬将正式开工', method: 'position' } },
  { name: 'text inserted before: quote', before: page, exact: '7月中旬将正式开工', after: '新增一句。' + page, expect: { text: '7月中旬将正式开工', start: 5 + page.indexOf('7月中旬'), method: 'quote' } },
  { name: 'second of two equal quotes, shifted: context picks it', before: page, exact: '投入198万元', nth: 1, after: '前言。' + page, expect: { text: '投入198万元', start: page.lastIndexOf('投入198万元') + 3, method: 'quote' } },
  { name: 'first of two equal quotes, shifted', before: page, exact: '投入198万元', nth: 0, after: '前言。' + page, expect: { text: '投入198万元', start: 7, method: 'quote' } },
  { name: 'line breaks moved: loose', before: page, exact: '7月中旬将正式开工', after: page.replace('正式', '正\n式'), expect: { text: '7月中旬将正\n式开工', method: 'loose' } },
  { name: 'quote gone: not found, never guessed', before: page, exact: '7月中旬将正式开工', after: '完全不同的页面。', expect: null },
  { name: 'empty quote: not found', before: page, exact: '', after: page, expect: null },
];

describe('anchorSelectors', () => {
  it.each(cases)('$name', ({ before, exact, after, nth, expect: want }) => {
    const got = roundTrip(before, exact, after, nth);
    if (want === null) expect(got).toBeNull();
    else expect(got).toMatchObject(want);
  });

  it('refuses an ambiguous quote whose context no longer agrees', () => {
    const quote = { type: 'TextQuoteSelector' as const, exact: '198万元', prefix: '完全无关的前文', suffix: '完全无关的后文' };
    expect(anchorSelectors('投入198万元。又投入198万元。', quote)).toBeNull();
  });
});

describe('describeSpan', () => {
  it('keeps 32 characters of context and clamps to the text', () => {
    const text = 'x'.repeat(40) + 'ABC' + 'y'.repeat(40);
    const [quote, position] = describeSpan(text, 40, 43);
    expect(quote).toEqual({ type: 'TextQuoteSelector', exact: 'ABC', prefix: 'x'.repeat(32), suffix: 'y'.repeat(32) });
    expect(position).toEqual({ type: 'TextPositionSelector', start: 40, end: 43 });
    expect(describeSpan('abc', 2, 99)[1]).toEqual({ type: 'TextPositionSelector', start: 2, end: 3 });
  });
});
