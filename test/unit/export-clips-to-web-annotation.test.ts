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
          { type: 'TextualBody', value: '林业', format: 'text/plain', purpose: 'tagging' },
          { type: 'TextualBody', value: '目标', format: 'text/plain', purpose: 'tagging' },
        ],
      },
    },
    {
      name: 'each annotation carries its own @context (W3C test 3.1-annotationContextValidated checks it per annotation)',
      patch: {},
      expected: { '@context': 'http://www.w3.org/ns/anno.jsonld' },
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

/**
 * The terms the W3C Web Annotation Data Model (https://www.w3.org/TR/annotation-model/) gives
 * these fields, checked without the W3C's test files (npm run eval:wpt-annotations runs those).
 */
describe('clipToAnnotation: the W3C model terms', () => {
  // §3.3.5: the motivations (also the values a body's purpose takes).
  const W3C_MOTIVATIONS = ['assessing', 'bookmarking', 'classifying', 'commenting', 'describing', 'editing', 'highlighting', 'identifying', 'linking', 'moderating', 'questioning', 'replying', 'tagging'];
  // §3.1 Annotation, §3.3.1 lifecycle; plus the two terms DocClip adds to the target.
  const ANNOTATION_KEYS = ['@context', 'id', 'type', 'motivation', 'created', 'modified', 'body', 'target'];
  const TARGET_KEYS = ['source', 'selector', 'dc:title', 'schema:pageStart'];
  const XSD_DATETIME_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

  const cases: { name: string; patch: Parameters<typeof makeClip>[0]; bodies: { value: string; purpose: string; format?: string }[] }[] = [
    {
      name: 'note, tags and category read from an OCR page',
      patch: { note: '对比省级目标', tags: ['林业', '目标'], category: '目标任务', source: 'ocr', confidence: 0.8 },
      bodies: [
        { value: '对比省级目标', purpose: 'commenting', format: 'text/plain' },
        { value: '林业', purpose: 'tagging', format: 'text/plain' },
        { value: '目标', purpose: 'tagging', format: 'text/plain' },
        { value: '目标任务', purpose: 'classifying', format: 'text/plain' },
      ],
    },
    { name: 'a bare highlight without page or title', patch: { note: '', tags: [], page: null, docTitle: '' }, bodies: [] },
    {
      name: 'a note of spaces is no note; a URL with an encoded query and a fragment',
      patch: { note: '  ', tags: ['民生 实事'], url: 'https://wenku.baidu.com/view/8f2c1a.html?q=%E9%A2%84%E7%AE%97#page=5' },
      bodies: [{ value: '民生 实事', purpose: 'tagging', format: 'text/plain' }],
    },
  ];

  it.each(cases)('$name', ({ patch, bodies }) => {
    const clip = makeClip(patch);
    const a = clipToAnnotation(clip) as unknown as Record<string, unknown> & ReturnType<typeof clipToAnnotation>;
    expect(Object.keys(a).filter((k) => !ANNOTATION_KEYS.includes(k))).toEqual([]);
    expect(a['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(a.type).toBe('Annotation');
    // id: an absolute IRI (scheme ":" …), here the clip's UUID as a URN.
    expect(a.id).toMatch(/^[a-z][a-z0-9+.-]*:/i);
    expect(a.id).toBe(`urn:uuid:${clip.id}`);
    expect(W3C_MOTIVATIONS).toContain(a.motivation);
    expect(a.created).toMatch(XSD_DATETIME_UTC);
    expect(a.modified).toMatch(XSD_DATETIME_UTC);

    expect(Object.keys(a.target).filter((k) => !TARGET_KEYS.includes(k))).toEqual([]);
    expect(a.target.source).toBe(clip.url);
    expect(URL.canParse(a.target.source)).toBe(true);
    const [quote, position] = a.target.selector;
    expect(quote.type).toBe('TextQuoteSelector');
    expect(Object.keys(quote).every((k) => ['type', 'exact', 'prefix', 'suffix'].includes(k))).toBe(true);
    expect(quote.exact).toBe(clip.text);
    expect(position).toEqual({ type: 'TextPositionSelector', start: clip.selectors[1].start, end: clip.selectors[1].end });
    expect(Number.isInteger(position.start) && position.start >= 0 && position.end >= position.start).toBe(true);

    const got = a.body ?? [];
    expect(got.every((b) => b.type === 'TextualBody' && W3C_MOTIVATIONS.includes(b.purpose))).toBe(true);
    expect(got.map(({ value, purpose, format }) => ({ value, purpose, ...(format ? { format } : {}) }))).toEqual(bodies);
    // §3.2.5: body and bodyValue never both.
    expect('bodyValue' in a).toBe(false);
  });
});
