import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INLINE_PATTERNS, matchInline, type InlinePattern } from '../../src/core/clean/inline-clutter-patterns';
import { STORAGE_NOTICE } from '../../src/core/clean/find-site-names';

/**
 * Inline patterns found from their rare literal and extended backwards (`lead`), or searched
 * only near the text's start (`head`), find exactly what the single regex they stand for finds:
 * the regexes as they were before (issue 13: each cost ~150 steps at every position of a
 * 1M-character page, half of DocClip's time on it).
 */
const REFERENCE: Array<{ name: string; regex: RegExp; source: string }> = [
  { name: 'traditional thumbnail caption', regex: /[^\n_]{1,150}_第\s{0,3}\d{1,4}\s{0,3}頁/g, source: '_第\\s{0,3}\\d{1,4}\\s{0,3}頁' },
  { name: 'uploader copyright sentence', regex: /[^\n。]{0,60}一文来源于网友上传[,，]\s{0,4}不代表本站观点[^\n]{0,160}/g, source: '一文来源于网友上传' },
  { name: 'writing-help promo (你想好怎么写了吗)', regex: /[\u4e00-\u9fa5]{0,6}你想好怎么写了吗[?？]/g, source: '你想好怎么写了吗' },
  { name: 'writing-help promo (应该怎么写呢)', regex: /[\u4e00-\u9fa5]{2,8}(?:應該|应该)怎(?:么|麼|樣|样)(?:制定|写|寫|做)(?:才好)?呢[?？]/g, source: '(?:應該|应该)怎' },
  { name: 'site name before 仅提供信息存储空间 (find-site-names)', regex: /([\u4e00-\u9fa5A-Za-z0-9]{2,10})仅提供信息存储空间/g, source: '仅提供信息存储空间' },
  { name: 'page number after the opening heading', regex: /(?<=^\s{0,20}[^\n。！？!?；;，,:：]{2,60})\s{1,3}第\s{0,2}\d{1,3}\s{0,2}页(?=[ \t]{0,4}(?:\n|$))/g, source: '(?<=^\\s{0,20}' },
];

function patternFor(source: string): InlinePattern {
  const p = [...INLINE_PATTERNS, STORAGE_NOTICE].find((q) => q.pattern.source.startsWith(source));
  if (!p) throw new Error(`no inline pattern starting ${source}`);
  return p;
}

const reference = (regex: RegExp, text: string) => [...text.matchAll(regex)].filter((m) => m[0].length > 0).map((m) => ({ index: m.index, text: m[0] }));

/** Texts built of the pieces these patterns turn on, long runs included. */
const pieces = [
  '_', '第', '頁', '页', '1', '23', ' ', '\n', '。', '，', '中文', '标题', 'x'.repeat(70), '文'.repeat(160), '一文来源于网友上传,', '不代表本站观点', '_第1頁', ' 第4页', '一文来源于网友上传，不代表本站观点',
  '你想好怎么写了吗', '？', '?', '应该怎么写呢', '應該怎樣寫才好呢', '应该怎么', '制定', '才好', '呢', '工作总结', '好',
  '仅提供信息存储空间', '本站', 'A', 'ab1', '仅提供信息',
];
const texts = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((a) => a.join(''));

describe.each(REFERENCE)('$name', ({ regex, source }) => {
  const p = patternFor(source);

  it('finds what the single regex finds, on texts of its pieces', () => {
    fc.assert(fc.property(texts, (text) => {
      expect([...matchInline(text, p)]).toEqual(reference(regex, text));
    }), { numRuns: 2000 });
  });

  it('finds what it finds in real-looking cases', () => {
    const cases = [
      '某某文档_第1頁\n正文',
      `${'前'.repeat(200)}_第12頁后文`,
      '甲_第1頁乙_第2頁',
      '本文一文来源于网友上传，不代表本站观点，如有侵权请联系。下一句',
      `${'长'.repeat(100)}一文来源于网友上传,不代表本站观点`,
      '深入推进生态文明建设 第4页\n正文第一段',
      '标题 第4页',
      `${'x'.repeat(120)} 第4页\n`,
      '年终总结你想好怎么写了吗？下面是小编整理的范文',
      '你想好怎么写了吗?',
      '个人工作计划应该怎么制定才好呢？以下是范文',
      '年度述职報告應該怎樣寫呢?',
      '好应该怎么写呢？',
      '某某文库仅提供信息存储空间，不拥有所有权',
      'A仅提供信息存储空间仅提供信息存储空间',
      `${'文'.repeat(30)}仅提供信息存储空间`,
    ];
    for (const text of cases) expect([...matchInline(text, p)]).toEqual(reference(regex, text));
  });
});

describe('matchInline on a pattern without lead or head', () => {
  it('is matchAll without the empty matches', () => {
    const p: InlinePattern = { reason: 'nag', pattern: /a*/g };
    expect([...matchInline('baab', p)]).toEqual([{ index: 1, text: 'aa' }]);
  });
});
