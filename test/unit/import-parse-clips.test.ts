import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createExport } from '../../src/core/export/clips-export';
import { formatImportProblem, formatImportProblems, type ImportMessages, type ImportProblem } from '../../src/core/export/describe-issue';
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

/** `t()` of one locale for the import messages, as browser.i18n substitutes `$1…$9`. */
function localeMessages(locale: 'zh_CN' | 'en'): ImportMessages {
  const messages = JSON.parse(readFileSync(`public/_locales/${locale}/messages.json`, 'utf8')) as Record<string, { message: string }>;
  return (key, params) => {
    const message = messages[`importProblem_${key.replaceAll('-', '_')}`]?.message;
    if (message === undefined) throw new Error(`no message importProblem_${key} in ${locale}`);
    return message.replace(/\$(\$|[1-9])/g, (_, d: string) => (d === '$' ? '$' : (params[Number(d) - 1] ?? '')));
  };
}
const zh = localeMessages('zh_CN');
const en = localeMessages('en');

function refusal(json: string): { problems: ImportProblem[]; more: number } {
  const result = parseClipsImport(json);
  if (result.ok) throw new Error('expected a refusal');
  return result;
}

interface Case {
  name: string;
  file: () => string;
  /** The problem's code and path (`''`: the top-level value; null: the file as a whole). */
  code: unknown;
  path: string | null;
  /** A fragment of the Chinese line (zh_CN messages), as the validator wrote it before messages.json. */
  zh: string;
}

