import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../harness/launch-extension';
import { startFixtureServer, type FixtureServer } from '../harness/fixture-server';
import { SAMPLE_ROUTES, SAMPLE_URL, selectText, storedClips } from '../harness/sample-flow';
import { startXvfb, type VirtualDisplay } from '../harness/xvfb';

/**
 * The context menu's 保存摘录 (Save clip), chosen as a reader does: a right click on the selected
 * text opens Chromium's own menu, which only real input reaches, so the browser is headed on an
 * Xvfb display and xdotool clicks and presses keys. In that menu DocClip's item is the one
 * before the last (Inspect): Up twice, then Return.
 */
const CLIPPED = '三线”下地工程总投资438万元';

/** Where the page's (x, y) lies in the browser window: the pointer is moved once and the page says where it saw it. */
async function pageToWindow(page: Page, screen: VirtualDisplay): Promise<{ dx: number; dy: number }> {
  await page.evaluate(() => {
    (window as unknown as { seen: unknown }).seen = null;
    document.addEventListener('mousemove', (e) => ((window as unknown as { seen: unknown }).seen = { x: e.clientX, y: e.clientY }), { once: true });
  });
  screen.pointAt(300, 400);
  await page.waitForFunction(() => (window as unknown as { seen: unknown }).seen !== null);
  const seen = await page.evaluate(() => (window as unknown as { seen: { x: number; y: number } }).seen);
  return { dx: 300 - seen.x, dy: 400 - seen.y };
}

describe('saving a clip from the context menu, in a headed Chromium', () => {
  let server: FixtureServer;
  let screen: VirtualDisplay;
  let ext: ExtensionBrowser;
  beforeAll(async () => {
    screen = await startXvfb();
    server = await startFixtureServer(SAMPLE_ROUTES);
    ext = await launchWithExtension({ proxy: server.proxy, display: screen.display });
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
    screen?.stop();
  });

  it('stores the selected text, as the in-page button would', async () => {
    const page = await ext.context.newPage();
    await page.goto(SAMPLE_URL);
    await page.waitForSelector('docclip-ui', { state: 'attached', timeout: 20_000 });
    await page.bringToFront();
    const { dx, dy } = await pageToWindow(page, screen);
    await selectText(page, CLIPPED);
    const at = await page.evaluate(() => {
      const r = document.getSelection()!.getRangeAt(0).getClientRects()[0]!;
      return { x: r.left + Math.min(20, r.width / 2), y: r.top + r.height / 2 };
    });
    screen.pointAt(at.x + dx, at.y + dy, 3);
    await page.waitForTimeout(1500); // the menu opens
    screen.typeKeys(['Up', 'Up', 'Return']);
    const library = await ext.openExtensionPage('src/library/index.html');
    await expect.poll(async () => (await storedClips(library)).map((c) => c.text), { timeout: 10_000 }).toEqual([CLIPPED]);
    const [clip] = await storedClips(library);
    expect(clip).toMatchObject({ url: SAMPLE_URL, site: '777doc' });
  });
});
