import { t, tCount } from '../browser';
import { formatDateTime } from '../ui/format-date';
import { REMINDER_DAYS, needsBackupReminder } from './backup-reminder';

/** The reminder to export when clips exist and no full JSON export was made for REMINDER_DAYS days. */
export function BackupBanner({ clipCount, lastExportAt }: { clipCount: number; lastExportAt: string | null }) {
  if (!needsBackupReminder(clipCount, lastExportAt, new Date())) return null;
  return (
    <p class="notice backup-banner" data-banner="backup">
      {lastExportAt === null
        ? tCount('backupReminderNever', clipCount)
        : t('backupReminderSince', [String(REMINDER_DAYS), formatDateTime(lastExportAt)])}
    </p>
  );
}
