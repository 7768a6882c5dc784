import { describe, expect, it } from 'vitest';
import type { DocumentType } from '../../src/core/export/cite-clip';
import { clipsToRis, oneLine } from '../../src/core/export/clips-to-ris';
import { makeClip } from './helpers/make-clip';
import { parseCitations } from './helpers/parse-citations';

/** citation-js gives one N1 as a string, several as an array. */
const notes = (item: Record<string, unknown>): unknown => (typeof item.note === 'string' ? [item.note] : item.note);

/** Noon UTC: the same local day in every time zone from UTC−11 to UTC+11. */
const at = (day: string) => `${day}T12:00:00.000Z`;

describe('clipsToRis, read back by citation-js', () => {
  it('writes one report per document with title, publisher, URL, access date, pages, tags and a note per clip', async () => {
    const clips = [
      makeClip({ text: '到2025年，完成造林3万亩。', page: 3, note: '与省级目标对照', tags: ['林业'], createdAt: at('2026-11-01') }),
      makeClip({ text: '森林覆盖率达到45.5%。', page: 7, note: '', tags: ['林业', '碳汇'], createdAt: at('2026-11-05') }),
    ];
    const [item, ...rest] = await parseCitations(clipsToRis(clips), '@ris/file');
    expect(rest).toEqual([]);
    expect(item).toMatchObject({
      type: 'report',
      title: '某县林业发展“十四五”规划',
      publisher: '三七文档',
      URL: 'https://m.777doc.com/doc-4411.html',
      accessed: { 'date-parts': [[2026, 11, 5]] },
      page: '3-7',
      keyword: '林业,碳汇',
      note: ['「到2025年，完成造林3万亩。」（第 3 页） 笔记：与省级目标对照 标签：林业', '「森林覆盖率达到45.5%。」（第 7 页） 标签：林业, 碳汇'],
    });
  });

  it('writes the record as expected, line by line', () => {
    const clip = makeClip({ text: '完成造林3万亩。', page: 3, tags: [], createdAt: at('2026-11-01') });
    expect(clipsToRis([clip])).toBe(
      [
        'TY  - RPRT',
        'TI  - 某县林业发展“十四五”规划',
        'PB  - 三七文档',
        'UR  - https://m.777doc.com/doc-4411.html',
        'Y2  - 2026/11/01',
        'SP  - 3',
        'N1  - 「完成造林3万亩。」（第 3 页）',
        'ER  - ',
        '',
      ].join('\n'),
    );
  });

  const cases: { name: string; clips: () => ReturnType<typeof makeClip>[]; expected: Record<string, unknown>[] }[] = [
    {
      name: 'a title with quotes and line breaks stays one value',
      clips: () => [makeClip({ docTitle: '关于"十四五"\n规划的\r\n通知 \'草案\'', tags: [] })],
      expected: [{ type: 'report', title: '关于"十四五" 规划的 通知 \'草案\'' }],
    },
    {
      name: 'no title: a web page with the site as container, no title',
      clips: () => [makeClip({ docTitle: '  ', url: 'https://www.example.com/a', site: 'generic', tags: [] })],
      expected: [{ type: 'webpage', title: undefined, publisher: 'www.example.com', URL: 'https://www.example.com/a' }],
    },
    {
      name: 'several documents, in first-seen order',
      clips: () => [
        makeClip({ docId: 'a', docTitle: '甲', url: 'https://m.777doc.com/a.html' }),
        makeClip({ docId: 'b', docTitle: '乙', url: 'https://wenku.baidu.com/view/b', site: 'baidu-wenku' }),
        makeClip({ docId: 'a', docTitle: '甲', url: 'https://m.777doc.com/a.html' }),
      ],
      expected: [
        { title: '甲', URL: 'https://m.777doc.com/a.html' },
        { title: '乙', URL: 'https://wenku.baidu.com/view/b' },
      ],
    },
    {
      name: 'CJK text, full-width punctuation and emoji kept as written',
      clips: () => [makeClip({ docTitle: '《碳达峰》实施方案（2024—2030年）🌲', text: '确保：①单位GDP能耗下降13.5%；②……', page: null, tags: ['双碳'] })],
      expected: [{ title: '《碳达峰》实施方案（2024—2030年）🌲', page: undefined, note: ['「确保：①单位GDP能耗下降13.5%；②……」 标签：双碳'] }],
    },
    {
      name: 'a clip line that looks like a RIS tag cannot end the record',
      clips: () => [makeClip({ text: '第一行\nER  - \nTY  - JOUR', page: null, tags: [] }), makeClip({ page: null, tags: [] })],
      expected: [{ type: 'report', note: ['「第一行 ER - TY - JOUR」', '「到2025年，完成造林3万亩，森林覆盖率达到45.5%。」'] }],
    },
    {
      name: 'pages: one page is SP alone, unknown pages are left out',
      clips: () => [makeClip({ page: 9 }), makeClip({ page: null }), makeClip({ page: 9 })],
      expected: [{ page: '9' }],
    },
  ];
  it.each(cases)('$name', async ({ clips, expected }) => {
    const items = await parseCitations(clipsToRis(clips()), '@ris/file');
    expect(items).toHaveLength(expected.length);
    expected.forEach((fields, i) => {
      for (const [key, value] of Object.entries(fields)) expect(key === 'note' ? notes(items[i]!) : items[i]![key], key).toEqual(value);
    });
  });

  it("carries the reader's author (one AU per creator), type and document note, and each clip's category", async () => {
    const clips = [makeClip({ docId: 'd', page: 3, category: '目标', note: '对照', tags: [] }), makeClip({ docId: 'e', docTitle: '乙', page: 2, tags: [] })];
    const records = new Map([
      ['d', { docId: 'd', note: '整体\n可信', author: '某县林业局；张三', docType: 'S' as const, updatedAt: at('2026-11-01') }],
      ['e', { docId: 'e', note: '', docType: 'M' as const, updatedAt: at('2026-11-01') }],
    ]);
    const [standard, book] = await parseCitations(clipsToRis(clips, records), '@ris/file');
    expect(standard).toMatchObject({
      type: 'standard',
      author: [{ family: '某县林业局' }, { family: '张三' }],
      page: '3',
      note: ['文档笔记：整体 可信', '「到2025年，完成造林3万亩，森林覆盖率达到45.5%。」（第 3 页） 分类：目标 笔记：对照'],
    });
    // A book's SP is its number of pages to Zotero: the clip's page stays in its note only.
    expect(book).toMatchObject({ type: 'book', title: '乙', note: '「到2025年，完成造林3万亩，森林覆盖率达到45.5%。」（第 2 页）' });
    expect(book!.page).toBeUndefined();
    expect(book!['number-of-pages']).toBeUndefined();
  });

  const types: [DocumentType | undefined, string, string][] = [
    [undefined, '某题', 'report'],
    [undefined, '', 'webpage'],
    ['EB', '某题', 'report'],
    ['R', '某题', 'report'],
    ['S', '某题', 'standard'],
    ['M', '某题', 'book'],
    ['J', '某题', 'article-journal'],
    ['D', '某题', 'thesis'],
    ['G', '某题', 'book'],
    ['A', '某题', 'manuscript'],
    ['DS', '某题', 'dataset'],
  ];
  it.each(types)('type %s (title %j) is read as %s', async (docType, docTitle, expected) => {
    const records = new Map(docType ? [['777doc:4411', { docId: '777doc:4411', note: '', docType, updatedAt: at('2026-11-01') }]] : []);
    const [item] = await parseCitations(clipsToRis([makeClip({ docTitle })], records), '@ris/file');
    expect(item!.type).toBe(expected);
  });

  it('writes nothing for no clips', () => {
    expect(clipsToRis([])).toBe('');
  });
});

describe('oneLine', () => {
  const cases: [string, string][] = [
    ['a\nb', 'a b'],
    ['a \r\n\r\n b', 'a b'],
    ['a\u2028b\u2029c\u0085d', 'a b c d'],
    ['  edge  ', 'edge'],
    ['甲　乙', '甲　乙'],
    ['ER  - x\tTY  - y', 'ER - x TY - y'],
  ];
  it.each(cases)('%j → %j', (input, expected) => {
    expect(oneLine(input)).toBe(expected);
  });
});
