import { browser } from '../browser';
import { SETTINGS_STORAGE_KEYS, settingsOf } from '../core/export/reader-settings';
import type { DocClipDatabase } from '../db/database';
import { unwrap, type OffscreenRequest } from '../messages';
import { createBackupBlob, type BackupBlob } from './backup-blob';
import { holdOffscreenDocument, offscreenApi } from './offscreen-api';

/** A backup file as a Blob URL, and how to let it go once the download has read it. */
export interface HeldBackupBlob {
  blob: BackupBlob;
  release(): Promise<void>;
}

/**
 * Builds the backup file (createBackupBlob) as a Blob URL that `downloads.download` can read.
 *
 * Where: an MV3 service worker has no `URL.createObjectURL`
 * (https://github.com/GoogleChrome/developer.chrome.com/pull/4269), so in Chrome the Blob is
 * made in an offscreen document (reason BLOBS), which opens the database itself — nothing large
 * crosses runtime messaging, whose messages are capped at 64 MiB. Measured in this Chromium
 * (Debian 13x, headless) before choosing:
 *   - a `data:` URL from the worker: downloads.download takes one past the 2 MiB URL limit of
 *     pages (crbug.com/69227), but slowly — base64 of 32M characters took 8.8 s, 128M took 54 s,
 *     256M took 339 s — and a backup of 100,000 clips is ≈ 67M characters of JSON, ≈ 120–180M
 *     in base64 of its UTF-8: minutes, beyond the worker's 5-minute limit on one request, with
 *     several copies of the string in the worker's memory;
 *   - a Blob URL of the offscreen document: 120 MB downloaded in 0.6 s.
 * Firefox's background is an event page with a DOM: the Blob URL is made there directly.
 */
export async function holdBackupBlob(db: () => DocClipDatabase, now: Date): Promise<HeldBackupBlob> {
  const settings = settingsOf(await browser.storage.local.get([...SETTINGS_STORAGE_KEYS]));
  const offscreen = offscreenApi();
  if (!offscreen || typeof URL.createObjectURL === 'function') {
    const blob = await createBackupBlob(db(), now, settings);
    return { blob, release: async () => URL.revokeObjectURL(blob.url) };
  }
  // One offscreen document per extension, shared with the OCR engine: held while the file is made and downloaded.
  const release = await holdOffscreenDocument();
  const send = (request: OffscreenRequest) => browser.runtime.sendMessage(request);
  try {
    const blob = unwrap<BackupBlob>(await send({ type: 'offscreen/backup-blob', at: now.toISOString(), ...(settings ? { settings } : {}) }));
    return {
      blob,
      release: async () => {
        await send({ type: 'offscreen/revoke', url: blob.url }).catch(() => undefined);
        await release();
      },
    };
  } catch (error) {
    await release();
    throw error;
  }
}
