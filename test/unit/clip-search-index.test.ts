import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ClipSearchIndex } from '../../src/core/query/clip-search-index';
import { applyQuery, type ClipQuery } from '../../src/core/query/matches-query';
import type { Clip } from '../../src/core/types';
import { makeClip } from './helpers/make-clip';

// The index must answer exactly as applyQuery (matchesQuery + compareClips) over the same clips.
const ids = (clips: Clip[]) => clips.map((c) => c.id);

/** Few distinct characters (Han, full-width, Latin in both cases), so that terms often match. */
const char = fc.constantFrom('碳', '排', '放', '生', '态', 'Ｇ', 'G', 'g', 'd', 'P', '１', '1', '-');
const word = fc.array(char, { minLength: 1, maxLength: 4 }).map((cs) => cs.join(''));
const stamp = fc.integer({ min: 0, max: 5 }).map((d) => `2026-11-0${d + 1}T0${d % 3}:00:00.000Z`);
const clip = fc
  .record({
    text: fc.array(word, { minLength: 1, maxLength: 4 }).map((ws) => ws.join('')),
    note: fc.oneof(fc.constant(''), word),
    docTitle: fc.constantFrom('北京方案', '安徽报告', '重庆公报', 'Ｂeijing', '', '报告1', '报告01'), // the last two collate equal
    site: fc.constantFrom('777doc', 'doc88'),
    tags: fc.array(fc.constantFrom('碳', '生态', 'GDP'), { maxLength: 2 }),
    createdAt: stamp,
  })
  .map((fields) => makeClip(fields));
const query: fc.Arbitrary<ClipQuery> = fc.record(
  {
    text: fc.array(word, { maxLength: 2 }).map((ws) => ws.join(' ')),
    site: fc.constantFrom('777doc', 'doc88', ''),
    tag: fc.constantFrom('碳', 'GDP', ''),
    from: stamp,
    to: fc.constantFrom('2026-11-03', '2026-11-05T01:00:00.000Z'),
    sort: fc.constantFrom('newest' as const, 'oldest' as const, 'title' as const),
  },
  { requiredKeys: [] },
);

describe('ClipSearchIndex', () => {
  it('finds exactly what applyQuery finds, in the same order, on random clips and queries', () => {
    fc.assert(
      fc.property(fc.array(clip, { maxLength: 40 }), fc.array(query, { minLength: 1, maxLength: 5 }), (clips, queries) => {
        const index = new ClipSearchIndex(clips);
        for (const q of queries) expect(index.search(q)).toEqual(ids(applyQuery(clips, q)));
      }),
      { numRuns: 300 },
    );
  });

  it('stays exact through puts (new, edited, moved) and removes, few or many at a time', () => {
    fc.assert(
      fc.property(
        fc.array(clip, { minLength: 1, maxLength: 240 }),
        fc.array(fc.record({ edit: fc.nat(), note: word, createdAt: stamp, remove: fc.boolean() }), { maxLength: 80 }),
        query,
        (clips, changes, q) => {
          const index = new ClipSearchIndex(clips.slice(0, 10));
          const stored = new Map(clips.slice(0, 10).map((c) => [c.id, c]));
          index.put(clips.slice(10)); // a put of many at once (more than 64: the order is rebuilt)
          for (const c of clips.slice(10)) stored.set(c.id, c);
          for (const change of changes) {
            const target = clips[change.edit % clips.length]!;
            if (change.remove) {
              index.remove([target.id]);
              stored.delete(target.id);
            } else {
              const next = { ...target, note: change.note, createdAt: change.createdAt };
              index.put([next]);
              stored.set(next.id, next);
            }
          }
          const many = clips.filter((_, i) => i % 3 === 0 && changes.length % 2 === 0); // a remove of many at once
          index.remove(many.map((c) => c.id));
          for (const c of many) stored.delete(c.id);
          expect(index.size).toBe(stored.size);
          expect(index.search(q)).toEqual(ids(applyQuery([...stored.values()], q)));
        },
      ),
      { numRuns: 200 },
    );
  });

  const fixed = [
    makeClip({ text: 'ＧＤＰ增长', docTitle: '乙', createdAt: '2026-11-01T00:00:00.000Z', updatedAt: '2026-11-02T00:00:00.000Z' }),
    makeClip({ text: '碳排放权交易', note: '核对', docTitle: '甲', tags: ['生态'], createdAt: '2026-11-03T00:00:00.000Z' }),
  ];
  const cases: Array<{ query: ClipQuery; expected: string[] }> = [
    { query: {}, expected: [fixed[1]!.id, fixed[0]!.id] },
    { query: { text: 'gdp' }, expected: [fixed[0]!.id] },
    { query: { text: '核对 交易' }, expected: [fixed[1]!.id] },
    { query: { text: '生态', sort: 'oldest' }, expected: [fixed[1]!.id] },
    { query: { text: '不在' }, expected: [] },
    { query: { sort: 'title' }, expected: [fixed[1]!.id, fixed[0]!.id] },
    { query: { text: '增长', limit: 0, offset: 5 }, expected: [fixed[0]!.id] },
  ];
  it.each(cases)('$query (limit and offset are left to the caller)', ({ query: q, expected }) => {
    expect(new ClipSearchIndex(fixed).search(q)).toEqual(expected);
  });

  it('orders titles the collator holds equal (报告1, 报告01) by createdAt, as compareClips does', () => {
    const clips = ['报告1', '报告01', '报告1'].map((docTitle, d) => makeClip({ docTitle, createdAt: `2026-11-0${d + 1}T00:00:00.000Z` }));
    expect(new ClipSearchIndex(clips).search({ sort: 'title' })).toEqual(ids(clips));
    expect(applyQuery(clips, { sort: 'title' })).toEqual(clips);
  });

  it('remembers the latest updatedAt it was given', () => {
    expect(new ClipSearchIndex(fixed).latestUpdate).toBe(fixed[1]!.updatedAt > fixed[0]!.updatedAt ? fixed[1]!.updatedAt : fixed[0]!.updatedAt);
    expect(new ClipSearchIndex().latestUpdate).toBe('');
  });
});
