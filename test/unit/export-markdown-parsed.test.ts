import type { Nodes, Paragraph, RootContent } from 'mdast';
import { describe, expect, it } from 'vitest';
import type { DocumentRecord } from '../../src/core/documents/document-record';
import { clipsToMarkdown } from '../../src/core/export/clips-to-markdown';
import { documentNote } from '../../src/core/export/clips-to-obsidian';
import { BLOCK_END, BLOCK_START, replaceDocClipBlock } from '../../src/core/export/docclip-block';
import { fullTextMarkdown, type FullTextSource } from '../../src/core/export/full-text';
import { groupDocuments, type SourceDocument } from '../../src/core/export/group-documents';
import { DEFAULT_NOTE_TEMPLATE, renderNoteTemplate } from '../../src/core/export/note-template';
import type { Clip } from '../../src/core/types';
import { makeClip } from './helpers/make-clip';
import { inlineTypes, isAutolinkLiteral, outline, quotedText, readMarkdown, shownText } from './helpers/read-markdown';

/**
 * The Markdown exports read back by a real parser (micromark/mdast with GFM and YAML front
 * matter, helpers/read-markdown.ts): their structure is what DocClip means it to be and each
 * text shows as written, whatever the page, the clips and the notes hold.
 */

/** Noon UTC: the same local day in every time zone from UTC−11 to UTC+11. */
const at = (day: string) => `${day}T12:00:00.000Z`;

/** Texts a page, a clip, a note or a title can hold that Markdown (or YAML) would read as markup. */
const HOSTILE = [
  '# 不是标题',
  '###### 六级',
  '> 不是引用',
  '---',
  '***',
  '___',
  '- - -',
  '===',
  '| 列一 | 列二 |\n| --- | --- |\n| 甲 | 乙 |',
  '列一 | 列二\n--- | ---',
  '```js\nalert(1)\n```',
  '~~~',
  '`代码` ``双``',
  '[链接](https://x.cn)',
  '![图](a.png)',
  '[[维基链接]]',
  '[^1]',
  '[^1]: 假脚注',
  '见[摘录1]与[/摘录1]',
  '[x]: https://x.cn "引用定义"',
  '<script>alert(1)</script>',
  '<!-- 注释 -->',
  '<mark>假标记</mark>',
  '<div>\n块\n</div>',
  '* 星号列表',
  '+ 加号列表',
  '- 减号列表',
  '1. 第一',
  '2) 第二',
  '1.',
  '- [ ] 任务',
  '**粗** __粗__ *斜* _斜_ ~~删~~ ~删~',
  '    四格缩进',
  '\t制表缩进',
  'a &amp; b &#65; &#x41; &copy;',
  'https://x.cn/a_b*c*?q=1&amp;r=[2]',
  'www.x.cn/a_b',
  'mail_me@x.cn',
  '<https://x.cn>',
  '行尾反斜杠\\',
  '行尾两空格  \n下一行',
  '\\# 已有反斜杠',
  BLOCK_END,
  BLOCK_START,
  'title: "引号" 冒号: 井号 #',
  '上一行\n---',
  '上一行\n===',
  '上一行\n1. 列表',
  '上一行\n- 列表',
  '上一行\n\n    空行后缩进',
];

/** The shown text of a block quote's paragraphs, and that it holds only paragraphs. */
function quoteOf(node: RootContent | undefined): string {
  expect(node?.type).toBe('blockquote');
  if (node?.type !== 'blockquote') return '';
  for (const child of node.children) expect(child.type).toBe('paragraph');
  return shownText(node);
}

