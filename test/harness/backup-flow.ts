import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Worker } from 'playwright-core';
import { BACKUP_ALARM } from '../../src/core/backup/backup-schedule';
import { BACKUP_STATUS_KEY, type BackupStatus } from '../../src/core/backup/backup-status';
import type { ExtensionBrowser } from './launch-extension';

/** The extension's service worker (the backup's background). */
export function serviceWorker(ext: ExtensionBrowser): Worker {
  const worker = ext.context.serviceWorkers()[0];
  if (!worker) throw new Error('the extension has no service worker running');
  return worker;
}

/** Local noon `days` calendar days before today: the time of a backup that many days ago (noon: no DST edge). */
export function daysAgoAtNoon(days: number, today = new Date()): Date {
  return new Date(today.getFullYear(), today.getMonth(), today.getDate() - days, 12);
}

/** The backup status as the background stored it. */
export async function storedBackupStatus(ext: ExtensionBrowser): Promise<Partial<BackupStatus>> {
  return serviceWorker(ext).evaluate(async (key) => (await chrome.storage.local.get(key))[key] ?? {}, BACKUP_STATUS_KEY);
}

/**
 * Sets the stored time of the last backup to `at`, the rest of the status as it is: the clock
 * has moved on from the last backup by as much as `at` is in the past.
 */
export async function setLastBackupAt(ext: ExtensionBrowser, at: Date): Promise<void> {
  await serviceWorker(ext).evaluate(
    async ([key, iso]) => {
      const status = (await chrome.storage.local.get(key))[key] ?? { file: null, clips: 0, documents: 0, lastError: null };
      await chrome.storage.local.set({ [key]: { ...status, lastBackupAt: iso } });
    },
    [BACKUP_STATUS_KEY, at.toISOString()] as const,
  );
}

/**
 * Makes the background's backup alarm fire now, through chrome.alarms (a one-shot alarm of the
 * same name replaces the hourly one), and resolves once the background has handled it: its
 * handler puts the hourly alarm back only after the backup check has finished.
 */
export async function fireBackupAlarm(ext: ExtensionBrowser, timeoutMs = 30_000): Promise<void> {
  const worker = serviceWorker(ext);
  await worker.evaluate((name) => chrome.alarms.create(name, { when: Date.now() + 200 }), BACKUP_ALARM);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const alarm = await worker.evaluate((name) => chrome.alarms.get(name), BACKUP_ALARM);
    if (alarm?.periodInMinutes !== undefined) return;
    if (Date.now() > deadline) throw new Error(`the backup alarm was not handled within ${timeoutMs} ms: ${JSON.stringify(alarm)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * Downloads `text` to `filename` under the downloads folder from the extension's service worker,
 * as the extension's own download (how DocClip wrote its backups on earlier days), and waits
 * until it is complete.
 */
export async function downloadFromExtension(ext: ExtensionBrowser, filename: string, text: string): Promise<void> {
  await serviceWorker(ext).evaluate(
    async ([name, body]) => {
      const id = await chrome.downloads.download({ url: `data:application/json;charset=utf-8,${encodeURIComponent(body)}`, filename: name, conflictAction: 'overwrite', saveAs: false });
      for (let i = 0; i < 100; i++) {
        const [item] = await chrome.downloads.search({ id });
        if (item?.state === 'complete') return;
        if (item?.state === 'interrupted') throw new Error(`the download of ${name} was interrupted`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error(`the download of ${name} did not finish`);
    },
    [filename, text] as const,
  );
}

/** The names in `dir`, sorted ([] when it does not exist). */
export async function filesIn(dir: string): Promise<string[]> {
  return (await readdir(dir).catch(() => [] as string[])).sort();
}

/**
 * Waits until `path` is a complete JSON file and parses it. Chromium writes `NAME.crdownload`,
 * then renames it; Firefox creates NAME empty at once and writes `NAME.part` beside it, so an
 * empty or unparsable file, or a `.part` beside it, is waited out.
 */
export async function waitForJsonFile(path: string, timeoutMs = 20_000): Promise<unknown> {
  const deadline = Date.now() + timeoutMs;
  let problem = 'no such file';
  for (;;) {
    const isFile = await stat(path).then((s) => s.isFile(), () => false);
    const writing = await stat(`${path}.part`).then(() => true, () => false);
    if (isFile && !writing) {
      try {
        return JSON.parse(await readFile(path, 'utf8'));
      } catch (error) {
        problem = String(error);
      }
    }
    if (Date.now() > deadline) throw new Error(`no complete file ${path} within ${timeoutMs} ms (${problem}); the folder holds ${(await filesIn(join(path, '..'))).join(', ')}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
