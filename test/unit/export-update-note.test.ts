import { describe, expect, it } from 'vitest';
import { documentNote } from '../../src/core/export/clips-to-obsidian';
import { BLOCK_END, BLOCK_START } from '../../src/core/export/docclip-block';
import { groupDocuments } from '../../src/core/export/group-documents';
import { renderNoteTemplate } from '../../src/core/export/note-template';
import { noteDocument, noteUrl, updateNote } from '../../src/core/export/update-note';
import { makeClip } from './helpers/make-clip';
import { outline, readMarkdown } from './helpers/read-markdown';

describe('noteUrl', () => {
  const cases: [string, string, string | null][] = [
    ['as DocClip writes it', '---\ntitle: "甲"\nurl: "https://m.777doc.com/doc-4411.html"\n---\n', 'https://m.777doc.com/doc-4411.html'],
    ['JSON escapes', '---\nurl: "https://x.cn/a\\"b\\u0020c"\n---\n', 'https://x.cn/a"b c'],
    ['a YAML escape JSON lacks', '---\nurl: "https://x.cn/\\x41"\n---\n', 'https://x.cn/\\x41'],
    ['single-quoted', "---\nurl: 'https://x.cn/it''s'\n---\n", "https://x.cn/it's"],
    ['plain, with a comment', '---\nurl: https://x.cn/a#frag # 来源\n---\n', 'https://x.cn/a#frag'],
    ['CRLF and a BOM', '\uFEFF---\r\nurl: "https://x.cn/a"\r\n---\r\n正文', 'https://x.cn/a'],
    ['front matter closed by ...', '---\nurl: "https://x.cn/a"\n...\n', 'https://x.cn/a'],
    ['no url property', '---\ntitle: "甲"\n---\n', null],
    ['url: only in the body', '# 笔记\n\nurl: "https://x.cn/a"\n', null],
    ['an empty url', '---\nurl:\n---\n', null],
    ['an indented url (a nested key)', '---\nsource:\n  url: "https://x.cn/a"\n---\n', null],
  ];
  it.each(cases)('%s', (_name, note, expected) => {
    expect(noteUrl(note)).toBe(expected);
  });
});

describe('noteDocument', () => {
  const docs = groupDocuments([
    makeClip({ docId: '777doc:4411', url: 'https://m.777doc.com/doc-4411.html', docTitle: '某县林业发展规划' }),
    makeClip({ docId: '777doc:4411', url: 'https://www.777doc.com/doc-4411.html', docTitle: '某县林业发展规划' }),
    makeClip({ docId: 'generic:x.cn/b', url: 'https://x.cn/b', docTitle: '乙文档' }),
  ]);
  const cases: { name: string; note: string; file: string; expected: string | null }[] = [
    { name: 'by the URL of its front matter', note: '---\nurl: "https://x.cn/b"\n---\n', file: '随便.md', expected: 'generic:x.cn/b' },
    { name: 'by the URL of an earlier clip of the document', note: '---\nurl: "https://m.777doc.com/doc-4411.html"\n---\n', file: 'a.md', expected: '777doc:4411' },
    { name: 'by another address of the same document (docId)', note: '---\nurl: "http://777doc.com/doc-4411.html?from=share"\n---\n', file: 'a.md', expected: '777doc:4411' },
    { name: 'no front matter: by its file name', note: '我的笔记\n', file: '乙文档.md', expected: 'generic:x.cn/b' },
    { name: 'a browser\'s " (1)" in the file name', note: '', file: '乙文档 (1).md', expected: 'generic:x.cn/b' },
    { name: 'a URL no document has, and another name', note: '---\nurl: "https://y.cn/z"\n---\n', file: '丙.md', expected: null },
  ];
  it.each(cases)('$name', ({ note, file, expected }) => {
    expect(noteDocument(note, file, docs)?.id ?? null).toBe(expected);
  });
});

describe('updateNote', () => {
  const at = (day: string) => `${day}T12:00:00.000Z`;
  const old = groupDocuments([makeClip({ text: '旧摘录', createdAt: at('2026-11-01') })])[0]!;
  const now = groupDocuments([
    makeClip({ text: '旧摘录', createdAt: at('2026-11-01') }),
    makeClip({ text: '新摘录', note: '新笔记', createdAt: at('2026-11-03') }),
  ])[0]!;

  it('keeps the reader\'s front matter and text byte for byte and writes the block with the clips of now', () => {
    const exported = documentNote(old);
    const edited = exported
      .replace('---\n\n', '---\n\n## 我的标题\n\n我的想法：**重要**\n\n')
      .replace('tags:', 'aliases: [林业规划]\ntags:')
      .concat('\n我的后记\n');
    const updated = updateNote(edited, now);
    const [before, rest] = edited.split(BLOCK_START);
    const after = rest!.split(BLOCK_END)[1];
    expect(updated.startsWith(before!)).toBe(true);
    expect(updated.endsWith(after!)).toBe(true);
    const { front, blocks } = readMarkdown(updated);
    expect(front?.aliases).toEqual(['林业规划']);
    expect(blocks.map(outline).filter((b) => b.type === 'blockquote')).toEqual([
      { type: 'blockquote', text: '旧摘录' },
      { type: 'blockquote', text: '新摘录' },
    ]);
    expect(blocks.map(outline)).toContainEqual({ type: 'paragraph', text: '新笔记' });
    expect(blocks.map(outline).at(-1)).toEqual({ type: 'paragraph', text: '我的后记' });
  });

  it('writes the block with the reader\'s template when given one', () => {
    const updated = updateNote(`我的笔记\n\n${BLOCK_START}\n旧\n${BLOCK_END}\n`, now, (doc) => renderNoteTemplate('# {{title}}\n\n{{clips}}\n', doc));
    expect(updated).toBe(`我的笔记\n\n${documentNote(now).slice(documentNote(now).indexOf(BLOCK_START)).trimEnd()}\n`);
  });

  it('a note whose block the reader deleted gets it back at its end, losing nothing', () => {
    const updated = updateNote('---\ntitle: "我改的"\n---\n\n只有我的话\n', now);
    expect(updated.startsWith('---\ntitle: "我改的"\n---\n\n只有我的话\n\n' + BLOCK_START)).toBe(true);
  });
});