/** A note's text as DocClip writes it: one paragraph, its non-blank lines trimmed, one a line. */
const noteLines = (text: string) =>
  text
    .split(/\r\n?|\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .join('\n');
const oneLine = (text: string) => text.trim().replace(/\s*\n\s*/g, ' ');

/**
 * No emphasis, link, code, image, footnote, delete or inline HTML anywhere in these blocks:
 * only text and line breaks (and the links GFM makes of addresses standing in the text,
 * which show them as written).
 */
function expectPlainInline(blocks: readonly RootContent[]) {
  for (const block of blocks) {
    if (block.type === 'html' || block.type === 'footnoteDefinition') continue;
    expect([...inlineTypes(block)].filter((t) => t !== 'text' && t !== 'break' && t !== 'autolink literal'), JSON.stringify(outline(block))).toEqual([]);
  }
}

/** What DocClip's block of `doc` should read as: its note, then each clip's quote, page and day, category and note. */
function expectedBlock(doc: SourceDocument) {
  const out: { type: string; text: string }[] = [{ type: 'html', text: BLOCK_START }];
  if (doc.note) out.push({ type: 'paragraph', text: noteLines(doc.note) });
  for (const clip of doc.clips) {
    out.push({ type: 'blockquote', text: quotedText(clip.text) });
    out.push({ type: 'paragraph', text: [clip.page === null ? '' : `第 ${clip.page} 页`, '2026-11-01'].filter(Boolean).join(' · ') });
    if (clip.category) out.push({ type: 'paragraph', text: `分类：${oneLine(clip.category)}` });
    if (clip.note.trim()) out.push({ type: 'paragraph', text: noteLines(clip.note) });
  }
  out.push({ type: 'html', text: BLOCK_END });
  return out;
}

function docOf(clips: Clip[], note = ''): SourceDocument {
  const records = new Map<string, DocumentRecord>([[clips[0]!.docId, { docId: clips[0]!.docId, note, updatedAt: at('2026-11-01') }]]);
  return groupDocuments(clips, records)[0]!;
}

describe('Obsidian / Logseq note (documentNote), parsed', () => {
  it.each(HOSTILE)('%j as clip text, note, category, document note and title keeps the note\'s structure', (hostile) => {
    const doc = docOf(
      [
        makeClip({ text: hostile, docTitle: hostile, page: 3, note: hostile, category: hostile, tags: [hostile, '林业'], createdAt: at('2026-11-01') }),
        makeClip({ text: `前一行\n${hostile}\n后一行`, docTitle: hostile, page: null, note: `笔记：\n${hostile}`, tags: [], createdAt: at('2026-11-01') }),
      ],
      `文档笔记\n${hostile}`,
    );
    const { front, blocks } = readMarkdown(documentNote(doc));
    expect(front).toEqual({ title: hostile.trim(), url: doc.url, site: '三七文档', accessed: '2026-11-01', tags: [hostile, '林业'] });
    expect(blocks.map(outline)).toEqual(expectedBlock(doc));
    for (const block of blocks.filter((b) => b.type === 'blockquote')) quoteOf(block);
    expectPlainInline(blocks);
  });

  it('several clips, some without category or note: each a quote followed by its own details', () => {
    const doc = docOf([
      makeClip({ text: '到2025年，完成造林3万亩。', page: 3, category: '目标', note: '与省级目标对照', createdAt: at('2026-11-01') }),
      makeClip({ text: '第一段\n\n\n第二段', page: 4, note: '', createdAt: at('2026-11-01') }),
      makeClip({ text: '森林覆盖率45.5%', page: null, category: '数据', note: '一\n\n二', createdAt: at('2026-11-01') }),
    ]);
    const { blocks } = readMarkdown(documentNote(doc));
    expect(blocks.map(outline)).toEqual([
      { type: 'html', text: BLOCK_START },
      { type: 'blockquote', text: '到2025年，完成造林3万亩。' },
      { type: 'paragraph', text: '第 3 页 · 2026-11-01' },
      { type: 'paragraph', text: '分类：目标' },
      { type: 'paragraph', text: '与省级目标对照' },
      { type: 'blockquote', text: '第一段\n\n第二段' },
      { type: 'paragraph', text: '第 4 页 · 2026-11-01' },
      { type: 'blockquote', text: '森林覆盖率45.5%' },
      { type: 'paragraph', text: '2026-11-01' },
      { type: 'paragraph', text: '分类：数据' },
      { type: 'paragraph', text: '一\n二' },
      { type: 'html', text: BLOCK_END },
    ]);
  });

  it('a note re-exported into the reader\'s edited copy: their text stays outside the block, the block is the new one', () => {
    const first = documentNote(docOf([makeClip({ text: '旧摘录', createdAt: at('2026-11-01') })]));
    const edited = first.replace(BLOCK_START, `## 我的标题\n\n我的想法\n\n${BLOCK_START}`) + '\n我的后记\n';
    const fresh = docOf([makeClip({ text: `新摘录\n${BLOCK_END}`, createdAt: at('2026-11-01') })]);
    const { front, blocks } = readMarkdown(replaceDocClipBlock(edited, documentNote(fresh)));
    expect(front?.title).toBe('某县林业发展“十四五”规划');
    expect(blocks.map(outline)).toEqual([
      { type: 'heading2', text: '我的标题' },
      { type: 'paragraph', text: '我的想法' },
      ...expectedBlock(fresh),
      { type: 'paragraph', text: '我的后记' },
    ]);
  });
});

describe('note written with the reader\'s template (renderNoteTemplate), parsed', () => {
  const template = `${DEFAULT_NOTE_TEMPLATE.trimEnd()}\n\n# {{title}}\n\n作者：{{author}}\n\n{{note}}\n\n{{tags}}\n`;
  it.each(HOSTILE)('%j in every value keeps the template\'s structure', (hostile) => {
    const doc = { ...docOf([makeClip({ text: hostile, docTitle: hostile, note: hostile, category: hostile, tags: [hostile], createdAt: at('2026-11-01') })], hostile), author: hostile };
    const { front, blocks } = readMarkdown(renderNoteTemplate(template, doc));
    expect(front).toEqual({ title: hostile.trim(), url: doc.url, site: '三七文档', accessed: '2026-11-01', tags: [hostile] });
    expect(blocks.map(outline)).toEqual([
      ...expectedBlock(doc),
      { type: 'heading1', text: oneLine(hostile) },
      { type: 'paragraph', text: `作者：${oneLine(hostile)}` },
      { type: 'paragraph', text: noteLines(hostile) },
      { type: 'paragraph', text: oneLine(hostile) },
    ]);
    expectPlainInline(blocks);
  });
});

describe('Markdown digest (clipsToMarkdown), parsed', () => {
  it.each(HOSTILE)('%j as clip text, title, note, category, author and document note keeps the digest\'s structure', (hostile) => {
    const clip = makeClip({ text: `前一行\n${hostile}`, docTitle: hostile, page: 3, note: hostile, category: hostile, tags: ['林业'], createdAt: at('2026-11-01') });
    const records = new Map<string, DocumentRecord>([[clip.docId, { docId: clip.docId, note: hostile, author: hostile, updatedAt: at('2026-11-01') }]]);
    const { front, blocks } = readMarkdown(clipsToMarkdown([clip], records));
    expect(front).toBeNull();
    const title = oneLine(hostile) || '无题名';
    expect(blocks.map(outline)).toEqual([
      { type: 'heading1', text: 'DocClip 摘录' },
      { type: 'heading2', text: title },
      { type: 'paragraph', text: `作者：${oneLine(hostile)}` },
      { type: 'paragraph', text: `文档笔记：${noteLines(hostile)}` },
      { type: 'blockquote', text: quotedText(clip.text) },
      { type: 'paragraph', text: `— ${oneLine(hostile) || clip.url}，第 3 页 · 三七文档 · 2026-11-01` },
      { type: 'paragraph', text: `分类：${oneLine(hostile)}` },
      { type: 'paragraph', text: `笔记：${noteLines(hostile)}` },
      { type: 'paragraph', text: '标签：林业' },
    ]);
    // The source line links to the clip's page; the tags are code spans; nothing else is markup.
    const source = blocks[5] as Paragraph;
    expect(source.children.filter((c) => c.type === 'link').map((c) => (c.type === 'link' ? c.url : ''))).toEqual([clip.url]);
    expect((blocks[8] as Paragraph).children.map((c) => c.type)).toEqual(['text', 'inlineCode']);
    expectPlainInline([...blocks.slice(0, 5), ...blocks.slice(6, 8)]);
  });
});

/** A full-text source over `text` with one clip on each quote (its first occurrence from `from`). */
function fullText(text: string, quotes: Array<{ quote: string; from?: number; patch?: Parameters<typeof makeClip>[0] }>, title = '某县林业发展“十四五”规划'): FullTextSource {
  return {
    title,
    url: 'https://m.777doc.com/doc-4411.html',
    site: '三七文档',
    accessed: new Date(2026, 11, 4, 10),
    text,
    marks: quotes.map(({ quote, from = 0, patch }) => {
      const start = text.indexOf(quote, from);
      if (start < 0) throw new Error(`not in the text: ${quote}`);
      return { start, end: start + quote.length, clip: makeClip({ text: quote, createdAt: new Date(2026, 11, 1, 10).toISOString(), ...patch }) };
    }),
    missing: [],
    pages: { first: 1, last: 9, count: 20 },
  };
}

/**
 * A paragraph of the full text as read: its shown text, and each run of text between
 * `<mark>` and `</mark>` with the footnotes (clip numbers) that follow it.
 */
function marksOf(paragraph: Paragraph): { text: string; runs: Array<{ text: string; notes: string[] }> } {
  const runs: Array<{ text: string; notes: string[] }> = [];
  let open: { text: string; notes: string[] } | null = null;
  for (const child of paragraph.children as Nodes[]) {
    if (child.type === 'html') {
      expect(['<mark>', '</mark>']).toContain(child.value);
      if (child.value === '<mark>') {
        expect(open).toBeNull();
        open = { text: '', notes: [] };
        runs.push(open);
      } else {
        expect(open).not.toBeNull();
        open = null;
      }
    } else if (child.type === 'footnoteReference') {
      expect(open).toBeNull();
      runs.at(-1)!.notes.push(child.identifier);
    } else {
      expect(child.type === 'text' || child.type === 'break' || isAutolinkLiteral(child), child.type).toBe(true);
      if (open) open.text += shownText(child);
    }
  }
  expect(open).toBeNull();
  return { text: shownText(paragraph), runs };
}

describe('cleaned full text (fullTextMarkdown), parsed', () => {
  const tidy = (t: string) => t.split('\n').map((l) => l.trim()).filter(Boolean);

  it.each(HOSTILE)('%j on the page: each line one paragraph, shown as written, the clip marked with its footnote', (hostile) => {
    const lines = tidy(hostile);
    const text = `一、主要目标\n${hostile}\n二、重点任务`;
    const last = lines.at(-1)!;
    // One clip on the whole of the hostile text's last line, one from its 2nd character to its end (cutting `&amp;`, `https://`, `1.`).
    const lastAt = text.lastIndexOf(last);
    const quotes: Parameters<typeof fullText>[1] = [{ quote: last, from: lastAt, patch: { page: 3, category: hostile, note: hostile, tags: [hostile] } }];
    if (last.length > 2) quotes.push({ quote: last.slice(1), from: lastAt + 1, patch: {} });
    const source = fullText(text, quotes, hostile);
    const { front, blocks } = readMarkdown(fullTextMarkdown(source));
    expect(front).toEqual({ title: hostile, url: source.url, site: '三七文档', accessed: '2026-12-04', 'pages-shown': '1-9', 'pages-total': 20 });
    const [heading, about, ...rest] = blocks;
    expect(outline(heading!)).toEqual({ type: 'heading1', text: oneLine(hostile) });
    expect(outline(about!)).toEqual({ type: 'paragraph', text: '三七文档 · 访问于 2026-12-04 · 网站显示了第 1–9 页（共 20 页）。' });
    const body = rest.filter((b) => b.type !== 'footnoteDefinition');
    expect(body.map((b) => b.type)).toEqual(tidy(text).map(() => 'paragraph'));
    const read = body.map((b) => marksOf(b as Paragraph));
    expect(read.map((r) => r.text)).toEqual(tidy(text));
    const marked = read.at(-2)!.runs;
    if (quotes.length === 1) expect(marked).toEqual([{ text: last, notes: ['1'] }]);
    // Clip 1 (the whole line) starts first; clip 2 starts inside it, both end at the line's end.
    else expect(marked).toEqual([{ text: last, notes: ['1', '2'] }]);
    const notes = rest.filter((b) => b.type === 'footnoteDefinition');
    expect(notes.map((n) => (n.type === 'footnoteDefinition' ? n.identifier : ''))).toEqual(quotes.map((_, i) => String(i + 1)));
    expect(shownText(notes[0]!)).toBe(`第 3 页 · 摘录于 2026-12-01 · 分类：${oneLine(hostile)} · 笔记：${oneLine(hostile)} · 标签：${oneLine(hostile)}`);
    expectPlainInline([heading!, ...notes.flatMap((n) => (n.type === 'footnoteDefinition' ? n.children : []))]);
  });

  it('overlapping clips and a clip over two lines: each run of marked text is the clip\'s part on that line', () => {
    const text = '一、主要目标。到2025年，完成造林3万亩。\n\n二、重点任务：森林覆盖率达到45.5%。';
    const { blocks } = readMarkdown(fullTextMarkdown(fullText(text, [{ quote: '到2025年，完成造林3万亩。\n\n二、重点任务' }, { quote: '完成造林' }, { quote: '45.5%' }])));
    const body = blocks.slice(2).filter((b) => b.type === 'paragraph').map((b) => marksOf(b as Paragraph));
    expect(body).toEqual([
      { text: '一、主要目标。到2025年，完成造林3万亩。', runs: [{ text: '到2025年，完成造林', notes: ['2'] }, { text: '3万亩。', notes: [] }] },
      { text: '二、重点任务：森林覆盖率达到45.5%。', runs: [{ text: '二、重点任务', notes: ['1'] }, { text: '45.5%', notes: ['3'] }] },
    ]);
  });

  it.each(HOSTILE)('%j as a clip not found on the page: one item of the list of missing clips, shown as written', (hostile) => {
    const source = { ...fullText('正文', []), missing: [makeClip({ text: hostile, page: null, tags: [], createdAt: new Date(2026, 10, 1, 10).toISOString() })] };
    const { blocks } = readMarkdown(fullTextMarkdown(source));
    expect(blocks.slice(2).map(outline)).toEqual([
      { type: 'paragraph', text: '正文' },
      { type: 'heading2', text: '未在本页文字中找到的摘录' },
      { type: 'list', text: `${oneLine(hostile)}（摘录于 2026-11-01）` },
    ]);
    const list = blocks[4]!;
    expect(list.type === 'list' && list.ordered && list.start === 1 && list.children.length === 1).toBe(true);
    expectPlainInline(blocks.slice(2));
  });
});
