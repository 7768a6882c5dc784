import { describe, expect, it } from 'vitest';
import { createExport } from '../../src/core/export/clips-export';
import { parseClipsImport } from '../../src/core/export/parse-clips-import';
import { createClipsSchemaValidator } from './helpers/clips-schema-validator';
import { makeClip } from './helpers/make-clip';

const validate = createClipsSchemaValidator();

function validDoc(): any {
  const clips = [makeClip(), makeClip({ page: null, figures: [], targets: [], tags: [], note: '备注' })];
  return JSON.parse(JSON.stringify(createExport(clips, new Date('2026-11-29T08:00:00Z'))));
}

describe('schema/clips.v3.schema.json', () => {
  it('accepts what createExport writes', () => {
    const ok = validate(validDoc());
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('accepts a figure with approx and range', () => {
    const doc = validDoc();
    doc.clips[0].figures[0] = { text: '3-5万元', start: 0, end: 5, kind: 'money', value: 30000, unit: '元', range: { from: 30000, to: 50000 } };
    expect(validate(doc)).toBe(true);
  });

  it('accepts a clip read by OCR (source, page, confidence), and import keeps those fields', () => {
    const doc = validDoc();
    Object.assign(doc.clips[0], { source: 'ocr', page: 3, confidence: 0.482 });
    Object.assign(doc.clips[1], { source: 'canvas' });
    expect(validate(doc)).toBe(true);
    const read = parseClipsImport(JSON.stringify(doc));
    expect(read.ok).toBe(true);
    if (read.ok) expect(read.clips[0]).toMatchObject({ source: 'ocr', page: 3, confidence: 0.482 });
  });

  const bad: { name: string; edit: (d: any) => void; path: string }[] = [
    { name: 'an unknown source', edit: (d) => (d.clips[0].source = 'scan'), path: '/clips/0/source' },
    { name: 'a confidence over 1', edit: (d) => (d.clips[0].confidence = 1.5), path: '/clips/0/confidence' },
    { name: 'a negative confidence', edit: (d) => (d.clips[0].confidence = -0.1), path: '/clips/0/confidence' },
    { name: 'wrong format', edit: (d) => (d.format = 'other'), path: '/format' },
    { name: 'version 4', edit: (d) => (d.version = 4), path: '/version' },
    { name: 'clips not an array', edit: (d) => (d.clips = {}), path: '/clips' },
    { name: 'no exportedAt', edit: (d) => delete d.exportedAt, path: '' },
    { name: 'exact not a string', edit: (d) => (d.clips[1].selectors[0].exact = 5), path: '/clips/1/selectors/0/exact' },
    { name: 'a third selector', edit: (d) => d.clips[0].selectors.push(d.clips[0].selectors[1]), path: '/clips/0/selectors' },
    { name: 'id not a UUID', edit: (d) => (d.clips[0].id = 'clip-1'), path: '/clips/0/id' },
    { name: 'createdAt without zone', edit: (d) => (d.clips[0].createdAt = '2026-11-01 08:00'), path: '/clips/0/createdAt' },
    { name: 'createdAt 30 February', edit: (d) => (d.clips[0].createdAt = '2026-02-30T00:00:00Z'), path: '/clips/0/createdAt' },
    { name: 'unknown clip field', edit: (d) => (d.clips[0].color = 'red'), path: '/clips/0' },
    { name: 'unknown figure kind', edit: (d) => (d.clips[0].figures[0].kind = 'ratio'), path: '/clips/0/figures/0/kind' },
    { name: 'page 0', edit: (d) => (d.clips[0].page = 0), path: '/clips/0/page' },
    { name: 'text over the limit', edit: (d) => (d.clips[0].text = 'x'.repeat(100_001)), path: '/clips/0/text' },
  ];

  it.each(bad)('refuses $name, as import does', ({ edit, path }) => {
    const doc = validDoc();
    edit(doc);
    expect(validate(doc)).toBe(false);
    expect(validate.errors?.map((e) => e.instancePath)).toContain(path);
    expect(parseClipsImport(JSON.stringify(doc)).ok).toBe(false);
  });
});
