import { describe, expect, it } from 'vitest';
import { cleanText } from '../../src/core/clean/clean-text';

/** Document lines the property tests found removed whole, and the clutter lines beside them that must still go. */
const cases: Array<{ name: string; input: string; expect: string }> = [
  { name: 'a sentence that mentions © stays', input: '商标旁标注©符号。', expect: '商标旁标注©符号。' },
  { name: 'a © line stays clutter', input: '正文。\n©2015-2020 m.777doc.com 三七文档.', expect: '正文。' },
  { name: 'Copyright line', input: '正文。\nCopyright © 2008-2023 doc88.com All Rights Reserved', expect: '正文。' },
  { name: 'fold phrase never takes the document text after it (the line is kept whole)', input: '阅读已结束(三)全面推进水污染防治。', expect: '阅读已结束(三)全面推进水污染防治。' },
  { name: 'fold line with its download prompt goes', input: '正文。\n免费阅读已结束,点击下载阅读编辑剩下 ...', expect: '正文。' },
  { name: 'fold line with 您可以 goes', input: '正文。\n阅读已结束,您可以下载文档离线阅读编辑', expect: '正文。' },
  { name: 'a sentence starting 首页/ stays', input: '首页/正文开始,加大工作力度。', expect: '首页/正文开始,加大工作力度。' },
  { name: 'a breadcrumb goes', input: '当前位置:首页 > 文库 > 工作总结\n正文。', expect: '正文。' },
  { name: '首页 > trail goes', input: '首页 > 范文 > 发言稿\n正文。', expect: '正文。' },
];

describe('line clutter regressions', () => {
  it.each(cases)('$name', ({ input, expect: want }) => expect(cleanText(input).text.trim()).toBe(want));
});

describe('watermark lines', () => {
  const repeated = (line: string) => Array.from({ length: 5 }, (_, i) => `第${i + 1}段正文。\n${line}`).join('\n');
  it.each([
    { line: '可编辑资料 - - - 欢迎下载', removed: true },
    { line: '精品名师归纳总结', removed: true },
    { line: '请按时下载并填报统计表。', removed: false },
    { line: '学习贯彻会议精神!', removed: false },
  ])('$line repeated five times → removed: $removed', ({ line, removed }) => {
    const cleaned = cleanText(repeated(line)).text;
    expect(cleaned.includes(line)).toBe(!removed);
    for (let i = 1; i <= 5; i++) expect(cleaned).toContain(`第${i}段正文。`);
  });
});
