import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { clipsToObsidian, clipsToObsidianNotes, documentNote, noteFileName, yamlString } from '../../src/core/export/clips-to-obsidian';
import { BLOCK_END, BLOCK_START, replaceDocClipBlock } from '../../src/core/export/docclip-block';
import { groupDocuments } from '../../src/core/export/group-documents';
import { makeClip } from './helpers/make-clip';

/** Noon UTC: the same local day in every time zone from UTC−11 to UTC+11. */
const at = (day: string) => `${day}T12:00:00.000Z`;

/** The front matter of a note, read by the `yaml` package (YAML 1.2), and the text after it. */
function splitNote(note: string): { front: Record<string, unknown>; rest: string } {
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(note);
  if (!m) throw new Error(`no front matter in ${JSON.stringify(note.slice(0, 80))}`);
  return { front: parse(m[1]!) as Record<string, unknown>, rest: m[2]! };
}

const noteOf = (...clips: ReturnType<typeof makeClip>[]) => documentNote(groupDocuments(clips)[0]!);

describe('documentNote', () => {
  it('writes front matter (title, url, site, accessed, tags) and the clips as quotes with page, day, category and note', () => {
    const note = noteOf(
      makeClip({ text: '到2025年，完成造林3万亩。', page: 3, note: '与省级目标对照', category: '目标', tags: ['林业'], createdAt: at('2026-11-01') }),
      makeClip({ text: '第一段\n\n第二段', page: null, tags: ['林业', '碳汇'], createdAt: at('2026-11-05') }),
    );
    expect(note).toBe(
      [
        '---',
        'title: "某县林业发展“十四五”规划"',
        'url: "https://m.777doc.com/doc-4411.html"',
        'site: "三七文档"',
        'accessed: 2026-11-05',
        'tags:',
        '  - "林业"',
        '  - "碳汇"',
        '---',
        '',
        BLOCK_START,
        '> 到2025年，完成造林3万亩。',
        '',
        '第 3 页 · 2026-11-01',
        '',
        '分类：目标',
        '',
        '与省级目标对照',
        '',
        '> 第一段',
        '>',
        '> 第二段',
        '',
        '2026-11-05',
        BLOCK_END,
        '',
      ].join('\n'),
    );
    expect(splitNote(note).front).toEqual({
      title: '某县林业发展“十四五”规划',
      url: 'https://m.777doc.com/doc-4411.html',
      site: '三七文档',
      accessed: '2026-11-05',
      tags: ['林业', '碳汇'],
    });
  });

  const cases: { name: string; patch: Parameters<typeof makeClip>[0]; front: Record<string, unknown> }[] = [
    { name: 'quotes, colon, hash and backslash in the title', patch: { docTitle: '关于"十四五": 规划 #1 \\ \'草案\'' }, front: { title: '关于"十四五": 规划 #1 \\ \'草案\'' } },
    { name: 'line breaks and a tab in the title', patch: { docTitle: '第一行\n第二行\r\n\t第三行' }, front: { title: '第一行\n第二行\r\n\t第三行' } },
    { name: 'YAML look-alikes stay strings', patch: { docTitle: 'yes', tags: ['null', '2026', 'true', '- x', '[a]', '{b: c}'] }, front: { title: 'yes', tags: ['null', '2026', 'true', '- x', '[a]', '{b: c}'] } },
    { name: 'a title of --- does not end the front matter', patch: { docTitle: '---\n---' }, front: { title: '---\n---' } },
    { name: 'Unicode line and paragraph separators', patch: { docTitle: 'a\u2028b\u2029c\u0085d' }, front: { title: 'a\u2028b\u2029c\u0085d' } },
    { name: 'CJK and emoji', patch: { docTitle: '《碳达峰》实施方案（2024—2030年）🌲', tags: ['双碳', '能源/煤电'] }, front: { title: '《碳达峰》实施方案（2024—2030年）🌲', tags: ['双碳', '能源/煤电'] } },
    { name: 'no title, no tags: both left out', patch: { docTitle: ' ', tags: [] }, front: { title: undefined, tags: undefined } },
  ];
  it.each(cases)('front matter read back by yaml: $name', ({ patch, front }) => {
    const parsed = splitNote(noteOf(makeClip(patch))).front;
    for (const [key, value] of Object.entries(front)) expect(parsed[key], key).toEqual(value);
  });

  it('escapes a clip that quotes the markers, so the block ends where DocClip ends it', () => {
    const note = noteOf(makeClip({ text: `前 ${BLOCK_END} 后`, note: BLOCK_START }));
    expect(note.split(BLOCK_END)).toHaveLength(2);
    expect(note.split(BLOCK_START)).toHaveLength(2);
    expect(replaceDocClipBlock(note, noteOf(makeClip({ text: '新' })))).toContain('> 新');
  });

  it('carries no branding', () => {
    expect(noteOf(makeClip())).not.toMatch(/DocClip 摘录|^# /m);
  });
});

describe('clipsToObsidian', () => {
  it('one document: its note alone', () => {
    const clips = [makeClip(), makeClip()];
    expect(clipsToObsidian(clips)).toBe(noteOf(...clips));
  });

  it('several documents: each note after a line naming its file, each front matter readable', () => {
    const clips = [makeClip({ docId: 'a', docTitle: '甲' }), makeClip({ docId: 'b', docTitle: '乙/丙' }), makeClip({ docId: 'a', docTitle: '甲' })];
    const text = clipsToObsidian(clips);
    const parts = text.split(/^<!-- docclip:note (".*") -->\n/m).slice(1);
    expect(parts.filter((_, i) => i % 2 === 0).map((name) => JSON.parse(name))).toEqual(['甲.md', '乙 丙.md']);
    const notes = parts.filter((_, i) => i % 2 === 1);
    expect(notes.map((n) => splitNote(n).front.title)).toEqual(['甲', '乙/丙']);
    expect(notes.map((n) => n.trimEnd())).toEqual(clipsToObsidianNotes(clips).map((n) => n.text.trimEnd()));
  });
});

describe('noteFileName', () => {
  const cases: [string, string, string][] = [
    ['某县林业发展“十四五”规划', 'https://x.cn/a', '某县林业发展“十四五”规划.md'],
    ['a/b\\c:d*e?f"g<h>i|j#k^l[m]n', 'https://x.cn/a', 'a b c d e f g h i j k l m n.md'],
    ['..隐藏', 'https://x.cn/a', '隐藏.md'],
    ['', 'https://www.example.com/doc/1.html', 'www.example.com doc 1.html.md'],
    ['###', 'https://x.cn/a', 'docclip.md'],
    ['字'.repeat(150), 'https://x.cn/a', `${'字'.repeat(100)}.md`],
  ];
  it.each(cases)('%j (%s) → %j', (title, url, expected) => {
    expect(noteFileName({ title, url })).toBe(expected);
  });
});

describe('yamlString', () => {
  const values = ['', 'plain', '"quoted"', "it's", 'a: b', '# x', '\\', '\u0000\u0007\u001b', 'tab\there', '中文　全角', '🌲'];
  it.each(values)('%j reads back as written', (value) => {
    expect(parse(`v: ${yamlString(value)}`)).toEqual({ v: value });
  });
});

describe('replaceDocClipBlock', () => {
  const fresh = `---\ntitle: "新"\n---\n\n${BLOCK_START}\n> 新\n${BLOCK_END}\n`;
  const block = `${BLOCK_START}\n> 新\n${BLOCK_END}`;
  const cases: { name: string; existing: string; fresh?: string; expected: string }[] = [
    { name: 'text before and after the block kept', existing: `我的前言\n\n${BLOCK_START}\n> 旧\n${BLOCK_END}\n\n我的后记\n`, expected: `我的前言\n\n${block}\n\n我的后记\n` },
    { name: 'the reader\'s front matter kept, not the fresh one', existing: `---\ntitle: "我改的"\naliases: [x]\n---\n${BLOCK_START}\n旧\n${BLOCK_END}`, expected: `---\ntitle: "我改的"\naliases: [x]\n---\n${block}` },
    { name: 'block absent: appended after a blank line', existing: '我的笔记\n\n\n', expected: `我的笔记\n\n${block}\n` },
    { name: 'start without end: appended, nothing removed', existing: `甲\n${BLOCK_START}\n乙`, expected: `甲\n${BLOCK_START}\n乙\n\n${block}\n` },
    { name: 'end before start is no block', existing: `${BLOCK_END}\n甲\n${BLOCK_START}`, expected: `${BLOCK_END}\n甲\n${BLOCK_START}\n\n${block}\n` },
    { name: 'several blocks: only the first replaced', existing: `${BLOCK_START}\n一\n${BLOCK_END}\n中\n${BLOCK_START}\n二\n${BLOCK_END}`, expected: `${block}\n中\n${BLOCK_START}\n二\n${BLOCK_END}` },
    { name: 'empty existing: the fresh note whole', existing: '', expected: fresh },
    { name: 'CRLF text around the block kept', existing: `前\r\n${BLOCK_START}\r\n旧\r\n${BLOCK_END}\r\n后`, expected: `前\r\n${block}\r\n后` },
    { name: 'fresh without markers is the block\'s body', existing: `前\n${BLOCK_START}\n旧\n${BLOCK_END}`, fresh: '\n> 新\n', expected: `前\n${block}` },
    { name: '$ patterns in the fresh block are not replacement patterns', existing: `${BLOCK_START}\n旧\n${BLOCK_END}`, fresh: `${BLOCK_START}\n$& $1 $$\n${BLOCK_END}`, expected: `${BLOCK_START}\n$& $1 $$\n${BLOCK_END}` },
  ];
  it.each(cases)('$name', ({ existing, fresh: f, expected }) => {
    expect(replaceDocClipBlock(existing, f ?? fresh)).toBe(expected);
  });

  it('re-exporting a note into itself changes nothing', () => {
    const note = noteOf(makeClip({ note: '笔记' }));
    expect(replaceDocClipBlock(note, note)).toBe(note);
  });
});
