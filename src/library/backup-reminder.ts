/** When the library reminds the reader to export (clips live only in this browser's storage). */

export const REMINDER_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * True when there are clips and no full export was made in the last REMINDER_DAYS days:
 * never exported, exported 30 or more days ago, or an unreadable stored time.
 * A stored time in the future (a clock set back) counts as recent.
 */
export function needsBackupReminder(clipCount: number, lastExportAt: string | null, now: Date): boolean {
  if (clipCount <= 0) return false;
  if (lastExportAt === null) return true;
  const last = Date.parse(lastExportAt);
  if (Number.isNaN(last)) return true;
  return now.getTime() - last >= REMINDER_DAYS * DAY_MS;
}

/**
 * The time of the last full backup the reader has: the later of the last full JSON export
 * (`lastExportAt`) and the last automatic backup (BackupStatus.lastBackupAt), both ISO or null.
 * An unreadable time counts as none; null when neither is readable.
 */
export function lastFullBackupAt(lastExportAt: string | null, autoBackupAt: string | null): string | null {
  const readable = [lastExportAt, autoBackupAt].filter((time): time is string => time !== null && !Number.isNaN(Date.parse(time)));
  if (readable.length === 0) return lastExportAt ?? autoBackupAt;
  return readable.reduce((a, b) => (Date.parse(b) > Date.parse(a) ? b : a));
}
