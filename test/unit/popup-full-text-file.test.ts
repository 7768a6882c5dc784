import { describe, expect, it } from 'vitest';
import { PageFullTextSchema, parseMessage, type PageFullText } from '../../src/messages';
import { fullTextFile, fullTextSource } from '../../src/popup/full-text-file';
import { makeClip } from './helpers/make-clip';

const TEXT = '某县林业发展规划\n一、主要目标。到2025年，完成造林3万亩。\n二、重点任务。';
const A = '00000000-0000-4000-8000-00000000aaaa';
const B = '00000000-0000-4000-8000-00000000bbbb';

/** A reply as the content script gives it, with fields in `patch` replaced. */
function reply(patch: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    docId: '777doc:4411',
    docTitle: '某县林业发展“十四五”规划',
    url: 'https://m.777doc.com/doc-4411.html',
    siteName: '三七文档',
    text: TEXT,
    found: [{ id: A, start: TEXT.indexOf('到2025年'), end: TEXT.indexOf('3万亩') + 3 }],
    pages: { first: 1, last: 9, count: 20 },
    ...patch,
  };
}

describe('PageFullTextSchema: the popup reads a reply as a page text only if it has that shape', () => {
  it('accepts what the content script sends, and pages null or without a count', () => {
    for (const pages of [{ first: 1, last: 9, count: 20 }, { first: 4, last: 4, count: null }, null]) {
      expect(parseMessage(PageFullTextSchema, reply({ pages }))).toEqual({ ok: true, value: reply({ pages }) });
    }
  });

  const refused: Array<{ name: string; input: unknown; error: RegExp }> = [
    { name: 'nothing', input: undefined, error: /invalid message/ },
    { name: 'a string', input: 'text', error: /invalid message/ },
    { name: 'an array', input: [TEXT], error: /invalid message/ },
    { name: 'the text not a string', input: reply({ text: 42 }), error: /at text/ },
    { name: 'an unknown field', input: reply({ html: '<script>' }), error: /html/ },
    { name: 'no url', input: reply({ url: '' }), error: /at url/ },
    { name: 'a clip id not a UUID', input: reply({ found: [{ id: '../../x', start: 0, end: 1 }] }), error: /at found\.0\.id/ },
    { name: 'a negative offset', input: reply({ found: [{ id: A, start: -1, end: 3 }] }), error: /at found\.0\.start/ },
    { name: 'a fractional offset', input: reply({ found: [{ id: A, start: 0.5, end: 3 }] }), error: /at found\.0\.start/ },
    { name: 'an empty span', input: reply({ found: [{ id: A, start: 3, end: 3 }] }), error: /end after it starts/ },
    { name: 'a span past the text', input: reply({ found: [{ id: A, start: 3, end: TEXT.length + 1 }] }), error: /beyond the end of the text/ },
    { name: 'a clip found twice', input: reply({ found: [{ id: A, start: 0, end: 2 }, { id: A, start: 3, end: 5 }] }), error: /found twice/ },
    { name: 'pages backwards', input: reply({ pages: { first: 9, last: 1, count: 20 } }), error: /first ≤ last ≤ count/ },
    { name: 'more pages shown than the count', input: reply({ pages: { first: 1, last: 21, count: 20 } }), error: /first ≤ last ≤ count/ },
    { name: 'page 0', input: reply({ pages: { first: 0, last: 1, count: 20 } }), error: /at pages\.first/ },
    { name: 'pages as a string', input: reply({ pages: '1-9' }), error: /at pages/ },
  ];
  it.each(refused)('refuses $name, saying where', ({ input, error }) => {
    const parsed = parseMessage(PageFullTextSchema, input);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(error);
  });
});

describe('fullTextSource / fullTextFile: the reply joined with the clips as the database holds them', () => {
  const page = reply() as unknown as PageFullText;
  const accessed = new Date(2026, 11, 4, 10);

  it('marks the found clips with their current note, lists the others, drops anchors of deleted clips', () => {
    const found = makeClip({ id: A, text: '到2025年，完成造林3万亩', note: '改过的笔记' });
    const elsewhere = makeClip({ text: '另一页的摘录' });
    const source = fullTextSource({ ...page, found: [...page.found, { id: B, start: 0, end: 4 }] }, [found, elsewhere], accessed);
    expect(source.marks).toEqual([{ start: page.found[0]!.start, end: page.found[0]!.end, clip: found }]);
    expect(source.missing).toEqual([elsewhere]);
    expect(source).toMatchObject({ title: page.docTitle, url: page.url, site: '三七文档', text: TEXT, pages: page.pages, accessed });
  });

  it('writes Markdown as .md and plain text as .txt, named after the document and not as its Obsidian note', () => {
    const clip = makeClip({ id: A, text: '到2025年，完成造林3万亩' });
    const md = fullTextFile(page, [clip], 'markdown', accessed);
    expect(md).toMatchObject({ name: '某县林业发展“十四五”规划 全文.md', type: 'text/markdown;charset=utf-8' });
    expect(md.text).toContain('<mark>到2025年，完成造林3万亩</mark>[^1]');
    expect(md.text).toContain('网站显示了第 1–9 页（共 20 页）');
    const plain = fullTextFile(page, [clip], 'plain', accessed);
    expect(plain).toMatchObject({ name: '某县林业发展“十四五”规划 全文.txt', type: 'text/plain;charset=utf-8' });
    expect(plain.text).toContain('[摘录1]到2025年，完成造林3万亩[/摘录1]');
  });

  it('names a file of an untitled page after its address', () => {
    expect(fullTextFile({ ...page, docTitle: '' }, [], 'plain', accessed).name).toBe('m.777doc.com doc-4411.html 全文.txt');
  });
});
