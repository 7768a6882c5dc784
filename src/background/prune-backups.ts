import { browser } from '../browser';
import { BACKUP_FILENAME_REGEX, planBackupCleanup, type DownloadEntry } from '../core/backup/backup-files';

/**
 * Deletes DocClip's own older backups so that the `keep` newest remain (planBackupCleanup
 * decides: only completed downloads this extension started, at a backup's path), then forgets
 * those downloads. A file already gone (the reader deleted or moved it) is only forgotten.
 * Returns how many files were deleted.
 */
export async function pruneBackups(keep: number): Promise<number> {
  const items = await browser.downloads.search({ filenameRegex: BACKUP_FILENAME_REGEX });
  const entries: DownloadEntry[] = items.map((item) => ({
    id: item.id,
    filename: item.filename,
    byExtensionId: item.byExtensionId,
    state: item.state,
    exists: item.exists,
    startTime: item.startTime,
  }));
  const plan = planBackupCleanup(entries, browser.runtime.id, keep);
  let removed = 0;
  for (const id of plan.removeFile) {
    try {
      await browser.downloads.removeFile(id);
      removed++;
    } catch (error) {
      console.warn('DocClip: an old backup could not be deleted', error);
    }
  }
  for (const id of [...plan.removeFile, ...plan.erase]) await browser.downloads.erase({ id });
  return removed;
}
