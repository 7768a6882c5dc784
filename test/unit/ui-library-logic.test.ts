import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { needsBackupReminder } from '../../src/library/backup-reminder';
import { localDayBounds } from '../../src/library/date-range';
import { NO_FILTERS, isFilteredQuery, queryFromFilters, type Filters } from '../../src/library/filters';
import { matchesQuery } from '../../src/core/query/matches-query';
import { makeClip } from './helpers/make-clip';

// Local days must not be UTC days: run in a zone 8 hours ahead of UTC (Node applies TZ at once),
// and give the worker its zone back for the files that run after this one.
const savedZone = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'Asia/Shanghai';
});
afterAll(() => {
  if (savedZone === undefined) delete process.env.TZ;
  else process.env.TZ = savedZone;
});

describe('localDayBounds', () => {
  const cases: Array<{ name: string; from: string; to: string; expect: { from?: string; to?: string } }> = [
    { name: 'no bounds', from: '', to: '', expect: {} },
    { name: 'from only: local midnight', from: '2026-11-02', to: '', expect: { from: '2026-11-01T16:00:00.000Z' } },
    { name: 'to only: last ms of the local day', from: '', to: '2026-11-02', expect: { to: '2026-11-02T15:59:59.999Z' } },
    {
      name: 'one whole local day',
      from: '2026-11-02',
      to: '2026-11-02',
      expect: { from: '2026-11-01T16:00:00.000Z', to: '2026-11-02T15:59:59.999Z' },
    },
    { name: 'end of a month rolls over', from: '', to: '2026-02-28', expect: { to: '2026-02-28T15:59:59.999Z' } },
    { name: 'impossible date is no bound', from: '2026-02-30', to: '', expect: {} },
    { name: 'malformed is no bound', from: '2026/11/02', to: 'yesterday', expect: {} },
  ];
  it.each(cases)('$name', ({ from, to, expect: want }) => {
    expect(localDayBounds(from, to)).toEqual(want);
  });

  it('selects a clip made just after local midnight and not one just before', () => {
    const bounds = localDayBounds('2026-11-02', '2026-11-02');
    const justAfter = makeClip({ createdAt: '2026-11-01T16:00:00.000Z' });
    const justBefore = makeClip({ createdAt: '2026-11-01T15:59:59.999Z' });
    const endOfDay = makeClip({ createdAt: '2026-11-02T15:59:59.999Z' });
    const nextDay = makeClip({ createdAt: '2026-11-02T16:00:00.000Z' });
    expect([justAfter, justBefore, endOfDay, nextDay].map((c) => matchesQuery(c, bounds))).toEqual([true, false, true, false]);
  });
});

describe('queryFromFilters', () => {
  const cases: Array<{ name: string; filters: Partial<Filters>; expect: object; filtered: boolean }> = [
    { name: 'nothing set', filters: {}, expect: { sort: 'newest' }, filtered: false },
    { name: 'sort alone does not filter', filters: { sort: 'title' }, expect: { sort: 'title' }, filtered: false },
    { name: 'search text is trimmed', filters: { text: '  碳排放 ' }, expect: { sort: 'newest', text: '碳排放' }, filtered: true },
    { name: 'blank search is no search', filters: { text: '   ' }, expect: { sort: 'newest' }, filtered: false },
    { name: 'site and tag', filters: { site: '777doc', tag: '林业' }, expect: { sort: 'newest', site: '777doc', tag: '林业' }, filtered: true },
    { name: 'date range', filters: { from: '2026-11-02' }, expect: { sort: 'newest', from: '2026-11-01T16:00:00.000Z' }, filtered: true },
  ];
  it.each(cases)('$name', ({ filters, expect: want, filtered }) => {
    const query = queryFromFilters({ ...NO_FILTERS, ...filters });
    expect(query).toEqual(want);
    expect(isFilteredQuery(query)).toBe(filtered);
  });
});

describe('needsBackupReminder', () => {
  const now = new Date('2026-11-29T08:00:00.000Z');
  const daysAgo = (d: number) => new Date(now.getTime() - d * 86_400_000).toISOString();
  const cases: Array<{ name: string; count: number; last: string | null; expect: boolean }> = [
    { name: 'no clips, never exported', count: 0, last: null, expect: false },
    { name: 'no clips, exported long ago', count: 0, last: daysAgo(400), expect: false },
    { name: 'clips, never exported', count: 3, last: null, expect: true },
    { name: 'exported yesterday', count: 3, last: daysAgo(1), expect: false },
    { name: 'exported 29 days ago', count: 3, last: daysAgo(29), expect: false },
    { name: 'exported exactly 30 days ago', count: 3, last: daysAgo(30), expect: true },
    { name: 'exported 90 days ago', count: 3, last: daysAgo(90), expect: true },
    { name: 'stored time in the future', count: 3, last: daysAgo(-5), expect: false },
    { name: 'unreadable stored time', count: 3, last: 'soon', expect: true },
  ];
  it.each(cases)('$name', ({ count, last, expect: want }) => {
    expect(needsBackupReminder(count, last, now)).toBe(want);
  });
});
