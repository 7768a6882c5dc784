import { browser, t, tCount } from '../browser';
import { describeBackupFailure, useBackupStatus } from '../ui/backup-status';
import { formatDateTime } from '../ui/format-date';
import { REMINDER_DAYS, lastFullBackupAt, needsBackupReminder } from './backup-reminder';

/**
 * Above the library: the last automatic backup's failure, while no backup has been written
 * since (with a way to the options page, where "Back up now" is); otherwise the reminder to
 * export when clips exist and neither a full JSON export nor an automatic backup was made for
 * REMINDER_DAYS days.
 */
export function BackupBanner({ clipCount, lastExportAt }: { clipCount: number; lastExportAt: string | null }) {
  const status = useBackupStatus();
  if (status === undefined) return null;
  const failure = describeBackupFailure(status);
  if (failure !== null) {
    return (
      <p class="notice backup-banner error" data-banner="backup-failed">
        {failure}{' '}
        <button type="button" class="link" data-action="open-backup-options" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('backupOpenOptions')}
        </button>
      </p>
    );
  }
  const last = lastFullBackupAt(lastExportAt, status.lastBackupAt);
  if (!needsBackupReminder(clipCount, last, new Date())) return null;
  return (
    <p class="notice backup-banner" data-banner="backup">
      {last === null ? tCount('backupReminderNever', clipCount) : t('backupReminderSince', [String(REMINDER_DAYS), formatDateTime(last)])}
    </p>
  );
}
