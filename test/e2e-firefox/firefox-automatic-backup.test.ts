import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { BACKUP_ALARM } from '../../src/core/backup/backup-schedule';
import { BACKUP_STATUS_KEY } from '../../src/core/backup/backup-status';
import { localDateStamp } from '../../src/core/local-date';
import { launchFirefox, type FirefoxExtension } from '../harness/launch-firefox';
import { startFixtureServer, type FixtureServer } from '../harness/fixture-server';
import { SAMPLE_ROUTES, SAMPLE_URL } from '../harness/sample-flow';
import { daysAgoAtNoon, filesIn, waitForJsonFile } from '../harness/backup-flow';
import { openWithDocClip, selectText, storedClips, waitFor } from '../harness/firefox-flow';

const EXCERPT = '“三线”下地工程总投资438万元,一期工程投入198万元已到位';

/**
 * The automatic backup in Debian's Firefox ESR, where the background is an event page that makes
 * the file's Blob URL itself (no offscreen document): the backup alarm, fired through
 * browser.alarms a day after the stored last backup, writes DocClip/backup-YYYY-MM-DD.json into
 * Firefox's downloads folder with the clip; with keep N only DocClip's older backups are deleted;
 * "Back up now" on the options page replaces the day's file and says where.
 */
describe('automatic backups, in Firefox', () => {
  let server: FixtureServer;
  let ff: FirefoxExtension;
  let page: Page;
  const todaysBackup = () => join(ff.downloads, 'DocClip', `backup-${localDateStamp(new Date())}.json`);

  beforeAll(async () => {
    server = await startFixtureServer(SAMPLE_ROUTES);
    ff = await launchFirefox({ proxy: server.proxy });
    page = await openWithDocClip(ff, SAMPLE_URL);
  });
  afterAll(async () => {
    await ff?.close();
    await server?.close();
  });

  it('writes the backup when the alarm finds a day passed since the last one', async () => {
    await selectText(page, EXCERPT);
    await page.locator('docclip-ui >>> [data-action="clip"]').click();
    const library = await ff.openExtensionPage('src/library/index.html');
    await expect.poll(async () => (await storedClips(library)).length, { timeout: 10_000 }).toBe(1);
    const clips = await storedClips(library);
    await library.close();
    expect(await filesIn(join(ff.downloads, 'DocClip'))).toEqual([]);

    await ff.inExtension(
      async ([key, name, last]) => {
        await browser.storage.local.set({ [key]: { lastBackupAt: last, file: null, clips: 0, documents: 0, lastError: null } });
        await browser.alarms.create(name, { when: Date.now() + 200 });
      },
      [BACKUP_STATUS_KEY, BACKUP_ALARM, daysAgoAtNoon(1).toISOString()] as const,
    );
    const backup = (await waitForJsonFile(todaysBackup(), 30_000)) as { format: string; clips: unknown[] };
    expect(backup.format).toBe('docclip.clips');
    expect(backup.clips).toEqual(clips);
    expect(await filesIn(join(ff.downloads, 'DocClip'))).toEqual([`backup-${localDateStamp(new Date())}.json`]);
    const status = await waitFor(
      () => ff.inExtension(async (key) => (await browser.storage.local.get(key))[key] as { file?: string; clips?: number }, BACKUP_STATUS_KEY),
      (s) => s.file === todaysBackup(),
    );
    expect(status.clips).toBe(1);
  });

  it('keeps the newest N of its own backups and deletes only older DocClip backups', async () => {
    const older = [2, 6].map((days) => `backup-${localDateStamp(daysAgoAtNoon(days))}.json`);
    await ff.inExtension(async (names) => {
      for (const name of names) {
        const url = URL.createObjectURL(new Blob(['{}'], { type: 'application/json' }));
        const id = await browser.downloads.download({ url, filename: name, conflictAction: 'overwrite', saveAs: false });
        for (let i = 0; i < 100 && (await browser.downloads.search({ id }))[0]?.state !== 'complete'; i++) await new Promise((r) => setTimeout(r, 100));
      }
    }, [...older.map((name) => `DocClip/${name}`), 'DocClip/notes.json']);
    const dir = join(ff.downloads, 'DocClip');
    expect(await filesIn(dir)).toEqual([`backup-${localDateStamp(new Date())}.json`, ...older, 'notes.json'].sort());
    await ff.inExtension(
      async ([key, name, last]) => {
        await browser.storage.local.set({ backupSettings: { intervalDays: 1, keep: 2 } });
        await browser.storage.local.set({ [key]: { lastBackupAt: last, file: null, clips: 0, documents: 0, lastError: null } });
        await browser.alarms.create(name, { when: Date.now() + 200 });
      },
      [BACKUP_STATUS_KEY, BACKUP_ALARM, daysAgoAtNoon(1).toISOString()] as const,
    );
    await waitFor(() => filesIn(dir), (names) => names.length === 3, 30_000);
    expect(await filesIn(dir)).toEqual([`backup-${localDateStamp(new Date())}.json`, older[0]!, 'notes.json'].sort());
  });

  it('"Back up now" on the options page writes it again and says where', async () => {
    const before = await filesIn(join(ff.downloads, 'DocClip'));
    const options = await ff.openExtensionPage('src/options/index.html');
    await (await options.waitForSelector('[data-action="backup-now"]'))!.click();
    const said = await waitFor(
      () => options.evaluate(() => document.querySelector('[data-state="backup-outcome"]')?.textContent ?? ''),
      (text) => text.includes('backup-'),
      30_000,
    );
    expect(said).toContain(todaysBackup());
    // The day's file replaced, not a second one beside it.
    expect(before).toContain(`backup-${localDateStamp(new Date())}.json`);
    expect(await filesIn(join(ff.downloads, 'DocClip'))).toEqual(before);
    expect(await options.evaluate(() => document.querySelector('[data-state="backup-failed"]'))).toBeNull();
    await options.close();
  });
});
