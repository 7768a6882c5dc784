import { describe, expect, it } from 'vitest';
import { NO_BACKUP, readBackupStatus, recordBackup, recordBackupFailure, type BackupStatus } from '../../src/core/backup/backup-status';

const written: BackupStatus = { lastBackupAt: '2026-06-09T01:00:00.000Z', file: '/d/DocClip/backup-2026-06-09.json', clips: 2, documents: 1, lastError: null };

describe('readBackupStatus', () => {
  const cases: Array<{ name: string; stored: unknown; expected: BackupStatus }> = [
    { name: 'nothing stored', stored: undefined, expected: NO_BACKUP },
    { name: 'not an object', stored: 'ok', expected: NO_BACKUP },
    { name: 'a written backup', stored: written, expected: written },
    {
      name: 'a failure after a backup',
      stored: { ...written, lastError: { at: '2026-06-10T01:00:00.000Z', message: 'FILE_NO_SPACE' } },
      expected: { ...written, lastError: { at: '2026-06-10T01:00:00.000Z', message: 'FILE_NO_SPACE' } },
    },
    {
      name: 'damaged fields read as none',
      stored: { lastBackupAt: 'soon', file: 3, clips: -1, documents: 1.5, lastError: { at: 'x', message: 'y' } },
      expected: NO_BACKUP,
    },
  ];
  it.each(cases)('$name', ({ stored, expected }) => {
    expect(readBackupStatus(stored)).toEqual(expected);
  });
});

describe('recordBackup / recordBackupFailure', () => {
  it('a failure keeps the last backup and says when and why', () => {
    const failed = recordBackupFailure(written, new Date('2026-06-10T01:00:00Z'), 'Download interrupted: FILE_NO_SPACE');
    expect(failed).toEqual({ ...written, lastError: { at: '2026-06-10T01:00:00.000Z', message: 'Download interrupted: FILE_NO_SPACE' } });
    expect(recordBackupFailure(NO_BACKUP, new Date('2026-06-10T01:00:00Z'), '').lastError?.message).toBe('unknown error');
  });
  it('a backup written clears the failure', () => {
    const failed = recordBackupFailure(written, new Date('2026-06-10T01:00:00Z'), 'boom');
    const next = recordBackup(new Date('2026-06-11T01:00:00Z'), '/d/DocClip/backup-2026-06-11.json', { clips: 3, documents: 0 });
    expect(failed.lastError).not.toBeNull();
    expect(next).toEqual({ lastBackupAt: '2026-06-11T01:00:00.000Z', file: '/d/DocClip/backup-2026-06-11.json', clips: 3, documents: 0, lastError: null });
  });
});
