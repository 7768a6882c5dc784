import { describe, expect, it } from 'vitest';
import { applyQuery, compareClips, matchesQuery, searchTerms, type ClipQuery } from '../../src/core/query/matches-query';
import { makeClip } from './helpers/make-clip';

// The pure predicate behind searchClips/countClips (clips-store.test.ts runs it through Dexie).
describe('matchesQuery', () => {
  const clip = makeClip({
    text: '2025年单位GDP能耗下降13.5%',
    note: '对照 Beijing 方案',
    docTitle: '安徽省“十四五”节能规划',
    site: '777doc',
    tags: ['节能', 'Energy'],
    createdAt: '2026-11-03T23:59:59.999Z',
  });
  const cases: { query: ClipQuery; expected: boolean }[] = [
    { query: {}, expected: true },
    { query: { text: '' }, expected: true },
    { query: { text: '   ' }, expected: true },
    { query: { text: '能耗下降' }, expected: true },
    { query: { text: '能耗 下降' }, expected: true },
    { query: { text: '能耗 上升' }, expected: false },
    { query: { text: 'gdp' }, expected: true },
    { query: { text: 'ＧＤＰ' }, expected: true },
    { query: { text: 'beijing' }, expected: true },
    { query: { text: '十四五' }, expected: true },
    { query: { text: 'energy' }, expected: true },
    { query: { text: '节能 安徽 13.5%' }, expected: true },
    { query: { text: '能耗规划' }, expected: false },
    { query: { site: '777doc' }, expected: true },
    { query: { site: 'doc88' }, expected: false },
    { query: { site: '' }, expected: true },
    { query: { tag: '节能' }, expected: true },
    { query: { tag: '节' }, expected: false },
    { query: { tag: 'energy' }, expected: false },
    { query: { from: '2026-11-03' }, expected: true },
    { query: { from: '2026-11-04' }, expected: false },
    { query: { to: '2026-11-03' }, expected: true },
    { query: { to: '2026-11-02' }, expected: false },
    { query: { to: '2026-11-03T23:59:59.998Z' }, expected: false },
    { query: { from: '2026-11-01', to: '2026-11-30', site: '777doc', tag: 'Energy', text: '下降' }, expected: true },
  ];
  it.each(cases)('$query → $expected', ({ query, expected }) => {
    expect(matchesQuery(clip, query)).toBe(expected);
  });
});

describe('searchTerms', () => {
  it('splits on any whitespace, including the ideographic space, and normalises', () => {
    expect(searchTerms(' 碳排放\u3000ＧＤＰ  Beijing ')).toEqual(['碳排放', 'gdp', 'beijing']);
    expect(searchTerms(undefined)).toEqual([]);
  });
});

describe('compareClips and applyQuery', () => {
  const a = makeClip({ docTitle: '北京', createdAt: '2026-11-02T00:00:00.000Z' });
  const b = makeClip({ docTitle: '安徽', createdAt: '2026-11-01T00:00:00.000Z' });
  const c = makeClip({ docTitle: '北京', createdAt: '2026-11-01T00:00:00.000Z' });
  const cases: { query: ClipQuery; expected: string[] }[] = [
    { query: {}, expected: [a.id, c.id, b.id] },
    { query: { sort: 'oldest' }, expected: [b.id, c.id, a.id] },
    { query: { sort: 'title' }, expected: [b.id, c.id, a.id] },
    { query: { sort: 'oldest', offset: 1 }, expected: [c.id, a.id] },
    { query: { sort: 'oldest', limit: 0 }, expected: [] },
    { query: { sort: 'oldest', offset: 5, limit: 2 }, expected: [] },
    { query: { sort: 'title', text: '北京', limit: 1 }, expected: [c.id] },
  ];
  it.each(cases)('$query', ({ query, expected }) => {
    expect(applyQuery([a, b, c], query).map((x) => x.id)).toEqual(expected);
  });

  it('orders equal timestamps by id, so the order is total', () => {
    const x = makeClip({ createdAt: '2026-11-01T00:00:00.000Z' });
    const y = makeClip({ createdAt: '2026-11-01T00:00:00.000Z' });
    expect([y, x].sort(compareClips('oldest'))).toEqual([x, y]);
    expect([x, y].sort(compareClips('newest'))).toEqual([y, x]);
  });
});
