import { describe, expect, it } from 'vitest';
import { createExport } from '../../src/core/export/clips-export';
import { MAX_IMPORT_BYTES, MAX_IMPORT_CHARS, checkImportSize, parseClipsImport } from '../../src/core/export/parse-clips-import';
import { makeClip } from './helpers/make-clip';

/** A valid export of 20 clips as a plain JSON value, for a case to break. */
function validDoc(): any {
  const clips = Array.from({ length: 20 }, () => makeClip());
  return JSON.parse(JSON.stringify(createExport(clips, new Date('2026-11-29T08:00:00Z'))));
}

function broken(edit: (doc: any) => void): string {
  const doc = validDoc();
  edit(doc);
  return JSON.stringify(doc);
}

interface Case {
  name: string;
  file: () => string;
  expected: string;
}

const cases: Case[] = [
  { name: 'empty file', file: () => '  \n', expected: '文件为空' },
  { name: 'not JSON', file: () => '{"format": "docclip.clips", "version": 1,', expected: '不是有效的 JSON' },
  { name: 'JSON but an array', file: () => '[]', expected: '导出文件 (顶层)：应为对象' },
  { name: 'JSON but a string', file: () => '"clips"', expected: '实际为 string' },
  { name: 'wrong format', file: () => broken((d) => (d.format = 'memex.export')), expected: '导出文件 (format)：应为 "docclip.clips"，实际为 "memex.export"' },
  { name: 'no format', file: () => broken((d) => delete d.format), expected: '导出文件 (format)：应为 "docclip.clips"，缺少此字段' },
  { name: 'newer version', file: () => broken((d) => (d.version = 2)), expected: '文件版本 2 比本扩展支持的版本 1 新' },
  { name: 'version as string', file: () => broken((d) => (d.version = '1')), expected: '导出文件 (version)：应为正整数，实际为 "1"' },
  { name: 'version 0', file: () => broken((d) => (d.version = 0)), expected: '导出文件 (version)：应为正整数' },
  { name: 'clips not an array', file: () => broken((d) => (d.clips = {})), expected: '导出文件 (clips)：应为数组，实际为 object' },
  { name: 'no clips', file: () => broken((d) => delete d.clips), expected: '导出文件 (clips)：缺少此字段' },
  { name: 'bad exportedAt', file: () => broken((d) => (d.exportedAt = 'yesterday')), expected: '导出文件 (exportedAt)：不是有效的 ISO 时间' },
  { name: 'unknown top-level field', file: () => broken((d) => (d.owner = 'x')), expected: '导出文件 (owner)：不允许的字段' },
  { name: 'one bad selector among good clips', file: () => broken((d) => (d.clips[17].selectors[0].exact = 5)), expected: '第 18 条摘录 (clips[17].selectors[0].exact)：应为字符串，实际为 number' },
  { name: 'month 13', file: () => broken((d) => (d.clips[17].createdAt = '2026-13-01T00:00:00Z')), expected: '第 18 条摘录 (clips[17].createdAt)：不是有效的 ISO 时间' },
  { name: '30 February', file: () => broken((d) => (d.clips[0].updatedAt = '2026-02-30T00:00:00Z')), expected: '第 1 条摘录 (clips[0].updatedAt)：不是有效的 ISO 时间' },
  { name: 'timestamp without zone', file: () => broken((d) => (d.clips[0].createdAt = '2026-11-01T08:00:00')), expected: '(clips[0].createdAt)：不是有效的 ISO 时间' },
  { name: 'id not a UUID', file: () => broken((d) => (d.clips[3].id = 'clip-4')), expected: '第 4 条摘录 (clips[3].id)：不是有效的 UUID' },
  { name: 'duplicate id', file: () => broken((d) => (d.clips[5].id = d.clips[2].id)), expected: '第 6 条摘录 (clips[5].id)：与第 3 条摘录 (clips[2].id) 重复' },
  { name: 'duplicate id in other case', file: () => broken((d) => (d.clips[0].id = d.clips[0].id.replace('-4000-', '-4abc-'), d.clips[1].id = d.clips[0].id.toUpperCase())), expected: '第 2 条摘录 (clips[1].id)：与第 1 条摘录 (clips[0].id) 重复' },
  { name: 'text over the limit', file: () => broken((d) => (d.clips[0].text = '字'.repeat(100_001))), expected: '第 1 条摘录 (clips[0].text)：过长（上限 100000 个字符）' },
  { name: 'empty text', file: () => broken((d) => (d.clips[0].text = '')), expected: '(clips[0].text)：不能为空' },
  { name: 'missing note', file: () => broken((d) => delete d.clips[9].note), expected: '第 10 条摘录 (clips[9].note)：缺少此字段' },
  { name: 'unknown clip field', file: () => broken((d) => (d.clips[0].color = 'red')), expected: '第 1 条摘录 (clips[0].color)：不允许的字段' },
  { name: 'clip is null', file: () => broken((d) => (d.clips[1] = null)), expected: '第 2 条摘录 (clips[1])：应为对象，实际为 null' },
  { name: 'one selector only', file: () => broken((d) => d.clips[0].selectors.pop()), expected: '(clips[0].selectors[1])：缺少此项' },
  { name: 'position start after end', file: () => broken((d) => (d.clips[0].selectors[1].start = 10_000)), expected: '(clips[0].selectors[1])：start 大于 end' },
  { name: 'unknown figure kind', file: () => broken((d) => (d.clips[0].figures[1].kind = 'ratio')), expected: '(clips[0].figures[1].kind)：应为 "date"、"money"、"percent"、"measure"、"count" 之一，实际为 "ratio"' },
  { name: 'figure value as string', file: () => broken((d) => (d.clips[0].figures[1].value = '30000')), expected: '(clips[0].figures[1].value)：应为数字，实际为 string' },
  { name: 'page 0', file: () => broken((d) => (d.clips[0].page = 0)), expected: '(clips[0].page)：应不小于 1' },
  { name: 'url not a URL', file: () => broken((d) => (d.clips[0].url = '777doc.com/doc-1')), expected: '(clips[0].url)：不是有效的网址' },
  { name: 'tags not strings', file: () => broken((d) => (d.clips[0].tags = [1])), expected: '(clips[0].tags[0])：应为字符串，实际为 number' },
];

