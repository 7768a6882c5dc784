import { describe, expect, it } from 'vitest';
import { backupDue, DEFAULT_BACKUP_SETTINGS, readBackupSettings, type BackupSettings } from '../../src/core/backup/backup-schedule';
import { localDaysBetween } from '../../src/core/local-date';

// Local times (new Date(y, m, d, h)), as the reader's calendar counts them, in whatever zone the test runs.
const at = (day: number, hour = 9, month = 5) => new Date(2026, month, day, hour);
const daily: BackupSettings = { intervalDays: 1, keep: 7 };
const weekly: BackupSettings = { intervalDays: 7, keep: 7 };
const off: BackupSettings = { intervalDays: 0, keep: 7 };

describe('backupDue', () => {
  const cases: Array<{ name: string; now: Date; last: string | null; settings: BackupSettings; due: boolean }> = [
    { name: 'never backed up', now: at(10), last: null, settings: daily, due: true },
    { name: 'off, never backed up', now: at(10), last: null, settings: off, due: false },
    { name: 'off, backed up long ago', now: at(10), last: at(1, 9, 0).toISOString(), settings: off, due: false },
    { name: 'daily, backed up an hour ago', now: at(10, 10), last: at(10, 9).toISOString(), settings: daily, due: false },
    { name: 'daily, backed up this morning, now late evening', now: at(10, 23), last: at(10, 0).toISOString(), settings: daily, due: false },
    { name: 'daily, yesterday late evening, now just after midnight', now: at(11, 0), last: at(10, 23).toISOString(), settings: daily, due: true },
    { name: 'daily, yesterday at a later hour than now', now: at(11, 8), last: at(10, 20).toISOString(), settings: daily, due: true },
    { name: 'daily, two days ago (the e2e clock)', now: at(12), last: at(10).toISOString(), settings: daily, due: true },
    { name: 'weekly, six days ago', now: at(16), last: at(10).toISOString(), settings: weekly, due: false },
    { name: 'weekly, seven days ago', now: at(17, 1), last: at(10, 23).toISOString(), settings: weekly, due: true },
    { name: 'across a month end', now: at(1, 9, 6), last: at(30, 9, 5).toISOString(), settings: daily, due: true },
    { name: 'across a year end', now: new Date(2027, 0, 1, 0, 30), last: new Date(2026, 11, 31, 23, 50).toISOString(), settings: daily, due: true },
    { name: 'last backup on a later day (clock set back)', now: at(10), last: at(12).toISOString(), settings: daily, due: true },
    { name: 'last backup later the same day (clock set back an hour)', now: at(10, 8), last: at(10, 9).toISOString(), settings: daily, due: false },
    { name: 'unreadable stored time', now: at(10), last: 'yesterday', settings: daily, due: true },
  ];
  it.each(cases)('$name → $due', ({ now, last, settings, due }) => {
    expect(backupDue(now, last, settings)).toBe(due);
  });
});

describe('localDaysBetween', () => {
  const cases: Array<{ earlier: Date; later: Date; days: number }> = [
    { earlier: at(10, 0), later: at(10, 23), days: 0 },
    { earlier: at(10, 23), later: at(11, 0), days: 1 },
    { earlier: at(12), later: at(10), days: -2 },
    // The days of a DST change (in zones that have one) are still one calendar day each.
    { earlier: new Date(2026, 2, 28, 12), later: new Date(2026, 2, 30, 12), days: 2 },
    { earlier: new Date(2026, 9, 24, 12), later: new Date(2026, 9, 26, 12), days: 2 },
  ];
  it.each(cases)('$earlier → $later: $days', ({ earlier, later, days }) => {
    expect(localDaysBetween(earlier, later)).toBe(days);
  });
});

describe('readBackupSettings', () => {
  const cases: Array<{ stored: unknown; expected: BackupSettings }> = [
    { stored: undefined, expected: DEFAULT_BACKUP_SETTINGS },
    { stored: null, expected: DEFAULT_BACKUP_SETTINGS },
    { stored: 'daily', expected: DEFAULT_BACKUP_SETTINGS },
    { stored: { intervalDays: 3, keep: 10 }, expected: { intervalDays: 3, keep: 10 } },
    { stored: { intervalDays: 0, keep: 1 }, expected: { intervalDays: 0, keep: 1 } },
    { stored: { intervalDays: 365, keep: 365 }, expected: { intervalDays: 365, keep: 365 } },
    { stored: { intervalDays: -1, keep: 0 }, expected: DEFAULT_BACKUP_SETTINGS },
    { stored: { intervalDays: 1.5, keep: '7' }, expected: DEFAULT_BACKUP_SETTINGS },
    { stored: { intervalDays: 366, keep: 1000 }, expected: DEFAULT_BACKUP_SETTINGS },
    { stored: { intervalDays: 2 }, expected: { intervalDays: 2, keep: 7 } },
  ];
  it.each(cases)('$stored', ({ stored, expected }) => {
    expect(readBackupSettings(stored)).toEqual(expected);
  });
  it('defaults to a daily backup keeping 7 files', () => {
    expect(DEFAULT_BACKUP_SETTINGS).toEqual({ intervalDays: 1, keep: 7 });
  });
});
