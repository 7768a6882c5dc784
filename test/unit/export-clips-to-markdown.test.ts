import { describe, expect, it } from 'vitest';
import { clipsToMarkdown } from '../../src/core/export/clips-to-markdown';
import { escapeMarkdown } from '../../src/core/export/markdown-escape';
import { makeClip } from './helpers/make-clip';

describe('clipsToMarkdown', () => {
  it('writes quote, source link with page, site and date, note and tags', () => {
    const clip = makeClip({
      text: '到2025年，完成造林3万亩。',
      docTitle: '某县林业发展规划',
      url: 'https://m.777doc.com/doc-4411.html',
      page: 3,
      note: '与省级目标对照',
      tags: ['林业', 'a`b'],
      createdAt: '2026-11-01T08:00:00.000Z',
    });
    expect(clipsToMarkdown([clip])).toBe(
      [
        '# DocClip 摘录',
        '',
        '## 某县林业发展规划',
        '',
        '> 到2025年，完成造林3万亩。',
        '',
        '— [某县林业发展规划](https://m.777doc.com/doc-4411.html)，第 3 页 · 三七文档 · 2026-11-01',
        '',
        '笔记：与省级目标对照',
        '',
        '标签：`林业` ``a`b``',
        '',
      ].join('\n'),
    );
  });

  it('groups clips of one document under one heading, documents in first-seen order', () => {
    const a1 = makeClip({ docId: 'd:a', docTitle: '甲', text: '一' });
    const b1 = makeClip({ docId: 'd:b', docTitle: '乙', text: '二' });
    const a2 = makeClip({ docId: 'd:a', docTitle: '甲', text: '三' });
    const md = clipsToMarkdown([a1, b1, a2]);
    expect(md.match(/^## .*/gm)).toEqual(['## 甲', '## 乙']);
    expect(md.indexOf('> 三')).toBeLessThan(md.indexOf('## 乙'));
  });

  const cases: { name: string; patch: Parameters<typeof makeClip>[0]; contains: string; excludes?: string }[] = [
    { name: 'no page, no note, no tags', patch: { page: null, note: '', tags: [] }, contains: '(https://m.777doc.com/doc-4411.html) · 三七文档', excludes: '笔记' },
    { name: 'multi-line text keeps its lines inside the quote', patch: { text: '第一段\n\n第二段' }, contains: '> 第一段\n>\n> 第二段' },
    { name: 'markdown in text is shown as written', patch: { text: '**重点** [链接](x)' }, contains: '> \\*\\*重点\\*\\* \\[链接\\](x)' },
    { name: 'a list marker at the start is escaped', patch: { text: '- 第一项' }, contains: '> \\- 第一项' },
    { name: 'parentheses and spaces in the URL are encoded', patch: { url: 'https://x.cn/a (1).html' }, contains: '(https://x.cn/a%20%281%29.html)' },
    { name: 'empty title falls back to 无题名 and the URL as link text', patch: { docTitle: '', url: 'https://x.cn/d' }, contains: '## 无题名' },
    { name: 'note lines become hard breaks', patch: { note: '甲\n乙' }, contains: '笔记：甲  \n乙' },
  ];
  it.each(cases)('$name', ({ patch, contains, excludes }) => {
    const md = clipsToMarkdown([makeClip(patch)]);
    expect(md).toContain(contains);
    if (excludes) expect(md).not.toContain(excludes);
  });

  it('escapes the characters Markdown would interpret', () => {
    expect(escapeMarkdown('a_b*c#d<e>|~!`')).toBe('a\\_b\\*c\\#d\\<e\\>\\|\\~\\!\\`');
    expect(escapeMarkdown('1. 目标')).toBe('1\\. 目标');
    expect(escapeMarkdown('2025年目标')).toBe('2025年目标');
  });

  const more: [string, string][] = [
    ['a &amp; b &#65; AT&T', 'a \\&amp; b \\&\\#65; AT&T'],
    ['见 https://x.cn/a_b 与 www.x.cn', '见 https\\://x.cn/a\\_b 与 www\\.x.cn'],
    ['mail@x.cn', 'mail\\@x.cn'],
    ['甲\n- 乙\n---\n2) 丙\n===', '甲\n\\- 乙\n\\---\n2\\) 丙\n\\==='],
  ];
  it.each(more)('escapes %j (character references, autolink triggers, line starts on every line) as %j', (text, expected) => {
    expect(escapeMarkdown(text)).toBe(expected);
  });
});