describe('parseClipsImport refuses a bad file with what and where', () => {
  it.each(cases)('$name', ({ file, expected }) => {
    const result = parseClipsImport(file());
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(expected);
  });

  it('has at least 15 malformed cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(15);
  });

  it('refuses a file over the size limit before parsing it', () => {
    const result = parseClipsImport(' '.repeat(2 * 1024 * 1024 + 1), 2 * 1024 * 1024);
    expect(result).toEqual({ ok: false, error: expect.stringContaining('文件过大') });
  });

  const sizes: Array<{ bytes: number; max?: number; refused: boolean }> = [
    { bytes: 0, refused: false },
    { bytes: 2 * 1024 * 1024, max: 2 * 1024 * 1024, refused: false },
    { bytes: 2 * 1024 * 1024 + 1, max: 2 * 1024 * 1024, refused: true },
    { bytes: 300 * 1024 * 1024, refused: false },
    { bytes: MAX_IMPORT_BYTES + 1, refused: true },
  ];
  it.each(sizes)('checks a file of $bytes bytes before reading it (refused: $refused)', ({ bytes, max, refused }) => {
    const error = checkImportSize(bytes, max);
    expect(error === null).toBe(!refused);
    if (refused) expect(error).toContain('文件过大');
  });

  it('lists the envelope fields, then the clips, then unknown fields, as one parse of the file would', () => {
    const file = broken((d) => {
      d.owner = 'x';
      d.clips[2].page = 0;
      d.exportedAt = 'yesterday';
    });
    const result = parseClipsImport(file);
    if (result.ok) throw new Error('expected a refusal');
    expect(result.error.split('\n').map((line) => line.replace(/：.*/, ''))).toEqual([
      '导出文件 (exportedAt)',
      '第 3 条摘录 (clips[2].page)',
      '导出文件 (owner)',
    ]);
  });

  it('takes a full backup of 100,000 clips (about 100M characters)', () => {
    expect(MAX_IMPORT_CHARS).toBeGreaterThan(100_000 * 1_000);
  });

  it('lists the first five problems and counts the rest', () => {
    const file = broken((d) => d.clips.forEach((c: any) => (c.note = null)));
    const result = parseClipsImport(file);
    if (result.ok) throw new Error('expected a refusal');
    const lines = result.error.split('\n');
    expect(lines).toHaveLength(6);
    expect(lines[0]).toBe('第 1 条摘录 (clips[0].note)：应为字符串，实际为 null');
    expect(lines[5]).toBe('……另有 15 处问题');
  });

  it('gives line and column when the engine reports a position', () => {
    const result = parseClipsImport('{\n  "format": x\n}');
    if (result.ok) throw new Error('expected a refusal');
    // Node 20's V8 names no position; newer engines do, and then it is translated.
    if (/position|line \d+ column/.test(result.error)) expect(result.error).toContain('第 2 行');
    expect(result.error).toMatch(/^不是有效的 JSON/);
  });
});

describe('parseClipsImport accepts a valid file', () => {
  it('returns the clips of a fresh export unchanged, with the version', () => {
    const clips = [makeClip(), makeClip({ page: null, note: '见原文第三节', figures: [], targets: [] })];
    const result = parseClipsImport(JSON.stringify(createExport(clips, new Date())));
    expect(result).toEqual({ ok: true, clips, version: 1 });
  });

  it('accepts an empty export', () => {
    expect(parseClipsImport(JSON.stringify(createExport([], new Date())))).toEqual({ ok: true, clips: [], version: 1 });
  });

  it('ignores a UTF-8 byte-order mark', () => {
    const json = '\uFEFF' + JSON.stringify(createExport([makeClip()], new Date()));
    expect(parseClipsImport(json).ok).toBe(true);
  });

  it('normalises ids to lower case and timestamps to UTC ISO', () => {
    const clip = makeClip();
    const doc = createExport([{ ...clip, id: clip.id.toUpperCase().replace('0000-4', 'ABCD-4'), createdAt: '2026-11-29T16:00:00+08:00' }], new Date());
    const result = parseClipsImport(JSON.stringify(doc));
    if (!result.ok) throw new Error(result.error);
    expect(result.clips[0]?.id).toBe(clip.id.replace('0000-4', 'abcd-4'));
    expect(result.clips[0]?.createdAt).toBe('2026-11-29T08:00:00.000Z');
  });
});
