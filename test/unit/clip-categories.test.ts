import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { categoryColor, DEFAULT_CATEGORIES, formatCategoryLines, parseCategories, parseCategoryLines } from '../../src/core/categories';
import { clipsToCsv } from '../../src/core/export/clips-to-csv';
import { clipsToMarkdown } from '../../src/core/export/clips-to-markdown';
import { clipToAnnotation } from '../../src/core/export/clips-to-web-annotation';
import { createExport } from '../../src/core/export/clips-export';
import { parseClipsImport } from '../../src/core/export/parse-clips-import';
import { DocClipDatabase } from '../../src/db/database';
import { SCHEMA_HISTORY } from '../../src/db/schema-history';
import { makeClip } from './helpers/make-clip';

describe('parseCategories', () => {
  const cases: { name: string; input: unknown; expected: ReturnType<typeof parseCategories> }[] = [
    { name: 'the defaults', input: DEFAULT_CATEGORIES, expected: { ok: true, categories: [...DEFAULT_CATEGORIES] } },
    {
      name: 'names trimmed, colours lower-cased',
      input: [{ name: ' 风险 ', color: '#AABBCC' }],
      expected: { ok: true, categories: [{ name: '风险', color: '#aabbcc' }] },
    },
    { name: 'not a list', input: { name: '数据' }, expected: { ok: false, error: '分类应为列表' } },
    { name: 'empty name', input: [{ name: '  ', color: '#000000' }], expected: { ok: false, error: '第 1 个分类：名称不能为空' } },
    {
      name: 'duplicate name',
      input: [{ name: '数据', color: '#000000' }, { name: '数据 ', color: '#111111' }],
      expected: { ok: false, error: '第 2 个分类：名称「数据」重复' },
    },
    { name: 'bad colour', input: [{ name: '数据', color: 'red' }], expected: { ok: false, error: '第 1 个分类：颜色应如 #1f77b4' } },
    {
      name: 'name too long',
      input: [{ name: '长'.repeat(21), color: '#000000' }],
      expected: { ok: false, error: '第 1 个分类：名称过长（上限 20 个字符）' },
    },
  ];
  it.each(cases)('$name', ({ input, expected }) => {
    expect(parseCategories(input)).toEqual(expected);
  });

  it('finds the colour of a category, and none for one no longer listed', () => {
    expect(categoryColor(DEFAULT_CATEGORIES, '目标')).toBe('#2ca02c');
    expect(categoryColor(DEFAULT_CATEGORIES, '已删除')).toBeNull();
    expect(categoryColor(DEFAULT_CATEGORIES, undefined)).toBeNull();
  });
});

describe('category in every export', () => {
  const withCategory = makeClip({ category: '措施', note: '' });
  const without = makeClip({ note: '' });

  it('CSV: a category column, empty when there is none', () => {
    const rows = clipsToCsv([withCategory, without]).replace(/^\uFEFF/, '').split('\r\n');
    const header = rows[0]!.split(',');
    const column = header.indexOf('category');
    expect(column).toBeGreaterThan(-1);
    expect(rows[1]!.split(',')[column]).toBe('措施');
    expect(rows[2]!.split(',')[column]).toBe('');
  });

  it('Markdown: a 分类 line only for a clip with a category', () => {
    expect(clipsToMarkdown([withCategory])).toContain('\n\n分类：措施');
    expect(clipsToMarkdown([without])).not.toContain('分类：');
  });

  it('Web Annotation: a classifying body; motivation unchanged', () => {
    const annotation = clipToAnnotation(withCategory);
    expect(annotation.motivation).toBe('highlighting');
    expect(annotation.body).toContainEqual({ type: 'TextualBody', value: '措施', format: 'text/plain', purpose: 'classifying' });
    expect(clipToAnnotation(without).body?.some((b) => b.purpose === 'classifying') ?? false).toBe(false);
  });

  it('JSON: import of an export keeps the category, and a clip without one stays without', () => {
    const result = parseClipsImport(JSON.stringify(createExport([withCategory, without], new Date())));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.clips).toEqual([withCategory, without]);
    expect('category' in result.clips[1]!).toBe(false);
  });

  const refused: { name: string; category: unknown }[] = [
    { name: 'empty category', category: '' },
    { name: 'not a string', category: 3 },
    { name: 'too long', category: 'x'.repeat(201) },
  ];
  it.each(refused)('JSON import refuses a clip with $name', ({ category }) => {
    const doc = JSON.parse(JSON.stringify(createExport([withCategory], new Date())));
    doc.clips[0].category = category;
    const result = parseClipsImport(JSON.stringify(doc));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]!.path).toBe('clips[0].category');
  });
});

describe('schema version 3 (category index)', () => {
  it('upgrades a version 2 database without losing a row, and indexes categories', async () => {
    const name = `categories-${Math.random()}`;
    const v2 = SCHEMA_HISTORY.find((v) => v.version === 2)!;
    const old = new Dexie(name);
    old.version(2).stores(v2.stores);
    const plain = makeClip();
    const anchoring = { clipId: plain.id, docId: plain.docId, now: '新文本', seenAt: '2026-11-30T00:00:00.000Z' };
    await old.table('clips').add(plain);
    await old.table('anchorings').add(anchoring);
    old.close();

    const db = new DocClipDatabase(name);
    expect(db.verno).toBe(SCHEMA_HISTORY.at(-1)!.version);
    expect(await db.clips.get(plain.id)).toEqual(plain);
    expect(await db.anchorings.get(plain.id)).toEqual(anchoring);
    const categorised = makeClip({ category: '问题' });
    await db.clips.add(categorised);
    expect((await db.clips.where('category').equals('问题').toArray()).map((c) => c.id)).toEqual([categorised.id]);
    expect(await db.clips.count()).toBe(2);
    db.close();
  });
});

describe('parseCategoryLines (the options page)', () => {
  const cases: { name: string; text: string; expected: ReturnType<typeof parseCategoryLines> }[] = [
    {
      name: 'one a line, blank lines skipped, spaces inside a name kept',
      text: '数据 #1F77B4\n\n 政策 措施  #ff7f0e \n',
      expected: { ok: true, categories: [{ name: '数据', color: '#1f77b4' }, { name: '政策 措施', color: '#ff7f0e' }] },
    },
    { name: 'no colour', text: '数据 #1f77b4\n目标', expected: { ok: false, error: '第 2 行应为「名称 #颜色」，如「数据 #1f77b4」' } },
    { name: 'duplicate', text: '数据 #1f77b4\n数据 #000000', expected: { ok: false, error: '第 2 个分类：名称「数据」重复' } },
    { name: 'empty list is allowed', text: '', expected: { ok: true, categories: [] } },
  ];
  it.each(cases)('$name', ({ text, expected }) => expect(parseCategoryLines(text)).toEqual(expected));

  it('formats the defaults so that they parse back', () => {
    expect(parseCategoryLines(formatCategoryLines(DEFAULT_CATEGORIES))).toEqual({ ok: true, categories: DEFAULT_CATEGORIES });
  });
});
