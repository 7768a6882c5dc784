import Cite from 'citation-js';
import { describe, expect, it } from 'vitest';
import { clipsToCslJson } from '../../src/core/export/clips-to-csl-json';
import { makeClip } from './helpers/make-clip';
import { parseCitations } from './helpers/parse-citations';

/** Noon UTC: the same local day in every time zone from UTC−11 to UTC+11. */
const at = (day: string) => `${day}T12:00:00.000Z`;
const read = (clips: ReturnType<typeof makeClip>[]) => parseCitations(JSON.stringify(clipsToCslJson(clips), null, 2), '@csl/list+object');

describe('clipsToCslJson, read back by citation-js', () => {
  it('writes one report per document with id, title, publisher, URL, access date, pages, tags and the clips as its note', async () => {
    const clips = [
      makeClip({ text: '到2025年，完成造林3万亩。', page: 7, note: '与省级\n目标对照', tags: ['林业'], createdAt: at('2026-11-05') }),
      makeClip({ text: '森林覆盖率达到45.5%。', page: 3, tags: ['碳汇'], createdAt: at('2026-11-01') }),
    ];
    const [item, ...rest] = await read(clips);
    expect(rest).toEqual([]);
    expect(item).toEqual({
      id: '777doc:4411',
      type: 'report',
      title: '某县林业发展“十四五”规划',
      publisher: '三七文档',
      URL: 'https://m.777doc.com/doc-4411.html',
      accessed: { 'date-parts': [[2026, 11, 5]] },
      page: '3-7',
      keyword: '林业, 碳汇',
      note: '「到2025年，完成造林3万亩。」（第 7 页）\n笔记：与省级\n目标对照\n标签：林业\n\n「森林覆盖率达到45.5%。」（第 3 页）\n标签：碳汇',
    });
  });

  it('is CSL that citeproc formats (citation-js bibliography)', () => {
    const html = new Cite(clipsToCslJson([makeClip({ createdAt: at('2026-11-05') })])).format('bibliography', { format: 'text', template: 'apa' });
    expect(html).toContain('某县林业发展“十四五”规划');
    expect(html).toContain('三七文档');
    expect(html).toContain('https://m.777doc.com/doc-4411.html');
  });

  const cases: { name: string; clips: () => ReturnType<typeof makeClip>[]; expected: Record<string, unknown>[] }[] = [
    {
      name: 'a title with quotes and line breaks is kept as written',
      clips: () => [makeClip({ docTitle: '关于"十四五"\n规划的 \\ 通知', tags: [] })],
      expected: [{ type: 'report', title: '关于"十四五"\n规划的 \\ 通知' }],
    },
    {
      name: 'no title: a web page with the site as container, no title',
      clips: () => [makeClip({ docTitle: '', url: 'https://www.example.com/a', site: 'generic', page: null, tags: [] })],
      expected: [{ type: 'webpage', title: undefined, 'container-title': 'www.example.com', publisher: 'www.example.com', page: undefined, keyword: undefined }],
    },
    {
      name: 'several documents, in first-seen order, each with its own id',
      clips: () => [
        makeClip({ docId: 'a', docTitle: '甲' }),
        makeClip({ docId: 'b', docTitle: '乙', url: 'https://wenku.baidu.com/view/b', site: 'baidu-wenku' }),
        makeClip({ docId: 'a', docTitle: '' }),
      ],
      expected: [
        { id: 'a', title: '甲' },
        { id: 'b', title: '乙', URL: 'https://wenku.baidu.com/view/b', publisher: '百度文库' },
      ],
    },
    {
      name: 'CJK text and emoji kept as written',
      clips: () => [makeClip({ docTitle: '《碳达峰》实施方案（2024—2030年）🌲', text: '确保：①单位GDP能耗下降13.5%', page: null, tags: [] })],
      expected: [{ title: '《碳达峰》实施方案（2024—2030年）🌲', note: '「确保：①单位GDP能耗下降13.5%」' }],
    },
  ];
  it.each(cases)('$name', async ({ clips, expected }) => {
    const items = await read(clips());
    expect(items).toHaveLength(expected.length);
    expected.forEach((fields, i) => {
      for (const [key, value] of Object.entries(fields)) expect(items[i]![key], key).toEqual(value);
    });
  });

  it("carries the reader's author (literal names), type and document note, and each clip's category", async () => {
    const clips = [makeClip({ page: 3, category: '数据', note: '', tags: [] })];
    const records = new Map([['777doc:4411', { docId: '777doc:4411', note: '整体可信', author: '某县林业局, 张三', docType: 'D' as const, updatedAt: at('2026-11-01') }]]);
    const [item] = await parseCitations(JSON.stringify(clipsToCslJson(clips, records)), '@csl/list+object');
    expect(item).toMatchObject({
      type: 'thesis',
      author: [{ literal: '某县林业局' }, { literal: '张三' }],
      note: '文档笔记：整体可信\n\n「到2025年，完成造林3万亩，森林覆盖率达到45.5%。」（第 3 页）\n分类：数据',
    });
    const text = new Cite(clipsToCslJson(clips, records)).format('bibliography', { format: 'text', template: 'apa' });
    expect(text).toContain('某县林业局');
  });

  it('writes an empty list for no clips', () => {
    expect(clipsToCslJson([])).toEqual([]);
  });
});
