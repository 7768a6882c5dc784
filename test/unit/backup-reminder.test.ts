import { describe, expect, it } from 'vitest';
import { lastFullBackupAt, needsBackupReminder } from '../../src/library/backup-reminder';

describe('lastFullBackupAt', () => {
  const jan = '2026-01-10T00:00:00.000Z';
  const mar = '2026-03-10T00:00:00.000Z';
  const cases: Array<{ name: string; exported: string | null; auto: string | null; expected: string | null }> = [
    { name: 'neither', exported: null, auto: null, expected: null },
    { name: 'only a manual export', exported: jan, auto: null, expected: jan },
    { name: 'only an automatic backup', exported: null, auto: mar, expected: mar },
    { name: 'the automatic backup is later', exported: jan, auto: mar, expected: mar },
    { name: 'the manual export is later', exported: mar, auto: jan, expected: mar },
    { name: 'an unreadable export and a backup', exported: 'soon', auto: jan, expected: jan },
    { name: 'only an unreadable time (the reminder counts it as none)', exported: 'soon', auto: null, expected: 'soon' },
  ];
  it.each(cases)('$name', ({ exported, auto, expected }) => {
    expect(lastFullBackupAt(exported, auto)).toBe(expected);
  });

  it('an automatic backup yesterday silences the 30-day reminder of an old export', () => {
    const now = new Date('2026-03-11T00:00:00.000Z');
    expect(needsBackupReminder(5, jan, now)).toBe(true);
    expect(needsBackupReminder(5, lastFullBackupAt(jan, mar), now)).toBe(false);
  });
});
