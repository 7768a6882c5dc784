import { backupFileName } from '../core/backup/backup-files';
import { BACKUP_SETTINGS_KEY, backupDue, readBackupSettings } from '../core/backup/backup-schedule';
import { BACKUP_STATUS_KEY, readBackupStatus, recordBackup, recordBackupFailure, type BackupOutcome } from '../core/backup/backup-status';
import type { HeldBackupBlob } from './backup-blob-source';

/** What a backup needs of the browser, passed in so that tests can give fakes. */
export interface BackupDeps {
  now(): Date;
  /** `storage.local` value of `key` (undefined when none). */
  read(key: string): Promise<unknown>;
  write(key: string, value: unknown): Promise<void>;
  /** How many clips and document rows the database holds. */
  count(): Promise<{ clips: number; documents: number }>;
  /** The backup file of the database at `now`, as a Blob URL (holdBackupBlob). */
  hold(now: Date): Promise<HeldBackupBlob>;
  /** Downloads `url` to `filename` and resolves with where the browser wrote it (downloadAndWait). */
  download(url: string, filename: string): Promise<{ filename: string }>;
  /** Deletes DocClip's older backups beyond the newest `keep` (pruneBackups). */
  prune(keep: number): Promise<number>;
  /** Called every KEEP_ALIVE_MS while a backup runs: an extension API call keeps Chrome's worker alive. */
  keepAlive(): void;
}

/**
 * Chrome stops an extension's service worker after 30 s without an event or an extension API
 * call; reading 100,000 clips and writing the file can take longer than that on a slow machine.
 * https://developer.chrome.com/docs/extensions/develop/concepts/service-workers/lifecycle
 */
export const KEEP_ALIVE_MS = 20_000;

/**
 * The backup runner: `run(force)` writes the backup when it is due (backupDue over the stored
 * settings and status) or always when `force` (the reader's "Back up now"), unless the database
 * holds no clip and no document row. A written backup is recorded in the status, then older
 * backups beyond the kept number are deleted (a failure there is logged, the backup stands). A
 * failure is recorded with its time and message, the last backup kept. One run at a time: a run
 * asked for while one is under way gets that one's outcome. Never rejects.
 */
export function createBackupRunner(deps: BackupDeps): (force: boolean) => Promise<BackupOutcome> {
  let running: Promise<BackupOutcome> | null = null;
  return (force) => {
    running ??= runOnce(deps, force).finally(() => {
      running = null;
    });
    return running;
  };
}

async function runOnce(deps: BackupDeps, force: boolean): Promise<BackupOutcome> {
  const timer = setInterval(() => deps.keepAlive(), KEEP_ALIVE_MS);
  const now = deps.now();
  let status = readBackupStatus(undefined);
  try {
    const settings = readBackupSettings(await deps.read(BACKUP_SETTINGS_KEY));
    status = readBackupStatus(await deps.read(BACKUP_STATUS_KEY));
    if (!force && !backupDue(now, status.lastBackupAt, settings)) return { kind: 'not-due' };
    const counts = await deps.count();
    if (counts.clips === 0 && counts.documents === 0) return { kind: 'empty' };
    const held = await deps.hold(now);
    let written: { filename: string };
    try {
      written = await deps.download(held.blob.url, backupFileName(now));
    } finally {
      await held.release();
    }
    const next = recordBackup(now, written.filename, held.blob);
    await deps.write(BACKUP_STATUS_KEY, next);
    await deps.prune(settings.keep).catch((error: unknown) => console.warn('DocClip: old backups were not deleted', error));
    return { kind: 'written', at: next.lastBackupAt!, file: written.filename, clips: next.clips, documents: next.documents };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await deps.write(BACKUP_STATUS_KEY, recordBackupFailure(status, now, message)).catch(() => undefined);
    return { kind: 'failed', message };
  } finally {
    clearInterval(timer);
  }
}
