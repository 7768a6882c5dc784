import { useEffect, useState } from 'preact/hooks';
import { browser, t, tCount } from '../browser';
import { BACKUP_STATUS_KEY, readBackupStatus, type BackupOutcome, type BackupStatus } from '../core/backup/backup-status';
import { unwrap } from '../messages';
import { formatDateTime } from './format-date';

/**
 * The automatic backup's status as stored by the background (src/background/run-backup.ts),
 * kept up to date while the page is open; undefined until read.
 */
export function useBackupStatus(): BackupStatus | undefined {
  const [status, setStatus] = useState<BackupStatus>();
  useEffect(() => {
    let live = true;
    void readStoredBackupStatus().then((stored) => live && setStatus(stored));
    const changed = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && BACKUP_STATUS_KEY in changes) setStatus(readBackupStatus(changes[BACKUP_STATUS_KEY]!.newValue));
    };
    browser.storage.onChanged.addListener(changed);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(changed);
    };
  }, []);
  return status;
}

/** The automatic backup's status as stored now. */
export async function readStoredBackupStatus(): Promise<BackupStatus> {
  return readBackupStatus((await browser.storage.local.get(BACKUP_STATUS_KEY))[BACKUP_STATUS_KEY]);
}

/** Asks the background to write the backup now (due or not) and resolves with what it did. */
export async function backupNow(): Promise<BackupOutcome> {
  return unwrap<BackupOutcome>(await browser.runtime.sendMessage({ type: 'backup/now' }));
}

/** What the reader is told after "Back up now". */
export function describeBackupOutcome(outcome: BackupOutcome): string {
  switch (outcome.kind) {
    case 'written':
      return tCount('backupWritten', outcome.clips, [outcome.file]);
    case 'empty':
      return t('backupEmpty');
    case 'not-due':
      return t('backupNotDue');
    case 'failed':
      return t('backupFailedNow', outcome.message);
  }
}

/** "Automatic backup failed at …: …", or null when the last attempt did not fail. */
export function describeBackupFailure(status: BackupStatus): string | null {
  return status.lastError ? t('backupFailed', [formatDateTime(status.lastError.at), status.lastError.message]) : null;
}
