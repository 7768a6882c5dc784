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
 * Firefox's downloads folder with the clip; "Back up now" on the options page replaces the day's
 * file and says where.
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

  it('"Back up now" on the options page writes it again and says where', async () => {
    const options = await ff.openExtensionPage('src/options/index.html');
    await (await options.waitForSelector('[data-action="backup-now"]'))!.click();
    const said = await waitFor(
      () => options.evaluate(() => document.querySelector('[data-state="backup-outcome"]')?.textContent ?? ''),
      (text) => text.includes('backup-'),
      30_000,
    );
    expect(said).toContain(todaysBackup());
    // The day's file replaced, not a second one beside it.
    expect(await filesIn(join(ff.downloads, 'DocClip'))).toEqual([`backup-${localDateStamp(new Date())}.json`]);
    expect(await options.evaluate(() => document.querySelector('[data-state="backup-failed"]'))).toBeNull();
    await options.close();
  });
});
