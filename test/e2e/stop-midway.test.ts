import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../harness/launch-extension';
import { startFixtureServer, type FixtureServer } from '../harness/fixture-server';
import { sendToPage } from '../harness/sample-flow';
import { makeBigPage } from '../../bench/make-big-page';

/**
 * DocClip works through a large page chunk by chunk (page-session.ts): turning it off while it
 * is still working must stop the pass and leave the page exactly as the site sent it.
 */
const URL_ = 'http://m.777doc.com/p-900009.html';
const big = makeBigPage({ chars: 2_000_000 });

describe('DocClip stopped while still working through a big page', () => {
  let server: FixtureServer;
  let ext: ExtensionBrowser;
  beforeAll(async () => {
    server = await startFixtureServer({ 'm.777doc.com': { '/p-900009.html': () => big.html } });
    ext = await launchWithExtension({ proxy: server.proxy });
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('restores the page exactly, and the pass does not go on', async () => {
    const page = await ext.context.newPage();
    await page.goto(URL_, { timeout: 60_000 });
    await page.waitForFunction(() => performance.getEntriesByName('docclip:start').length > 0, null, { polling: 1, timeout: 30_000 });
    const reply = await sendToPage(ext, URL_, { type: 'page/set-enabled', enabled: false });
    expect(reply).toMatchObject({ ok: true });
    const stoppedMidway = await page.evaluate(() => performance.getEntriesByName('docclip:painted').length === 0);
    await page.waitForTimeout(1000);
    const [restored, pristine, painted, highlights] = await page.evaluate((html) => [
      document.body.innerHTML,
      new DOMParser().parseFromString(html, 'text/html').body.innerHTML,
      performance.getEntriesByName('docclip:painted').length,
      CSS.highlights.size,
    ] as const, big.html);
    expect(stoppedMidway).toBe(true);
    expect(painted).toBe(0);
    expect(highlights).toBe(0);
    expect(restored).toBe(pristine);
    await page.close();
  });
});
