import { describe, expect, it } from 'vitest';
import { clipsToWebAnnotation, clipToAnnotation } from '../../src/core/export/clips-to-web-annotation';
import { makeClip } from './helpers/make-clip';

describe('clipsToWebAnnotation', () => {
  it('wraps every clip in one AnnotationCollection with an embedded first page', () => {
    const clips = [makeClip(), makeClip()];
    const doc = clipsToWebAnnotation(clips, 'urn:uuid:0f0e0d0c-0000-4000-8000-000000000000');
    expect(doc['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(doc).toMatchObject({ id: 'urn:uuid:0f0e0d0c-0000-4000-8000-000000000000', type: 'AnnotationCollection', total: 2 });
    expect(doc.first).toMatchObject({ id: 'urn:uuid:0f0e0d0c-0000-4000-8000-000000000000#page-1', type: 'AnnotationPage', startIndex: 0 });
    expect(doc.first.items.map((a) => a.id)).toEqual(clips.map((c) => `urn:uuid:${c.id}`));
  });

  it('gives an empty collection for no clips', () => {
    expect(clipsToWebAnnotation([])).toMatchObject({ total: 0, first: { items: [] } });
  });
});

describe('clipToAnnotation', () => {
  const base = makeClip({ note: '', tags: [] });
  const cases: { name: string; patch: Parameters<typeof makeClip>[0]; expected: Record<string, unknown> }[] = [
    {
      name: 'no note, no tags: a highlight without body',
      patch: { note: '', tags: [] },
      expected: { motivation: 'highlighting', body: undefined },
    },
    {
      name: 'note: commenting with a TextualBody',
      patch: { note: '见第三节', tags: [] },
      expected: { motivation: 'commenting', body: [{ type: 'TextualBody', value: '见第三节', format: 'text/plain', purpose: 'commenting' }] },
    },
    {
      name: 'tags: one tagging body each',
      patch: { note: '', tags: ['林业', '目标'] },
      expected: {
        motivation: 'highlighting',
        body: [
          { type: 'TextualBody', value: '林业', purpose: 'tagging' },
          { type: 'TextualBody', value: '目标', purpose: 'tagging' },
        ],
      },
    },
    {
      name: 'empty prefix and suffix are left out of the quote selector',
      patch: { selectors: [{ type: 'TextQuoteSelector', exact: '造林', prefix: '', suffix: '' }, { type: 'TextPositionSelector', start: 5, end: 7 }] },
      expected: {
        target: {
          source: base.url,
          'dc:title': base.docTitle,
          'schema:pageStart': base.page,
          selector: [{ type: 'TextQuoteSelector', exact: '造林' }, { type: 'TextPositionSelector', start: 5, end: 7 }],
        },
      },
    },
  ];
  it.each(cases)('$name', ({ patch, expected }) => {
    const clip = makeClip(patch);
    const annotation = clipToAnnotation(clip);
    expect(annotation).toMatchObject({ id: `urn:uuid:${clip.id}`, type: 'Annotation', created: clip.createdAt, modified: clip.updatedAt });
    for (const [key, value] of Object.entries(expected)) expect(annotation[key as keyof typeof annotation]).toEqual(value);
  });

  it('targets the page URL with both selectors of the clip', () => {
    const clip = makeClip();
    const [quote, position] = clip.selectors;
    expect(clipToAnnotation(clip).target).toEqual({
      source: clip.url,
      'dc:title': clip.docTitle,
      'schema:pageStart': clip.page,
      selector: [quote, position],
    });
  });

  it('leaves out the title and page when the clip has none', () => {
    const target = clipToAnnotation(makeClip({ docTitle: '  ', page: null })).target;
    expect(target).not.toHaveProperty('dc:title');
    expect(target).not.toHaveProperty('schema:pageStart');
  });
});
