import { describe, expect, it } from 'vitest';
import { DEFAULT_CATEGORIES } from '../../src/core/categories';
import { createExport } from '../../src/core/export/clips-export';
import { parseClipsImport } from '../../src/core/export/parse-clips-import';
import { mergeSettings, settingsOf, type ReaderSettings } from '../../src/core/export/reader-settings';
import { createClipsSchemaValidator } from './helpers/clips-schema-validator';
import { makeClip } from './helpers/make-clip';

const MINE = [{ name: '风险', color: '#9467bd' }, { name: '数据', color: '#000000' }];
const FULL: ReaderSettings = { categories: MINE, watchTerms: ['碳汇', '亩'], noteTemplate: '# {{title}}\n{{clips}}', citationStyle: '2025' };

describe('settingsOf', () => {
  const cases: Array<{ name: string; stored: Record<string, unknown>; expected: ReaderSettings | undefined }> = [
    { name: 'a new install: nothing stored', stored: {}, expected: undefined },
    {
      name: 'everything the reader set',
      stored: { categories: MINE, watchTerms: ['碳汇', '亩'], noteTemplate: '# {{title}}\n{{clips}}', citationStyle: '2025' },
      expected: FULL,
    },
    { name: 'empty watch terms and a blank template are not settings', stored: { watchTerms: [], noteTemplate: '  ' }, expected: undefined },
    { name: 'damaged values are left out', stored: { categories: [{ name: '', color: 'red' }], watchTerms: 'x', citationStyle: '1987' }, expected: undefined },
    { name: 'the default list, saved by the reader, is theirs', stored: { categories: DEFAULT_CATEGORIES }, expected: { categories: [...DEFAULT_CATEGORIES] } },
  ];
  it.each(cases)('$name', ({ stored, expected }) => {
    expect(settingsOf(stored)).toEqual(expected);
  });
});

describe('mergeSettings', () => {
  it('gives a new install the backup\'s settings as they were', () => {
    expect(mergeSettings({}, FULL)).toEqual({
      writes: { categories: MINE, watchTerms: ['碳汇', '亩'], noteTemplate: FULL.noteTemplate, citationStyle: '2025' },
      restored: ['categories', 'watchTerms', 'noteTemplate', 'citationStyle'],
    });
  });

  it("adds what is missing to the reader's own settings and changes none of theirs", () => {
    const stored = { categories: [{ name: '数据', color: '#1f77b4' }], watchTerms: ['亩', '公顷'], noteTemplate: 'mine', citationStyle: '2015' };
    expect(mergeSettings(stored, FULL)).toEqual({
      writes: { categories: [{ name: '数据', color: '#1f77b4' }, { name: '风险', color: '#9467bd' }], watchTerms: ['亩', '公顷', '碳汇'] },
      restored: ['categories', 'watchTerms'],
    });
  });

  it('writes nothing when the reader already has it all (importing the same backup twice)', () => {
    const once = mergeSettings({}, FULL).writes;
    expect(mergeSettings(once, FULL)).toEqual({ writes: {}, restored: [] });
  });

  it('keeps to the limits: 30 categories, 500 watch terms', () => {
    const many = Array.from({ length: 30 }, (_, i) => ({ name: `类${i}`, color: '#111111' }));
    const terms = Array.from({ length: 500 }, (_, i) => `词${i}`);
    const merged = mergeSettings({ categories: many, watchTerms: terms }, { categories: [{ name: '新', color: '#222222' }], watchTerms: ['新词'] });
    expect(merged).toEqual({ writes: {}, restored: [] });
  });

  it('leaves a stored category list that no longer parses for the options page to show', () => {
    expect(mergeSettings({ categories: 'hand-edited' }, { categories: MINE })).toEqual({ writes: {}, restored: [] });
  });
});

describe('settings in the export file (version 3)', () => {
  const file = (settings: unknown) => JSON.parse(JSON.stringify({ ...createExport([makeClip()], new Date('2026-12-04T08:00:00Z')), settings }));
  const validate = createClipsSchemaValidator();

  it('round-trips through the schema and import', () => {
    const doc = JSON.parse(JSON.stringify(createExport([makeClip()], new Date('2026-12-04T08:00:00Z'), [], FULL)));
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
    const parsed = parseClipsImport(JSON.stringify(doc));
    expect(parsed.ok && parsed.settings).toEqual(FULL);
  });

  it('a file without settings has none', () => {
    const parsed = parseClipsImport(JSON.stringify(createExport([makeClip()], new Date())));
    expect(parsed.ok && 'settings' in parsed).toBe(false);
  });

  const bad: Array<{ name: string; settings: unknown; path: string; schemaToo?: false }> = [
    { name: 'a colour that is not #rrggbb', settings: { categories: [{ name: '风险', color: 'purple' }] }, path: 'settings.categories' },
    // Names unique: DocClip checks it, JSON Schema cannot say it (the schema's description says so).
    { name: 'two categories of one name', settings: { categories: [MINE[0], { name: '风险', color: '#000000' }] }, path: 'settings.categories', schemaToo: false },
    { name: 'an empty watch term', settings: { watchTerms: [''] }, path: 'settings.watchTerms[0]' },
    { name: 'an unknown citation style', settings: { citationStyle: '1987' }, path: 'settings.citationStyle' },
    { name: 'an unknown setting', settings: { theme: 'dark' }, path: 'settings.theme' },
  ];
  it.each(bad)('refuses $name on import with the path, and in the schema where it can say so', ({ settings, path, schemaToo }) => {
    const doc = file(settings);
    expect(validate(doc)).toBe(schemaToo === false);
    const parsed = parseClipsImport(JSON.stringify(doc));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems.map((p) => p.path)).toContain(path);
  });
});
