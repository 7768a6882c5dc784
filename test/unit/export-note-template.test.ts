import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { docClipBlock } from '../../src/core/export/clips-to-obsidian';
import { BLOCK_END, BLOCK_START, replaceDocClipBlock } from '../../src/core/export/docclip-block';
import { groupDocuments } from '../../src/core/export/group-documents';
import { DEFAULT_NOTE_TEMPLATE, renderNoteTemplate, renderTemplate } from '../../src/core/export/note-template';
import { makeClip } from './helpers/make-clip';

const at = (day: string) => `${day}T12:00:00.000Z`;
const docOf = (...clips: ReturnType<typeof makeClip>[]) => groupDocuments(clips)[0]!;

describe('renderTemplate', () => {
  const cases: { name: string; template: string; values: Record<string, string>; expected: string }[] = [
    { name: 'replaces each placeholder', template: '{{title}} — {{url}}', values: { title: '甲', url: 'u' }, expected: '甲 — u' },
    { name: 'spaces inside the braces', template: '{{ title }}|{{title  }}', values: { title: '甲' }, expected: '甲|甲' },
    { name: 'a placeholder used twice', template: '{{a}}{{a}}', values: { a: 'x' }, expected: 'xx' },
    { name: 'unknown placeholders left as written', template: '{{titel}} {{title}}', values: { title: '甲' }, expected: '{{titel}} 甲' },
    { name: 'values are not expanded again', template: '{{a}} {{b}}', values: { a: '{{b}}', b: 'B' }, expected: '{{b}} B' },
    { name: '$ patterns in values are literal', template: '{{a}}', values: { a: "$& $1 $$ $'" }, expected: "$& $1 $$ $'" },
    { name: 'no inherited names (toString)', template: '{{toString}}', values: {}, expected: '{{toString}}' },
    { name: 'single braces and empty braces untouched', template: '{title} {{}} {{ }}', values: { title: 'x' }, expected: '{title} {{}} {{ }}' },
    { name: 'empty template', template: '', values: { a: 'x' }, expected: '' },
  ];
  it.each(cases)('$name', ({ template, values, expected }) => {
    expect(renderTemplate(template, values)).toBe(expected);
  });
});

describe('renderNoteTemplate', () => {
  const doc = docOf(
    makeClip({ docTitle: '关于"十四五": 规划 #1', tags: ['林业', '碳 汇'], createdAt: at('2026-11-05'), text: '完成造林3万亩。', page: 3 }),
  );

  it('the default template: front matter read back by yaml, then the block', () => {
    const note = renderNoteTemplate(DEFAULT_NOTE_TEMPLATE, doc);
    const m = /^---\n([\s\S]*?)\n---\n\n([\s\S]*)$/.exec(note)!;
    expect(parse(m[1]!)).toEqual({ title: '关于"十四五": 规划 #1', url: 'https://m.777doc.com/doc-4411.html', site: '三七文档', accessed: '2026-11-05', tags: ['林业', '碳 汇'] });
    expect(m[2]).toBe(`${docClipBlock(doc)}\n`);
  });

  it('writes values as YAML in the front matter and as Markdown in the body', () => {
    const note = renderNoteTemplate('---\naliases: [{{title}}]\nsource: {{url}}\n---\n# {{title}}\n\n来自 {{site}}，标签 {{tags}}\n\n{{clips}}\n', doc);
    const front = note.slice(4, note.indexOf('\n---\n'));
    expect(parse(front)).toEqual({ aliases: ['关于"十四五": 规划 #1'], source: 'https://m.777doc.com/doc-4411.html' });
    expect(note).toContain('# 关于"十四五": 规划 \\#1\n\n来自 三七文档，标签 林业, 碳 汇\n\n' + BLOCK_START);
  });

  const cases: { name: string; template: string; expected: (block: string) => string }[] = [
    { name: 'no {{clips}}: the block appended', template: '# {{title}}\n', expected: (b) => `# 关于"十四五": 规划 \\#1\n\n${b}\n` },
    { name: 'empty template: the block alone', template: '', expected: (b) => `${b}\n` },
    { name: '{{clips}} only in the front matter is not the block', template: '---\nq: {{clips}}\n---\n', expected: (b) => `---\nq: "完成造林3万亩。"\n---\n\n${b}\n` },
    { name: 'no front matter: everything is body', template: 'title: {{title}}\n{{clips}}', expected: (b) => `title: 关于"十四五": 规划 \\#1\n${b}` },
  ];
  it.each(cases)('$name', ({ template, expected }) => {
    expect(renderNoteTemplate(template, doc)).toBe(expected(docClipBlock(doc)));
  });

  it('a re-export with the template replaces only the block', () => {
    const first = renderNoteTemplate(DEFAULT_NOTE_TEMPLATE, doc);
    const edited = first.replace(BLOCK_END, `${BLOCK_END}\n\n我的想法`);
    const later = renderNoteTemplate(DEFAULT_NOTE_TEMPLATE, docOf(makeClip({ text: '新摘录' })));
    const merged = replaceDocClipBlock(edited, later);
    expect(merged).toContain('> 新摘录');
    expect(merged).toContain('我的想法');
    expect(merged.startsWith(first.slice(0, first.indexOf(BLOCK_START)))).toBe(true);
  });
});
