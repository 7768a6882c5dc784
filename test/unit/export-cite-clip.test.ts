import { describe, expect, it } from 'vitest';
import { citeClip, type CitationStyle, type CitedDocument, type DocumentType } from '../../src/core/export/cite-clip';

describe('citeClip (GB/T 7714-2015, electronic resource)', () => {
  const accessed = new Date(2026, 10, 29, 23, 30); // local time: the reader's day
  const cases: { name: string; clip: { docTitle: string; site: string; url: string }; expected: string }[] = [
    {
      name: 'known site: the profile name is the publisher',
      clip: { docTitle: '某县林业发展规划', site: '777doc', url: 'https://m.777doc.com/doc-4411.html' },
      expected: '某县林业发展规划[EB/OL]. 三七文档[2026-11-29]. https://m.777doc.com/doc-4411.html.',
    },
    {
      name: 'other site: the host is the publisher',
      clip: { docTitle: '年度报告', site: 'generic', url: 'https://www.example.gov.cn/a/b.html?x=1' },
      expected: '年度报告[EB/OL]. www.example.gov.cn[2026-11-29]. https://www.example.gov.cn/a/b.html?x=1.',
    },
    {
      name: 'a final full stop of the title is not doubled',
      clip: { docTitle: ' 关于印发方案的通知。 ', site: '777doc', url: 'https://m.777doc.com/doc-1.html' },
      expected: '关于印发方案的通知[EB/OL]. 三七文档[2026-11-29]. https://m.777doc.com/doc-1.html.',
    },
    {
      name: 'empty title',
      clip: { docTitle: '', site: '777doc', url: 'https://m.777doc.com/doc-2.html' },
      expected: '无题名[EB/OL]. 三七文档[2026-11-29]. https://m.777doc.com/doc-2.html.',
    },
  ];
  it.each(cases)('$name', ({ clip, expected }) => {
    expect(citeClip(clip, accessed)).toBe(expected);
  });
});

describe('citeClip with the author and type the reader entered, in both styles', () => {
  const accessed = new Date(2026, 10, 29, 9, 0);
  const clip = { docTitle: '某县林业发展规划', site: '777doc', url: 'https://m.777doc.com/doc-4411.html' };
  const cases: { name: string; document: CitedDocument; expected: string }[] = [
    {
      name: 'an organisation as author, type report',
      document: { author: '某县林业局', docType: 'R' },
      expected: '某县林业局. 某县林业发展规划[R/OL]. 三七文档[2026-11-29]. https://m.777doc.com/doc-4411.html.',
    },
    {
      name: 'three persons, separated as typed',
      document: { author: '张三，李四、王五', docType: 'J' },
      expected: '张三, 李四, 王五. 某县林业发展规划[J/OL]. 三七文档[2026-11-29]. https://m.777doc.com/doc-4411.html.',
    },
    {
      name: 'more than three: the first three, then 等',
      document: { author: '甲,乙,丙,丁' },
      expected: '甲, 乙, 丙, 等. 某县林业发展规划[EB/OL]. 三七文档[2026-11-29]. https://m.777doc.com/doc-4411.html.',
    },
    {
      name: 'a blank author is left out',
      document: { author: ' ， ', docType: 'DS' },
      expected: '某县林业发展规划[DS/OL]. 三七文档[2026-11-29]. https://m.777doc.com/doc-4411.html.',
    },
  ];
  it.each(cases)('2015: $name', ({ document, expected }) => {
    expect(citeClip(clip, accessed, document, '2015')).toBe(expected);
  });
  /** What 2025 writes of the same documents: the same layout, creators joined with full-width commas. */
  const in2025 = ['某县林业局. ', '张三，李四，王五. ', '甲，乙，丙，等. ', ''];
  it.each(cases.map((c, i) => ({ ...c, expected: c.expected.replace(/^[^]*?(?=某县林业发展规划\[)/, in2025[i]!) })))(
    '2025 (same layout for an online document, GB punctuation): $name',
    ({ document, expected }) => {
      expect(citeClip(clip, accessed, document, '2025')).toBe(expected);
    },
  );
  const titles: [string, string, string][] = [
    ['Seeds, sciences, and struggle: the politics (2012)', 'Seeds, sciences, and struggle: the politics (2012)', 'Seeds，sciences，and struggle：the politics（2012）'],
    ['规划(草案); 说明! 何时?', '规划(草案); 说明! 何时?', '规划（草案）；说明！何时？'],
    ['年产1,000吨 3:1', '年产1,000吨 3:1', '年产1,000吨 3:1'],
    ['某县“十四五”规划（2021—2025年）', '某县“十四五”规划（2021—2025年）', '某县“十四五”规划（2021—2025年）'],
  ];
  it.each(titles)('the title %j: 2015 as written, 2025 with full-width punctuation', (docTitle, in2015, in2025Title) => {
    const url = 'https://m.777doc.com/doc-4411.html';
    expect(citeClip({ ...clip, docTitle }, accessed, {}, '2015')).toBe(`${in2015}[EB/OL]. 三七文档[2026-11-29]. ${url}.`);
    expect(citeClip({ ...clip, docTitle }, accessed, {}, '2025')).toBe(`${in2025Title}[EB/OL]. 三七文档[2026-11-29]. ${url}.`);
  });
  it('refuses an unknown type or style', () => {
    expect(() => citeClip(clip, accessed, { docType: 'toString' as DocumentType })).toThrow('未知的文献类型：toString');
    expect(() => citeClip(clip, accessed, {}, '2020' as CitationStyle)).toThrow('未知的著录规则版本：2020');
  });
});
