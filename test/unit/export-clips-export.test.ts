import { describe, expect, it } from 'vitest';
import { createExport, EXPORT_FORMAT, EXPORT_VERSION, exportFileName } from '../../src/core/export/clips-export';
import { makeClip } from './helpers/make-clip';

describe('createExport', () => {
  it('wraps the clips, in order, with format, version and the time of export', () => {
    const clips = [makeClip(), makeClip()];
    const doc = createExport(clips, new Date('2026-11-29T08:30:00Z'));
    expect(doc).toEqual({ format: 'docclip.clips', version: 3, exportedAt: '2026-11-29T08:30:00.000Z', clips });
    expect(Object.keys(doc)).toEqual(['format', 'version', 'exportedAt', 'clips']);
    expect([EXPORT_FORMAT, EXPORT_VERSION]).toEqual(['docclip.clips', 3]);
  });

  it('does not share the caller’s array', () => {
    const clips = [makeClip()];
    const doc = createExport(clips, new Date());
    clips.push(makeClip());
    expect(doc.clips).toHaveLength(1);
  });
});

describe('exportFileName', () => {
  const cases: { now: Date; suffix?: string; expected: string }[] = [
    { now: new Date(2026, 10, 29, 7, 5), expected: 'docclip-clips-2026-11-29.json' },
    { now: new Date(2026, 0, 3, 23, 59), suffix: 'csv', expected: 'docclip-clips-2026-01-03.csv' },
    { now: new Date(2026, 0, 3), suffix: 'figures.csv', expected: 'docclip-clips-2026-01-03.figures.csv' },
    { now: new Date(2026, 11, 31), suffix: '.md', expected: 'docclip-clips-2026-12-31.md' },
  ];
  it.each(cases)('$expected', ({ now, suffix, expected }) => {
    expect(exportFileName(now, suffix)).toBe(expected);
  });
});
