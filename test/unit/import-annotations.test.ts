import { describe, expect, it } from 'vitest';
import { clipsToWebAnnotation } from '../../src/core/export/clips-to-web-annotation';
import { parseClipsImport } from '../../src/core/export/parse-clips-import';
import type { Clip } from '../../src/core/types';
import { createClipsSchemaValidator } from './helpers/clips-schema-validator';
import { makeClip } from './helpers/make-clip';

/**
 * Import of other tools' annotation files (annotations-to-clips.ts through parseClipsImport):
 * a Hypothesis client export and API search result, W3C Web Annotation JSON in each shape
 * the model allows, and DocClip's own W3C export read back into the same clips.
 */

const URL_777 = 'https://m.777doc.com/doc-4411.html';
const NOW = new Date('2026-12-04T10:00:00.000Z');

/** One annotation as the Hypothesis client's export and API write it (fields it has beside the ones read kept, to be ignored). */
function hypothesisAnnotation(patch: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'Xk3fQ2nPEe-aaaa',
    created: '2026-11-20T08:15:30.123456+00:00',
    updated: '2026-11-21T09:00:00.000000+00:00',
    user: 'acct:reader@hypothes.is',
    uri: URL_777,
    text: '与省级目标对照',
    tags: ['林业', ' 目标 ', '林业', ''],
    group: '__world__',
    permissions: { read: ['group:__world__'] },
    target: [
      {
        source: URL_777,
        selector: [
          { type: 'RangeSelector', startContainer: '/div[1]/p[3]', startOffset: 0, endContainer: '/div[1]/p[3]', endOffset: 14 },
          { type: 'TextPositionSelector', start: 120, end: 134 },
          { type: 'TextQuoteSelector', exact: '到2025年，完成造林3万亩', prefix: '主要目标：', suffix: '。二、' },
          { type: 'PageSelector', index: 2, label: '3' },
        ],
      },
    ],
    document: { title: ['某县林业发展“十四五”规划'] },
    links: { html: 'https://hypothes.is/a/Xk3fQ2nPEe-aaaa' },
    flagged: false,
    hidden: false,
    ...patch,
  };
}

