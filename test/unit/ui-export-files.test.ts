import { describe, expect, it } from 'vitest';
import { parseClipsImport } from '../../src/core/export/parse-clips-import';
import { clipJson, createExport } from '../../src/core/export/clips-export';
import { EXPORT_KINDS, buildExportFile, buildJsonExportFile, exportText, type ExportKind } from '../../src/ui/export-files';
import { sourceUrl } from '../../src/ui/source-url';
import { makeClip } from './helpers/make-clip';

const now = new Date(2026, 10, 29, 23, 30); // local time: the file is named for the reader's day

describe('buildExportFile', () => {
  const cases: Array<{ kind: ExportKind; name: string; mimeType: string }> = [
    { kind: 'json', name: 'docclip-clips-2026-11-29.json', mimeType: 'application/json' },
    { kind: 'csv', name: 'docclip-clips-2026-11-29.csv', mimeType: 'text/csv;charset=utf-8' },
    { kind: 'figures-csv', name: 'docclip-clips-2026-11-29.figures.csv', mimeType: 'text/csv;charset=utf-8' },
    { kind: 'markdown', name: 'docclip-clips-2026-11-29.md', mimeType: 'text/markdown;charset=utf-8' },
    { kind: 'web-annotation', name: 'docclip-clips-2026-11-29.jsonld', mimeType: 'application/ld+json' },
    { kind: 'obsidian', name: 'docclip-clips-2026-11-29.notes.md', mimeType: 'text/markdown;charset=utf-8' },
    { kind: 'ris', name: 'docclip-clips-2026-11-29.ris', mimeType: 'application/x-research-info-systems' },
    { kind: 'csl-json', name: 'docclip-clips-2026-11-29.csl.json', mimeType: 'application/vnd.citationstyles.csl+json' },
  ];
  it.each(cases)('$kind → $name', ({ kind, name, mimeType }) => {
    const file = buildExportFile(kind, [makeClip(), makeClip({ docId: '777doc:9' })], now);
    expect(file.name).toBe(name);
    expect(file.mimeType).toBe(mimeType);
    expect(exportText(file).length).toBeGreaterThan(0);
  });

  it('names the Obsidian note of one document after the document', () => {
    const file = buildExportFile('obsidian', [makeClip({ docTitle: '某县规划: 草案' }), makeClip({ docTitle: '某县规划: 草案' })], now);
    expect(file.name).toBe('某县规划 草案.md');
  });

  it('writes the Obsidian note with the reader\'s template when one is given', () => {
    const clips = [makeClip({ docTitle: '甲' })];
    expect(exportText(buildExportFile('obsidian', clips, now, { noteTemplate: '# {{title}}\n\n{{clips}}\n' }))).toMatch(/^# 甲\n\n<!-- docclip:start -->\n/);
    expect(exportText(buildExportFile('obsidian', clips, now, { noteTemplate: null }))).toMatch(/^---\ntitle: "甲"\n/);
  });

  it('offers every kind', () => {
    expect([...EXPORT_KINDS].sort()).toEqual(cases.map((c) => c.kind).sort());
  });

  it('writes JSON that imports back to the same clips', () => {
    const clips = [makeClip({ note: '第一行\n第二行', tags: ['林业', '碳'] }), makeClip({ page: null })];
    const file = buildExportFile('json', clips, now);
    const doc = JSON.parse(exportText(file)) as { format: string; version: number; exportedAt: string };
    expect([doc.format, doc.version, doc.exportedAt]).toEqual(['docclip.clips', 3, now.toISOString()]);
    const parsed = parseClipsImport(exportText(file));
    expect(parsed.ok && parsed.clips).toEqual(clips);
  });

  const counts = [0, 1, 3];
  it.each(counts)('writes the JSON of %i clips in parts, as JSON.stringify(createExport(…)) would in one string', (n) => {
    const clips = Array.from({ length: n }, (_, i) => makeClip({ note: `第 ${i} 条 "引号" \\ 反斜杠\n换行` }));
    const file = buildExportFile('json', clips, now);
    expect(file.parts).toHaveLength(n + 2);
    expect(exportText(file)).toBe(JSON.stringify(createExport(clips, now)));
  });

  it.each(counts)('writes the same JSON file of %i clips from clips already serialised (buildJsonExportFile)', (n) => {
    const clips = Array.from({ length: n }, (_, i) => makeClip({ note: `第 ${i} 条 "引号"\n换行` }));
    const file = buildJsonExportFile(clips.map(clipJson), now);
    expect(file).toEqual(buildExportFile('json', clips, now));
  });

  it('writes a JSON-LD annotation collection', () => {
    const doc = JSON.parse(exportText(buildExportFile('web-annotation', [makeClip()], now))) as { type: string; total: number };
    expect([doc.type, doc.total]).toEqual(['AnnotationCollection', 1]);
  });
});

describe('sourceUrl', () => {
  const id = '00000000-0000-4000-8000-000000000001';
  const cases: Array<{ url: string; expect: string | null }> = [
    { url: 'https://m.777doc.com/doc-4411.html', expect: `https://m.777doc.com/doc-4411.html#docclip=${id}` },
    { url: 'https://m.777doc.com/doc-4411.html?p=2', expect: `https://m.777doc.com/doc-4411.html?p=2#docclip=${id}` },
    { url: 'https://m.777doc.com/doc-4411.html#page3', expect: `https://m.777doc.com/doc-4411.html#docclip=${id}` },
    { url: 'http://www.docin.com/p-1.html', expect: `http://www.docin.com/p-1.html#docclip=${id}` },
    { url: 'javascript:alert(1)', expect: null },
    { url: 'data:text/html,<b>x</b>', expect: null },
    { url: 'file:///etc/passwd', expect: null },
    { url: 'not a url', expect: null },
  ];
  it.each(cases)('$url', ({ url, expect: want }) => {
    expect(sourceUrl({ url, id })).toBe(want);
  });
});
