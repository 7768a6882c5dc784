import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../harness/launch-extension';
import { startFixtureServer, type FixtureServer } from '../harness/fixture-server';
import { SAMPLE_ROUTES, SAMPLE_URL, openWithDocClip, selectText, stopServiceWorker, storedClips } from '../harness/sample-flow';

/** A save made while Chrome has stopped the service worker wakes it and lands; nothing is kept only in its memory. */
describe('saving while the service worker is stopped', () => {
  let server: FixtureServer;
  let ext: ExtensionBrowser;

  beforeAll(async () => {
    server = await startFixtureServer(SAMPLE_ROUTES);
    ext = await launchWithExtension({ proxy: server.proxy });
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('lands the clip and the page still gets its saved clips after a restart', async () => {
    const page = await openWithDocClip(ext, SAMPLE_URL);
    await stopServiceWorker(ext);
    const excerpt = '花卉苗木基地建设目前已完成1800亩';
    await selectText(page, excerpt);
    await page.locator('docclip-ui [data-action="clip"]').click();
    const library = await ext.openExtensionPage('src/library/index.html');
    await expect.poll(async () => (await storedClips(library)).map((c) => c.text), { timeout: 15_000 }).toEqual([excerpt]);

    await stopServiceWorker(ext);
    await page.reload();
    await page.waitForSelector('docclip-ui', { state: 'attached' });
    await expect
      .poll(() => page.evaluate(() => [...(CSS.highlights.get('docclip-clip') ?? [])].map((r) => (r as Range).toString())), { timeout: 15_000 })
      .toEqual([excerpt]);
  });
});
