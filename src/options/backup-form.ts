import { BACKUP_LIMITS, type BackupSettings } from '../core/backup/backup-schedule';

/** The Backups form's fields as typed. */
export interface BackupFormFields {
  enabled: boolean;
  intervalDays: string;
  keep: string;
}

/** The form's fields of stored settings (a backup turned off shows the default interval, 1 day). */
export function backupFormFields(settings: BackupSettings): BackupFormFields {
  return { enabled: settings.intervalDays > 0, intervalDays: String(settings.intervalDays || 1), keep: String(settings.keep) };
}

/**
 * The settings the form says, or the first bad field and its limit: whole days 1–365 (only
 * checked when backups are on; off stores 0), whole files 1–365.
 */
export function parseBackupForm(fields: BackupFormFields): { ok: true; settings: BackupSettings } | { ok: false; field: 'intervalDays' | 'keep'; max: number } {
  const whole = (text: string, max: number) => (/^\s*\d+\s*$/.test(text) && Number(text) >= 1 && Number(text) <= max ? Number(text) : null);
  const keep = whole(fields.keep, BACKUP_LIMITS.maxKeep);
  const interval = fields.enabled ? whole(fields.intervalDays, BACKUP_LIMITS.maxIntervalDays) : 0;
  if (interval === null) return { ok: false, field: 'intervalDays', max: BACKUP_LIMITS.maxIntervalDays };
  if (keep === null) return { ok: false, field: 'keep', max: BACKUP_LIMITS.maxKeep };
  return { ok: true, settings: { intervalDays: interval, keep } };
}
