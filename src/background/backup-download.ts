import { browser, t } from '../browser';
import { downloadFailureKind } from '../core/backup/download-failure';
import type { Downloads } from 'webextension-polyfill';

/** How long a backup's download may take before it counts as failed (a local Blob: seconds). */
const DOWNLOAD_TIMEOUT_MS = 5 * 60_000;

/**
 * Downloads `url` to `filename` (relative to the browser's downloads folder) with no Save-as
 * prompt, replacing a file of that name (a second backup on one day), and resolves with the
 * finished download. Rejects when it is interrupted, with what the browser's reason (FILE_NO_SPACE,
 * FILE_ACCESS_DENIED …) means for the reader and the reason itself (downloadFailureKind), or when it
 * does not finish within DOWNLOAD_TIMEOUT_MS.
 */
export async function downloadAndWait(url: string, filename: string): Promise<Downloads.DownloadItem> {
  let id: number | undefined;
  let settle: (() => void) | undefined;
  // Listen before starting: a small Blob can finish before download() resolves.
  const changed = (delta: Downloads.OnChangedDownloadDeltaType) => {
    if (delta.id === id && delta.state?.current !== undefined && delta.state.current !== 'in_progress') settle?.();
  };
  browser.downloads.onChanged.addListener(changed);
  try {
    id = await browser.downloads.download({ url, filename, saveAs: false, conflictAction: 'overwrite' });
    const downloadId = id;
    const finished = async () => {
      const [item] = await browser.downloads.search({ id: downloadId });
      return item && item.state !== 'in_progress' ? item : undefined;
    };
    let item = await finished();
    const deadline = Date.now() + DOWNLOAD_TIMEOUT_MS;
    while (!item) {
      // Woken by onChanged, or every few seconds in case an event was missed.
      await new Promise<void>((resolve) => {
        settle = resolve;
        setTimeout(resolve, 5_000);
      });
      item = await finished();
      if (!item && Date.now() > deadline) {
        await browser.downloads.cancel(downloadId).catch(() => undefined);
        throw new Error(t('backupDownloadTimeout', [filename, String(DOWNLOAD_TIMEOUT_MS / 60_000)]));
      }
    }
    if (item.state !== 'complete') throw new Error(t(`backupDownload_${downloadFailureKind(item.error)}`, [filename, item.error ?? item.state]));
    return item;
  } finally {
    browser.downloads.onChanged.removeListener(changed);
  }
}
