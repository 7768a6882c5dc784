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
