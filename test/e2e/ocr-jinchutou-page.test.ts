import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../harness/launch-extension';
import { startFixtureServer, type FixtureServer } from '../harness/fixture-server';
import { highlightTexts, openWithDocClip, pageStatus, sendToPage, storedClips } from '../harness/sample-flow';
import { JINCHUTOU_DOC_URL, jinchutouPageRoutes } from '../harness/ocr-image-fixture';
import { selectLayerText } from '../harness/select-layer-text';

/**
 * OCR of a 金锄头文库-like page (its `#outer_page_N img` pages; markup written for this test after
 * SITES.md), in Chromium with the built extension: the site's clutter is hidden around the
 * drawn page; the notice's button reads the page image; the text layer sits on the image, its
 * figures and its target are highlighted; a clip made on it records source ocr, its page and a
 * confidence; after a reload the layer comes from the cache and the clip is found on it again.
 * (test/e2e/ocr-image-page.test.ts covers the same on a 原创力文档-like page in more depth.)
 */
const TAB = `${JINCHUTOU_DOC_URL}*`;
const layerStates = (page: Page) => page.evaluate(() => [...document.querySelectorAll('[data-docclip-ocr]')].map((l) => `${l.getAttribute('data-docclip-ocr-page')}:${l.getAttribute('data-docclip-ocr')}`));

describe('OCR of a 金锄头文库 page image (Chromium)', () => {
  let server: FixtureServer;
  let ext: ExtensionBrowser;

  beforeAll(async () => {
    server = await startFixtureServer(await jinchutouPageRoutes());
    ext = await launchWithExtension({ proxy: server.proxy });
  }, 120_000);
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('reads the page image, highlights its figures and target, clips on it with source, page and confidence, and finds the clip after a reload', async () => {
    const page = await openWithDocClip(ext, JINCHUTOU_DOC_URL);
    try {
      await page.waitForFunction(() => [...document.images].every((i) => i.complete && i.naturalWidth > 0));
      const button = page.locator('docclip-ui [data-action="notice-action"]');
      await button.waitFor({ timeout: 10_000 });
      // The site's clutter around the drawn page is hidden before anything is read.
      const hidden = (selector: string) => page.evaluate((s) => getComputedStyle(document.querySelector(s)!).display === 'none', selector);
      for (const selector of ['#readshop', '#outer_page_more', '.QQ_S', '.foot_nav']) expect(await hidden(selector), selector).toBe(true);
      expect((await pageStatus(ext, TAB)).ocr).toEqual({ images: 1, read: 0 });
      await button.click();
      await expect.poll(() => layerStates(page), { timeout: 180_000, interval: 250 }).toEqual(['1:done']);

      // The layer covers the page's <img>.
      const offset = await page.evaluate(() => {
        const img = document.querySelector<HTMLImageElement>('#outer_page_1 img')!;
        const layer = document.querySelector<HTMLElement>('[data-docclip-ocr]')!;
        const i = img.getBoundingClientRect();
        const l = layer.getBoundingClientRect();
        return Math.abs(l.left - i.left) + Math.abs(l.top - i.top) + Math.abs(l.width - i.width) + Math.abs(l.height - i.height);
      });
      expect(offset).toBeLessThan(1);
      await expect.poll(() => highlightTexts(page, 'docclip-figure'), { timeout: 10_000 }).toEqual(expect.arrayContaining(['1.19%', '88.6%', '不少于120万元']));
      expect((await highlightTexts(page, 'docclip-target')).join('')).toContain('2025年底');
      await page.screenshot({ path: '/tmp/ocr-jinchutou-page.png' });

      await page.evaluate(selectLayerText, { text: '手卫生依从率' });
      const clipped = await sendToPage(ext, TAB, { type: 'page/clip', tags: ['金锄头'], note: '' });
      expect(clipped.ok, clipped.error).toBe(true);
      const popup = await ext.openExtensionPage('src/popup/index.html');
      await expect.poll(async () => (await storedClips(popup)).length, { timeout: 10_000 }).toBe(1);
      const [clip] = await storedClips(popup);
      await popup.close();
      expect(clip!.text).toBe('手卫生依从率');
      expect(clip!.source).toBe('ocr');
      expect(clip!.page).toBe(1);
      expect(clip!.confidence).toBeGreaterThan(0.5);
      expect(clip!.confidence).toBeLessThanOrEqual(1);

      await page.reload();
      await expect.poll(() => layerStates(page), { timeout: 20_000 }).toEqual(['1:done']);
      await expect.poll(async () => (await pageStatus(ext, TAB)).clipsShown, { timeout: 10_000 }).toBe(1);
      expect((await highlightTexts(page, 'docclip-clip')).join('')).toContain('手卫生依从率');
    } finally {
      await page.close();
    }
  }, 240_000);
});