const cases: Case[] = [
  { name: 'empty file', file: () => '  \n', code: 'empty', path: null, zh: '文件为空' },
  { name: 'not JSON', file: () => '{"format": "docclip.clips", "version": 1,', code: expect.stringMatching(/^not-json/), path: null, zh: '不是有效的 JSON' },
  { name: 'JSON but an array', file: () => '[]', code: 'not-object', path: '', zh: '导出文件 (顶层)：应为对象' },
  { name: 'JSON but a string', file: () => '"clips"', code: 'not-object', path: '', zh: '实际为 string' },
  { name: 'wrong format', file: () => broken((d) => (d.format = 'memex.export')), code: 'wrong-format', path: 'format', zh: '导出文件 (format)：应为 "docclip.clips"，实际为 "memex.export"' },
  { name: 'no format', file: () => broken((d) => delete d.format), code: 'missing-format', path: 'format', zh: '导出文件 (format)：应为 "docclip.clips"，缺少此字段' },
  { name: 'newer version', file: () => broken((d) => (d.version = 4)), code: 'newer-version', path: 'version', zh: '文件版本 4 比本扩展支持的版本 3 新' },
  { name: 'version as string', file: () => broken((d) => (d.version = '1')), code: 'bad-version', path: 'version', zh: '导出文件 (version)：应为正整数，实际为 "1"' },
  { name: 'version 0', file: () => broken((d) => (d.version = 0)), code: 'bad-version', path: 'version', zh: '导出文件 (version)：应为正整数' },
  { name: 'clips not an array', file: () => broken((d) => (d.clips = {})), code: 'expected-array', path: 'clips', zh: '导出文件 (clips)：应为数组，实际为 object' },
  { name: 'no clips', file: () => broken((d) => delete d.clips), code: 'missing', path: 'clips', zh: '导出文件 (clips)：缺少此字段' },
  { name: 'bad exportedAt', file: () => broken((d) => (d.exportedAt = 'yesterday')), code: 'bad-time', path: 'exportedAt', zh: '导出文件 (exportedAt)：不是有效的 ISO 时间' },
  { name: 'unknown top-level field', file: () => broken((d) => (d.owner = 'x')), code: 'unknown-field', path: 'owner', zh: '导出文件 (owner)：不允许的字段' },
  { name: 'one bad selector among good clips', file: () => broken((d) => (d.clips[17].selectors[0].exact = 5)), code: 'expected-string', path: 'clips[17].selectors[0].exact', zh: '第 18 条摘录 (clips[17].selectors[0].exact)：应为字符串，实际为 number' },
  { name: 'month 13', file: () => broken((d) => (d.clips[17].createdAt = '2026-13-01T00:00:00Z')), code: 'bad-time', path: 'clips[17].createdAt', zh: '第 18 条摘录 (clips[17].createdAt)：不是有效的 ISO 时间' },
  { name: '30 February', file: () => broken((d) => (d.clips[0].updatedAt = '2026-02-30T00:00:00Z')), code: 'bad-time', path: 'clips[0].updatedAt', zh: '第 1 条摘录 (clips[0].updatedAt)：不是有效的 ISO 时间' },
  { name: 'timestamp without zone', file: () => broken((d) => (d.clips[0].createdAt = '2026-11-01T08:00:00')), code: 'bad-time', path: 'clips[0].createdAt', zh: '(clips[0].createdAt)：不是有效的 ISO 时间' },
  { name: 'id not a UUID', file: () => broken((d) => (d.clips[3].id = 'clip-4')), code: 'not-uuid', path: 'clips[3].id', zh: '第 4 条摘录 (clips[3].id)：不是有效的 UUID' },
  { name: 'duplicate id', file: () => broken((d) => (d.clips[5].id = d.clips[2].id)), code: 'duplicate-id', path: 'clips[5].id', zh: '第 6 条摘录 (clips[5].id)：与第 3 条摘录 (clips[2].id) 重复' },
  { name: 'duplicate id in other case', file: () => broken((d) => (d.clips[0].id = d.clips[0].id.replace('-4000-', '-4abc-'), d.clips[1].id = d.clips[0].id.toUpperCase())), code: 'duplicate-id', path: 'clips[1].id', zh: '第 2 条摘录 (clips[1].id)：与第 1 条摘录 (clips[0].id) 重复' },
  { name: 'text over the limit', file: () => broken((d) => (d.clips[0].text = '字'.repeat(100_001))), code: 'too-long', path: 'clips[0].text', zh: '第 1 条摘录 (clips[0].text)：过长（上限 100000 个字符）' },
  { name: 'empty text', file: () => broken((d) => (d.clips[0].text = '')), code: 'empty-string', path: 'clips[0].text', zh: '(clips[0].text)：不能为空' },
  { name: 'missing note', file: () => broken((d) => delete d.clips[9].note), code: 'missing', path: 'clips[9].note', zh: '第 10 条摘录 (clips[9].note)：缺少此字段' },
  { name: 'unknown clip field', file: () => broken((d) => (d.clips[0].color = 'red')), code: 'unknown-field', path: 'clips[0].color', zh: '第 1 条摘录 (clips[0].color)：不允许的字段' },
  { name: 'clip is null', file: () => broken((d) => (d.clips[1] = null)), code: 'expected-object', path: 'clips[1]', zh: '第 2 条摘录 (clips[1])：应为对象，实际为 null' },
  { name: 'one selector only', file: () => broken((d) => d.clips[0].selectors.pop()), code: 'missing-item', path: 'clips[0].selectors[1]', zh: '(clips[0].selectors[1])：缺少此项' },
  { name: 'position start after end', file: () => broken((d) => (d.clips[0].selectors[1].start = 10_000)), code: 'start-after-end', path: 'clips[0].selectors[1]', zh: '(clips[0].selectors[1])：start 大于 end' },
  { name: 'unknown figure kind', file: () => broken((d) => (d.clips[0].figures[1].kind = 'ratio')), code: 'expected-one-of', path: 'clips[0].figures[1].kind', zh: '(clips[0].figures[1].kind)：应为 "date"、"money"、"percent"、"measure"、"count" 之一，实际为 "ratio"' },
  { name: 'figure value as string', file: () => broken((d) => (d.clips[0].figures[1].value = '30000')), code: 'expected-number', path: 'clips[0].figures[1].value', zh: '(clips[0].figures[1].value)：应为数字，实际为 string' },
  { name: 'page 0', file: () => broken((d) => (d.clips[0].page = 0)), code: 'below-min', path: 'clips[0].page', zh: '(clips[0].page)：应不小于 1' },
  { name: 'url not a URL', file: () => broken((d) => (d.clips[0].url = '777doc.com/doc-1')), code: 'not-url', path: 'clips[0].url', zh: '(clips[0].url)：不是有效的网址' },
  { name: 'tags not strings', file: () => broken((d) => (d.clips[0].tags = [1])), code: 'expected-string', path: 'clips[0].tags[0]', zh: '(clips[0].tags[0])：应为字符串，实际为 number' },
];

