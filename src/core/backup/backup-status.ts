/**
 * What DocClip remembers of its automatic backups, in `browser.storage.local` (not in the
 * database, so that it survives a database that cannot be read): the last one written and the
 * last failure. The options page and the library show it; backupDue reads `lastBackupAt`.
 */

/** `browser.storage.local` key of the BackupStatus. */
export const BACKUP_STATUS_KEY = 'backupStatus';

export interface BackupFailure {
  /** ISO time of the attempt. */
  at: string;
  message: string;
}

export interface BackupStatus {
  /** ISO time of the last backup written, or null. */
  lastBackupAt: string | null;
  /** Where the browser wrote it (absolute path), or null. */
  file: string | null;
  /** What it held. */
  clips: number;
  documents: number;
  /** The last attempt that failed, or null (a backup written since clears it). */
  lastError: BackupFailure | null;
}

export const NO_BACKUP: BackupStatus = { lastBackupAt: null, file: null, clips: 0, documents: 0, lastError: null };

const isTime = (value: unknown): value is string => typeof value === 'string' && !Number.isNaN(Date.parse(value));
const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;

/** The stored status; a field missing or of the wrong type reads as NO_BACKUP's (never throws). */
export function readBackupStatus(stored: unknown): BackupStatus {
  if (stored === null || typeof stored !== 'object') return NO_BACKUP;
  const r = stored as Record<string, unknown>;
  const error = r.lastError !== null && typeof r.lastError === 'object' ? (r.lastError as Record<string, unknown>) : null;
  return {
    lastBackupAt: isTime(r.lastBackupAt) ? r.lastBackupAt : null,
    file: typeof r.file === 'string' ? r.file : null,
    clips: isCount(r.clips) ? r.clips : 0,
    documents: isCount(r.documents) ? r.documents : 0,
    lastError: error && isTime(error.at) && typeof error.message === 'string' ? { at: error.at, message: error.message } : null,
  };
}

/** The status after a backup of `clips` and `documents` written to `file` at `at`: the failure is cleared. */
export function recordBackup(at: Date, file: string, counts: { clips: number; documents: number }): BackupStatus {
  return { lastBackupAt: at.toISOString(), file, clips: counts.clips, documents: counts.documents, lastError: null };
}

/** The status after an attempt at `at` failed with `message`: the last backup written is kept. */
export function recordBackupFailure(status: BackupStatus, at: Date, message: string): BackupStatus {
  return { ...status, lastError: { at: at.toISOString(), message: message || 'unknown error' } };
}

/**
 * What one backup attempt did: `written` a file; `empty` (no clips and no document notes:
 * nothing written, nothing recorded); `not-due` (off, or not yet: backupDue); `failed`, with
 * the message also recorded in the status.
 */
export type BackupOutcome =
  | { kind: 'written'; at: string; file: string; clips: number; documents: number }
  | { kind: 'empty' }
  | { kind: 'not-due' }
  | { kind: 'failed'; message: string };
