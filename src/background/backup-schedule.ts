/**
 * The automatic backup's glue in the background (service worker in Chrome, event page in
 * Firefox): an hourly alarm and browser start ask whether a backup is due (src/core/backup), and
 * the options page's "Back up now" forces one. Listeners are added synchronously by the caller
 * at top level, so that the alarm that wakes a stopped worker is delivered.
 */
import { browser, type Alarms } from '../browser';
import type { BackupOutcome } from '../core/backup/backup-status';
import { BACKUP_ALARM } from '../core/backup/backup-schedule';
import { openDatabase } from '../db/database';
import { holdBackupBlob } from './backup-blob-source';
import { downloadAndWait } from './backup-download';
import { pruneBackups } from './prune-backups';
import { createBackupRunner } from './run-backup';

/** How often the alarm asks whether a backup is due; the decision is backupDue's, by calendar day. */
const CHECK_EVERY_MINUTES = 60;

/** One run at a time, for the whole background (see createBackupRunner). */
export const runBackup: (force: boolean) => Promise<BackupOutcome> = createBackupRunner({
  now: () => new Date(),
  read: async (key) => (await browser.storage.local.get(key))[key],
  write: (key, value) => browser.storage.local.set({ [key]: value }),
  count: async () => {
    const db = openDatabase();
    return { clips: await db.clips.count(), documents: await db.documents.count() };
  },
  hold: (now) => holdBackupBlob(openDatabase, now),
  download: downloadAndWait,
  prune: pruneBackups,
  keepAlive: () => void browser.runtime.getPlatformInfo(),
});

/**
 * Creates the hourly alarm when there is none. Chrome keeps alarms across restarts, Firefox
 * does not, and a one-shot alarm of the same name (the tests') replaces the periodic one: so this
 * runs at every start of the background and after the alarm fires. A pending alarm is left alone.
 */
async function ensureBackupAlarm(): Promise<void> {
  if (await browser.alarms.get(BACKUP_ALARM)) return;
  browser.alarms.create(BACKUP_ALARM, { delayInMinutes: CHECK_EVERY_MINUTES, periodInMinutes: CHECK_EVERY_MINUTES });
}

async function checkNow(): Promise<void> {
  const outcome = await runBackup(false);
  if (outcome.kind === 'failed') console.warn('DocClip: the automatic backup failed:', outcome.message);
}

/** Adds the backup's listeners (call synchronously at the background's top level). */
export function registerBackupListeners(): void {
  browser.alarms.onAlarm.addListener((alarm: Alarms.Alarm) => {
    if (alarm.name !== BACKUP_ALARM) return;
    void checkNow().finally(() => ensureBackupAlarm());
  });
  browser.runtime.onStartup.addListener(() => void checkNow());
  browser.runtime.onInstalled.addListener(() => void checkNow());
  void ensureBackupAlarm();
}