describe('parseClipsImport refuses a bad file with what and where', () => {
  it.each(cases)('$name', ({ file, code, path }) => {
    const { problems } = refusal(file());
    const clipIndex = path === null ? null : /^clips\[(\d+)\]/.exec(path)?.[1];
    expect(problems).toContainEqual(
      expect.objectContaining({ code, path, clip: clipIndex == null ? null : Number(clipIndex) + 1 }),
    );
  });

  it.each(cases)('$name: the zh_CN messages give the Chinese text', ({ file, zh: fragment }) => {
    const { problems, more } = refusal(file());
    expect(formatImportProblems(problems, more, zh).join('\n')).toContain(fragment);
  });

  it('formats with the zh_CN messages exactly as before, and keeps path and clip number in English', () => {
    const at = (edit: (doc: any) => void) => refusal(broken(edit)).problems[0]!;
    const duplicated = validDoc();
    const id: string = duplicated.clips[2].id;
    duplicated.clips[5].id = id;
    const examples: Array<{ problem: ImportProblem; zh: string; en: string }> = [
      {
        problem: at((d) => (d.clips[17].createdAt = '2026-13-01T00:00:00Z')),
        zh: '第 18 条摘录 (clips[17].createdAt)：不是有效的 ISO 时间（应如 2026-11-29T08:00:00.000Z）',
        en: 'Clip 18 (clips[17].createdAt): not a valid ISO time (such as 2026-11-29T08:00:00.000Z)',
      },
      {
        problem: at((d) => (d.exportedAt = 5)),
        zh: '导出文件 (exportedAt)：应为字符串，实际为 number',
        en: 'Export file (exportedAt): expected a string, got number',
      },
      {
        problem: at((d) => (d.clips[0].figures[1].kind = 'ratio')),
        zh: '第 1 条摘录 (clips[0].figures[1].kind)：应为 "date"、"money"、"percent"、"measure"、"count" 之一，实际为 "ratio"',
        en: 'Clip 1 (clips[0].figures[1].kind): expected one of "date", "money", "percent", "measure", "count", got "ratio"',
      },
      {
        problem: refusal(JSON.stringify(duplicated)).problems[0]!,
        zh: `第 6 条摘录 (clips[5].id)：与第 3 条摘录 (clips[2].id) 重复：${id}`,
        en: `Clip 6 (clips[5].id): same id as clip 3 (clips[2].id): ${id}`,
      },
      {
        problem: refusal('[]').problems[0]!,
        zh: '导出文件 (顶层)：应为对象 {"format", "version", "clips"}，实际为 array',
        en: 'Export file (top level): expected an object {"format", "version", "clips"}, got array',
      },
      {
        problem: at((d) => (d.format = 'memex.export')),
        zh: '导出文件 (format)：应为 "docclip.clips"，实际为 "memex.export"；这不是 DocClip 摘录导出文件',
        en: 'Export file (format): expected "docclip.clips", got "memex.export"; this is not a DocClip clips export',
      },
      {
        problem: at((d) => (d.version = 4)),
        zh: '导出文件 (version)：文件版本 4 比本扩展支持的版本 3 新，请先更新 DocClip 再导入',
        en: 'Export file (version): the file is version 4, newer than version 3 that this extension reads; update DocClip before importing',
      },
      {
        problem: refusal('').problems[0]!,
        zh: '文件为空',
        en: 'The file is empty',
      },
      {
        problem: checkImportSize(3 * 1024 * 1024, 2 * 1024 * 1024)!,
        zh: '文件过大：约 3.0 MB（3145728 字节），上限 2 MB',
        en: 'File too large: about 3.0 MB (3145728 bytes); the limit is 2 MB',
      },
    ];
    for (const { problem, zh: zhText, en: enText } of examples) {
      expect(formatImportProblem(problem, zh)).toBe(zhText);
      expect(formatImportProblem(problem, en)).toBe(enText);
    }
  });

  it('has at least 15 malformed cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(15);
  });

  it('refuses a file over the size limit before parsing it', () => {
    const result = parseClipsImport(' '.repeat(2 * 1024 * 1024 + 1), 2 * 1024 * 1024);
    expect(result).toEqual({ ok: false, problems: [expect.objectContaining({ code: 'too-large-chars', path: null })], more: 0 });
    if (!result.ok) expect(formatImportProblem(result.problems[0]!, zh)).toBe('文件过大：约 2.0 MB（2097153 个字符），上限 2 MB');
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
    if (refused) expect(error).toMatchObject({ code: 'too-large', path: null, clip: null });
  });

  it('lists the envelope fields, then the clips, then unknown fields, as one parse of the file would', () => {
    const file = broken((d) => {
      d.owner = 'x';
      d.clips[2].page = 0;
      d.exportedAt = 'yesterday';
    });
    const { problems } = refusal(file);
    expect(problems.map((p) => [p.path, p.clip])).toEqual([
      ['exportedAt', null],
      ['clips[2].page', 3],
      ['owner', null],
    ]);
    expect(formatImportProblems(problems, 0, zh).map((line) => line.replace(/：.*/, ''))).toEqual([
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
    const { problems, more } = refusal(file);
    expect(problems).toHaveLength(5);
    expect(more).toBe(15);
    expect(problems[0]).toEqual({ code: 'expected-string', path: 'clips[0].note', clip: 1, params: ['null'] });
    const lines = formatImportProblems(problems, more, zh);
    expect(lines).toHaveLength(6);
    expect(lines[0]).toBe('第 1 条摘录 (clips[0].note)：应为字符串，实际为 null');
    expect(lines[5]).toBe('……另有 15 处问题');
  });

  it('gives line and column when the engine reports a position', () => {
    const [problem] = refusal('{\n  "format": x\n}').problems;
    // Node 20's V8 names no position; newer engines do, and then line and column are given.
    const message = problem!.params.at(-1)!;
    if (/position|line \d+ column/.test(message)) {
      expect(problem!.code).toMatch(/^not-json-at/);
      expect(problem!.params[0]).toBe('2');
      expect(formatImportProblem(problem!, zh)).toContain('第 2 行');
    }
    expect(formatImportProblem(problem!, zh)).toMatch(/^不是有效的 JSON/);
  });
});

describe('parseClipsImport accepts a valid file', () => {
  it('returns the clips of a fresh export unchanged, with the version', () => {
    const clips = [makeClip(), makeClip({ page: null, note: '见原文第三节', figures: [], targets: [] })];
    const result = parseClipsImport(JSON.stringify(createExport(clips, new Date())));
    expect(result).toEqual({ ok: true, clips, documents: [], version: 3, format: 'docclip', skipped: [] });
  });

  it('accepts an empty export', () => {
    expect(parseClipsImport(JSON.stringify(createExport([], new Date())))).toEqual({ ok: true, clips: [], documents: [], version: 3, format: 'docclip', skipped: [] });
  });

  it('imports a version 1 file (an earlier DocClip, no documents) and says it was version 1', () => {
    const clips = [makeClip()];
    const v1 = { ...createExport(clips, new Date()), version: 1 };
    expect(parseClipsImport(JSON.stringify(v1))).toEqual({ ok: true, clips, documents: [], version: 1, format: 'docclip', skipped: [] });
  });

  it('ignores a UTF-8 byte-order mark', () => {
    const json = '\uFEFF' + JSON.stringify(createExport([makeClip()], new Date()));
    expect(parseClipsImport(json).ok).toBe(true);
  });

  it('normalises ids to lower case and timestamps to UTC ISO', () => {
    const clip = makeClip();
    const doc = createExport([{ ...clip, id: clip.id.toUpperCase().replace('0000-4', 'ABCD-4'), createdAt: '2026-11-29T16:00:00+08:00' }], new Date());
    const result = parseClipsImport(JSON.stringify(doc));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.clips[0]?.id).toBe(clip.id.replace('0000-4', 'abcd-4'));
    expect(result.clips[0]?.createdAt).toBe('2026-11-29T08:00:00.000Z');
  });
});
