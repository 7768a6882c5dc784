import { localDaysBetween } from '../local-date';

/**
 * When DocClip writes its automatic backup (a full `docclip.clips` JSON file in the browser's
 * downloads folder): the reader's settings and the decision, pure so that it is tested on a
 * table of clocks. The background asks `backupDue` on an hourly alarm and at browser start.
 */

/** `browser.storage.local` key of the reader's BackupSettings (the options page writes it). */
export const BACKUP_SETTINGS_KEY = 'backupSettings';

/** The background's hourly alarm that asks backupDue (the end-to-end tests fire it). */
export const BACKUP_ALARM = 'docclip-backup';

export interface BackupSettings {
  /** Days between backups; 0: no automatic backup. */
  intervalDays: number;
  /** How many backup files DocClip keeps in its folder; older ones it wrote are deleted. */
  keep: number;
}

export const DEFAULT_BACKUP_SETTINGS: BackupSettings = { intervalDays: 1, keep: 7 };
export const BACKUP_LIMITS = { maxIntervalDays: 365, maxKeep: 365 } as const;

/**
 * The stored settings, or the default of each field that is missing or not a whole number in
 * its range (0–365 days, 1–365 files): a damaged value never stops the backups.
 */
export function readBackupSettings(stored: unknown): BackupSettings {
  const record = stored !== null && typeof stored === 'object' ? (stored as Record<string, unknown>) : {};
  const whole = (value: unknown, min: number, max: number, fallback: number) =>
    typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max ? value : fallback;
  return {
    intervalDays: whole(record.intervalDays, 0, BACKUP_LIMITS.maxIntervalDays, DEFAULT_BACKUP_SETTINGS.intervalDays),
    keep: whole(record.keep, 1, BACKUP_LIMITS.maxKeep, DEFAULT_BACKUP_SETTINGS.keep),
  };
}

/**
 * True when an automatic backup should be written at `now`, given the ISO time of the last one
 * (null: never). Counted in local calendar days, as the files are named: with a daily interval
 * the first check of each new day writes that day's file, whatever the hour of yesterday's.
 * Off (`intervalDays` 0): never. An unreadable time: due. A last backup on a later day than
 * `now` (the clock was set back, or was wrong then): due, which records a time that is right.
 */
export function backupDue(now: Date, last: string | null, settings: BackupSettings): boolean {
  if (settings.intervalDays <= 0) return false;
  if (last === null) return true;
  const lastTime = Date.parse(last);
  if (Number.isNaN(lastTime)) return true;
  const days = localDaysBetween(new Date(lastTime), now);
  return days < 0 || days >= settings.intervalDays;
}
