import { localDateStamp } from '../local-date';

/**
 * The automatic backup's files: `DocClip/backup-YYYY-MM-DD.json` under the browser's downloads
 * folder, and which of them DocClip deletes to keep the last N. Pure: the background passes in
 * what `downloads.search` found.
 */

/** The folder, under the browser's downloads folder, that holds the backups. */
export const BACKUP_FOLDER = 'DocClip';

/** The path of the backup written at `now`, relative to the downloads folder (local date). */
export function backupFileName(now: Date): string {
  return `${BACKUP_FOLDER}/backup-${localDateStamp(now)}.json`;
}

/** A backup's path ends with the folder, then the name; `/` or `\` (Windows) before each. */
const BACKUP_PATH = /(?:^|[\\/])DocClip[\\/]backup-(\d{4})-(\d{2})-(\d{2})\.json$/;

/**
 * The `downloads.search` filter for the backups (the browser matches it against the absolute
 * path); backupDateOf decides, this only narrows the search.
 */
export const BACKUP_FILENAME_REGEX = String.raw`DocClip[\\/]backup-\d{4}-\d{2}-\d{2}\.json$`;

/**
 * The `YYYY-MM-DD` of a backup's path (absolute, as the browser reports it, or relative), or
 * null when the path is not one of DocClip's backups: another name in that folder, the same
 * name elsewhere, a copy the browser renamed (`backup-2026-01-02 (1).json`), an impossible date.
 */
export function backupDateOf(path: string): string | null {
  const m = BACKUP_PATH.exec(path);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${m[1]}-${m[2]}-${m[3]}`;
}

/**
 * The backup paths to delete so that the `keep` newest remain (at least 1: the file just
 * written is never deleted). Paths that are not backups (backupDateOf null) are never returned;
 * a path given twice counts once. Newest by the date in the name, then by path.
 */
export function backupsToDelete(paths: readonly string[], keep: number): string[] {
  const dated = [...new Set(paths)]
    .map((path) => ({ path, date: backupDateOf(path) }))
    .filter((entry): entry is { path: string; date: string } => entry.date !== null)
    .sort((a, b) => (a.date === b.date ? (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) : a.date < b.date ? 1 : -1));
  return dated.slice(Math.max(1, Math.floor(keep))).map((entry) => entry.path);
}

/** What DocClip needs of a `downloads.DownloadItem`. */
export interface DownloadEntry {
  id: number;
  /** Absolute path. */
  filename: string;
  /** The extension that started the download; undefined for the reader's own downloads. */
  byExtensionId?: string;
  state: string;
  /** Whether the file was still there when the browser last looked. */
  exists: boolean;
  /** ISO time the download started. */
  startTime: string;
}

export interface BackupCleanup {
  /** Downloads whose file to delete from disk (`downloads.removeFile`), then erase. */
  removeFile: number[];
  /** Downloads to erase from the browser's list only (`downloads.erase`): the file stays or is gone. */
  erase: number[];
}

/**
 * Which downloads to delete and forget, to keep the `keep` newest backups. Only completed
 * downloads that extension `extensionId` started, at a backup's path, are DocClip's; every
 * other file is left alone, even one with a backup's name. Per old backup path: the file is
 * removed through one of DocClip's downloads of it that still exists, unless a download not
 * DocClip's wrote that path later (the file there is no longer DocClip's: only forgotten); every
 * DocClip download of the path is erased. A kept path written more than once (a second backup
 * that day overwrote the first) keeps its newest download; the older ones are only erased.
 */
export function planBackupCleanup(items: readonly DownloadEntry[], extensionId: string, keep: number): BackupCleanup {
  const ours = items.filter((item) => item.byExtensionId === extensionId && item.state === 'complete' && backupDateOf(item.filename) !== null);
  const byPath = new Map<string, DownloadEntry[]>();
  for (const item of [...ours].sort((a, b) => (a.startTime < b.startTime ? 1 : a.startTime > b.startTime ? -1 : b.id - a.id))) {
    byPath.set(item.filename, [...(byPath.get(item.filename) ?? []), item]);
  }
  const toDelete = new Set(backupsToDelete([...byPath.keys()], keep));
  const cleanup: BackupCleanup = { removeFile: [], erase: [] };
  for (const [path, downloads] of byPath) {
    if (!toDelete.has(path)) {
      cleanup.erase.push(...downloads.slice(1).map((d) => d.id));
      continue;
    }
    const newest = downloads[0]!;
    const overwrittenByOther = items.some((item) => item.byExtensionId !== extensionId && item.filename === path && item.startTime > newest.startTime);
    const present = downloads.find((d) => d.exists);
    if (present && !overwrittenByOther) cleanup.removeFile.push(present.id);
    cleanup.erase.push(...downloads.filter((d) => d !== present || overwrittenByOther).map((d) => d.id));
  }
  return cleanup;
}