const clipsOf = (file: unknown) => {
  const result = parseClipsImport(JSON.stringify(file), undefined, NOW);
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.problems)}`);
  return result;
};

describe('Hypothesis files', () => {
  it('reads the client export: quote, context, position, page, URL, title, tags, note and times into a valid clip', () => {
    const result = clipsOf({ export_date: '2026-12-01T00:00:00Z', export_userid: 'acct:reader@hypothes.is', client_version: '1.1500.0', annotations: [hypothesisAnnotation()] });
    expect(result.format).toBe('hypothesis');
    expect(result.skipped).toEqual([]);
    const [clip] = result.clips;
    expect(clip).toMatchObject({
      text: '到2025年，完成造林3万亩',
      url: URL_777,
      site: '777doc',
      docId: '777doc:4411',
      docTitle: '某县林业发展“十四五”规划',
      page: 3,
      tags: ['林业', '目标'],
      note: '与省级目标对照',
      createdAt: '2026-11-20T08:15:30.123Z',
      updatedAt: '2026-11-21T09:00:00.000Z',
      selectors: [
        { type: 'TextQuoteSelector', exact: '到2025年，完成造林3万亩', prefix: '主要目标：', suffix: '。二、' },
        { type: 'TextPositionSelector', start: 120, end: 134 },
      ],
    });
    // Figures and targets found in the quote, as when clipping.
    expect(clip!.figures.map((f) => f.text)).toEqual(expect.arrayContaining(['3万亩']));
    // It is a clip DocClip's own JSON Schema accepts.
    expect(createClipsSchemaValidator()({ format: 'docclip.clips', version: 3, exportedAt: NOW.toISOString(), clips: result.clips })).toBe(true);
  });

  const shapes: { name: string; file: (a: Record<string, unknown>) => unknown }[] = [
    { name: 'client export', file: (a) => ({ export_date: '2026-12-01T00:00:00Z', client_version: '1.1500.0', annotations: [a] }) },
    { name: 'API search result', file: (a) => ({ total: 1, rows: [a] }) },
    { name: 'bare array of API annotations', file: (a) => [a] },
  ];
  it.each(shapes)('reads the $name shape', ({ file }) => {
    expect(clipsOf(file(hypothesisAnnotation())).clips.map((c) => c.text)).toEqual(['到2025年，完成造林3万亩']);
  });

  it('gives the same ids when the same file is imported again, and different ids to different annotations', () => {
    const file = { total: 2, rows: [hypothesisAnnotation(), hypothesisAnnotation({ id: 'other' })] };
    const [a, b] = clipsOf(file).clips;
    expect(clipsOf(file).clips.map((c) => c.id)).toEqual([a!.id, b!.id]);
    expect(a!.id).not.toBe(b!.id);
  });

  it('leaves out replies, page notes and a repeated annotation, and says which and why', () => {
    const result = clipsOf({
      total: 4,
      rows: [
        hypothesisAnnotation(),
        hypothesisAnnotation({ id: 'reply-1', references: ['Xk3fQ2nPEe-aaaa'], target: [{ source: URL_777 }] }),
        hypothesisAnnotation({ id: 'page-note', target: [{ source: URL_777 }] }),
        hypothesisAnnotation(),
      ],
    });
    expect(result.clips).toHaveLength(1);
    expect(result.skipped.map((p) => [p.code, p.path])).toEqual([
      ['skipped-reply', 'rows[1]'],
      ['skipped-no-quote', 'rows[2]'],
      ['skipped-duplicate', 'rows[3]'],
    ]);
  });

  it('refuses an annotation with a broken value, naming its place in the file, and imports nothing', () => {
    const result = parseClipsImport(JSON.stringify({ total: 2, rows: [hypothesisAnnotation({ id: 'ok' }), hypothesisAnnotation({ created: 'yesterday', updated: undefined })] }), undefined, NOW);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.path)).toContain('rows[1].created');
  });
});

describe('W3C Web Annotation files', () => {
  const annotation = (patch: Record<string, unknown> = {}) => ({
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: 'https://example.org/anno/1',
    type: 'Annotation',
    created: '2026-11-20T08:00:00Z',
    body: [
      { type: 'TextualBody', value: '与省级目标对照', purpose: 'commenting' },
      { type: 'TextualBody', value: '林业', purpose: 'tagging' },
      { type: 'TextualBody', value: '目标', purpose: 'classifying' },
    ],
    target: { source: URL_777, selector: { type: 'TextQuoteSelector', exact: '完成造林3万亩', prefix: '2025年，' } },
    ...patch,
  });

  const shapes: { name: string; file: unknown }[] = [
    { name: 'one Annotation', file: annotation() },
    { name: 'an array of them', file: [annotation()] },
    { name: 'an AnnotationPage', file: { '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationPage', items: [annotation()] } },
    { name: 'an AnnotationCollection with its first page embedded', file: { type: 'AnnotationCollection', total: 1, first: { type: 'AnnotationPage', items: [annotation()] } } },
    { name: 'oa: prefixed types', file: { ...annotation(), type: 'oa:Annotation' } },
  ];
  it.each(shapes)('reads $name: the quote, note, tag and category', ({ file }) => {
    const result = clipsOf(file);
    expect(result.format).toBe('web-annotation');
    expect(result.clips.map((c) => [c.text, c.note, c.tags, c.category, c.url, c.docId])).toEqual([['完成造林3万亩', '与省级目标对照', ['林业'], '目标', URL_777, '777doc:4411']]);
  });

  it('takes bodyValue and untyped bodies as the note, and bodies of a tagging annotation as tags', () => {
    const note = clipsOf(annotation({ body: undefined, bodyValue: '一条笔记' })).clips[0]!;
    expect([note.note, note.tags]).toEqual(['一条笔记', []]);
    const tagged = clipsOf(annotation({ motivation: 'tagging', body: [{ type: 'TextualBody', value: '碳汇' }] })).clips[0]!;
    expect([tagged.note, tagged.tags]).toEqual(['', ['碳汇']]);
  });

  it('refuses a collection whose first page is only a link, saying so', () => {
    const result = parseClipsImport(JSON.stringify({ type: 'AnnotationCollection', total: 3, first: 'https://example.org/annos?page=1' }), undefined, NOW);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => [p.code, p.path])).toEqual([['linked-page', 'first']]);
  });

  it('leaves out an annotation without a text quote (a whole-page comment)', () => {
    const result = clipsOf([annotation(), annotation({ id: 'https://example.org/anno/2', target: URL_777 })]);
    expect(result.clips).toHaveLength(1);
    expect(result.skipped.map((p) => [p.code, p.path])).toEqual([['skipped-no-quote', '[1]']]);
  });

  it('DocClip\'s own W3C export reads back into the same clips (ids, text, selectors, page, title, tags, note, category, times)', () => {
    const clips: Clip[] = [
      makeClip({ page: 3, note: '与省级目标对照\n第二行', category: '目标', tags: ['林业', '碳汇'] }),
      makeClip({ page: null, note: '', tags: [], docTitle: '', text: '另一段' }),
    ];
    const result = clipsOf(clipsToWebAnnotation(clips));
    const fields = (c: Clip) => ({ id: c.id, text: c.text, url: c.url, site: c.site, docId: c.docId, docTitle: c.docTitle, page: c.page, selectors: c.selectors, tags: c.tags, note: c.note, category: c.category, createdAt: c.createdAt, updatedAt: c.updatedAt });
    expect(result.clips.map(fields)).toEqual(clips.map(fields));
  });
});
