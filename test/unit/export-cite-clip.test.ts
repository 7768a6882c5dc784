import { describe, expect, it } from 'vitest';
import { citeClip } from '../../src/core/export/cite-clip';

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
