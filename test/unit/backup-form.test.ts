import { describe, expect, it } from 'vitest';
import { backupFormFields, parseBackupForm, type BackupFormFields } from '../../src/options/backup-form';

describe('parseBackupForm', () => {
  const cases: Array<{ fields: BackupFormFields; expected: ReturnType<typeof parseBackupForm> }> = [
    { fields: { enabled: true, intervalDays: '1', keep: '7' }, expected: { ok: true, settings: { intervalDays: 1, keep: 7 } } },
    { fields: { enabled: true, intervalDays: ' 3 ', keep: '30' }, expected: { ok: true, settings: { intervalDays: 3, keep: 30 } } },
    { fields: { enabled: false, intervalDays: 'whatever', keep: '7' }, expected: { ok: true, settings: { intervalDays: 0, keep: 7 } } },
    { fields: { enabled: true, intervalDays: '0', keep: '7' }, expected: { ok: false, field: 'intervalDays', max: 365 } },
    { fields: { enabled: true, intervalDays: '1.5', keep: '7' }, expected: { ok: false, field: 'intervalDays', max: 365 } },
    { fields: { enabled: true, intervalDays: '366', keep: '7' }, expected: { ok: false, field: 'intervalDays', max: 365 } },
    { fields: { enabled: true, intervalDays: '', keep: '7' }, expected: { ok: false, field: 'intervalDays', max: 365 } },
    { fields: { enabled: true, intervalDays: '1', keep: '0' }, expected: { ok: false, field: 'keep', max: 365 } },
    { fields: { enabled: false, intervalDays: '1', keep: '-2' }, expected: { ok: false, field: 'keep', max: 365 } },
    { fields: { enabled: true, intervalDays: '1', keep: '1e2' }, expected: { ok: false, field: 'keep', max: 365 } },
  ];
  it.each(cases)('$fields', ({ fields, expected }) => {
    expect(parseBackupForm(fields)).toEqual(expected);
  });

  it('shows stored settings, an off backup with the daily interval to turn it back on', () => {
    expect(backupFormFields({ intervalDays: 2, keep: 5 })).toEqual({ enabled: true, intervalDays: '2', keep: '5' });
    expect(backupFormFields({ intervalDays: 0, keep: 5 })).toEqual({ enabled: false, intervalDays: '1', keep: '5' });
  });
});
