import { mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
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
 * "Back up now" on the options page replaces the day's file and says where, and when Firefox
 * cannot write the file, says so in plain words on the options page and in the library.
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

  it('a backup Firefox cannot write is shown on the options page in plain words, losing nothing, and the next one clears it', async () => {
    const options = await ff.openExtensionPage('src/options/index.html');
    const text = (selector: string) => options.evaluate((s) => (document.querySelector(s) as HTMLElement | null)?.innerText ?? null, selector);
    const lastBefore = await waitFor(() => text('[data-state="backup-last"]'), (t) => t !== null && t.includes(todaysBackup()));
    const clipsBefore = await storedClips(options);
    expect(clipsBefore).toHaveLength(1);
    expect(await text('[data-state="backup-failed"]')).toBeNull();

    // A folder where today's file goes: Firefox cannot replace it with the backup and interrupts the download.
    await rm(todaysBackup());
    await mkdir(todaysBackup());
    await (await options.waitForSelector('[data-action="backup-now"]'))!.click();
    const outcome = await waitFor(() => text('[data-state="backup-outcome"]'), (t) => !!t && t !== '', 30_000);
    expect(outcome).toMatch(/^(The backup failed; the reason is shown above\.|备份失败，原因见上方)/);
    expect(await options.evaluate(() => document.querySelector('[data-state="backup-outcome"]')!.className)).toContain('error');
    // Said in words (what is in the way), with the browser's code for a bug report.
    const failed = await waitFor(() => text('[data-state="backup-failed"]'), (t) => t !== null, 10_000);
    expect(failed).toMatch(/could not be written.*folder.*in the way.*\(FILE_FAILED\)|无法写入.*文件夹.*（FILE_FAILED）/s);
    expect(failed).toContain(`DocClip/backup-${localDateStamp(new Date())}.json`);
    // Shown as an error, not in the text's colour.
    const [failureColor, textColor] = await options.evaluate(() => {
      const el = document.querySelector('[data-state="backup-failed"]')!;
      return [getComputedStyle(el).color, getComputedStyle(document.body).color];
    });
    expect(failureColor).not.toBe(textColor);
    // The last backup written is still the one shown, and nothing saved changed.
    expect(await text('[data-state="backup-last"]')).toBe(lastBefore);
    expect(await storedClips(options)).toEqual(clipsBefore);
    await (await options.$('section.backups'))!.screenshot({ path: join(tmpdir(), 'docclip-ff-options-backups-failed.png') });

    // The library says so too, above the clips.
    const library = await ff.openExtensionPage('src/library/index.html');
    const banner = await waitFor(
      () => library.evaluate(() => (document.querySelector('[data-banner="backup-failed"]') as HTMLElement | null)?.innerText ?? null),
      (t) => t !== null,
    );
    expect(banner).toContain('(FILE_FAILED)');
    await library.close();

    // The folder gone (Firefox may already have removed the empty folder when it gave up), the
    // next backup is written and the failure is no longer shown.
    await rm(todaysBackup(), { recursive: true, force: true });
    await options.bringToFront();
    await (await options.waitForSelector('[data-action="backup-now"]:not([disabled])'))!.click();
    await waitFor(() => text('[data-state="backup-failed"]'), (t) => t === null, 30_000);
    expect(await text('[data-state="backup-outcome"]')).toContain(todaysBackup());
    const backup = (await waitForJsonFile(todaysBackup(), 30_000)) as { clips: unknown[] };
    expect(backup.clips).toEqual(clipsBefore);
    await options.close();
  });
});
