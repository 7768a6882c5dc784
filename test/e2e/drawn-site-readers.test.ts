import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../harness/launch-extension';
import { startFixtureServer, type FixtureServer } from '../harness/fixture-server';
import { highlightTexts, openWithDocClip, pageStatus, sendToPage, storedClips } from '../harness/sample-flow';
import { selectLayerText } from '../harness/select-layer-text';

/**
 * The canvas readers of 道客巴巴 and 豆丁, on fixtures written for DocClip from what SITES.md says
 * of their markup (test/fixtures/canvas/doc88-reader.html, docin-reader.html), in Chromium with
 * the built extension: text the reader draws with fillText gets a text layer over its canvas —
 * 道客巴巴's canvas.inner_page under its annotation canvas, 豆丁's canvases put into .scrollLoading
 * placeholders as pages come into view — the layers are page text (no drawn-page notice, figures
 * and targets highlighted, no OCR wanted), and the sites' clutter is hidden. Pages drawn as images
 * on a tainted canvas are read off the screen instead: test/e2e/ocr-screen-capture.test.ts.
 */
const SITES = [
  {
    name: '道客巴巴',
    url: 'http://www.doc88.com/p-9913579246801.html',
    file: 'test/fixtures/canvas/doc88-reader.html',
    canvases: '#pageContainer canvas.inner_page',
    lines: ['年末全区共有医疗卫生机构412个', '每千人口执业医师数为3.42人', '到2026年底，全区家庭医生签约服务覆盖率达到75%以上。'],
    figures: ['612.8万人次', '6.9%', '不少于1.6亿元'],
    target: '2026年底',
    clutter: ['.dk-bg', '.adpx250'],
    clip: '每千人口执业医师数为3.42人',
  },
  {
    name: '豆丁',
    url: 'http://www.docin.com/p-2718281828.html',
    file: 'test/fixtures/canvas/docin-reader.html',
    canvases: '#contentcontainer .scrollLoading canvas',
    lines: ['2024年全镇选定示范村6个', '村内道路硬化率达到96%', '农村生活污水治理率提高到65%'],
    figures: ['2860万元', '38.5公里'],
    target: '2025年底',
    clutter: ['#docindex_ad', '.cpro_mod'],
    clip: '村内道路硬化率达到96%',
  },
];

const layerTexts = (page: Page, canvases: string) =>
  page.evaluate((selector) => [...document.querySelectorAll(selector)].map((c) => (c.nextElementSibling?.hasAttribute('data-docclip-text-layer') ? c.nextElementSibling.textContent ?? '' : null)), canvases);

describe('the canvas readers of 道客巴巴 and 豆丁 get text layers (Chromium)', () => {
  let server: FixtureServer;
  let ext: ExtensionBrowser;

  beforeAll(async () => {
    server = await startFixtureServer(Object.fromEntries(SITES.map((s) => [new URL(s.url).hostname, { [new URL(s.url).pathname]: s.file }])));
    ext = await launchWithExtension({ proxy: server.proxy });
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  for (const site of SITES) {
    it(`${site.name}: a layer over each drawn canvas, analysed as page text, the clutter hidden; a clip of it found after a reload`, async () => {
      const page = await openWithDocClip(ext, site.url);
      try {
        await expect.poll(async () => (await layerTexts(page, site.canvases)).filter((t) => t).length, { timeout: 10_000 }).toBe(2);
        const texts = (await layerTexts(page, site.canvases)).join('\n').replace(/\s+/g, '');
        for (const line of site.lines) expect(texts).toContain(line);
        // The layers are page text once the page has settled (the drawn state is recomputed after arrivals).
        await expect.poll(async () => (await pageStatus(ext, `${site.url}*`)).drawn, { timeout: 10_000 }).toBe(false);
        const status = await pageStatus(ext, `${site.url}*`);
        expect(status.documentCharsHidden).toBe(0);
        // Every canvas's text was recorded: no page is left for OCR.
        expect(status.ocr).toEqual({ images: 0, read: 0 });
        await expect.poll(() => highlightTexts(page, 'docclip-figure'), { timeout: 10_000 }).toEqual(expect.arrayContaining(site.figures));
        expect((await highlightTexts(page, 'docclip-target')).join('')).toContain(site.target);
        for (const selector of site.clutter) expect(await page.locator(selector).isVisible(), selector).toBe(false);
        // The layer covers its canvas.
        const off = await page.evaluate((selector) => {
          const canvas = document.querySelector(selector)!;
          const c = canvas.getBoundingClientRect();
          const l = canvas.nextElementSibling!.getBoundingClientRect();
          return Math.abs(l.left - c.left) + Math.abs(l.top - c.top) + Math.abs(l.width - c.width) + Math.abs(l.height - c.height);
        }, site.canvases);
        expect(off).toBeLessThan(1);
        const overlay = await page.addStyleTag({ content: '[data-docclip-text-layer] span { color: rgba(230, 0, 0, 0.6) !important; }' });
        await page.screenshot({ path: `/tmp/drawn-site-${new URL(site.url).hostname}.png` });
        await overlay.evaluate((e) => (e as Element).remove());

        // A selection on the layer is clipped with source canvas, and found again after a reload.
        await page.evaluate(selectLayerText, { text: site.clip, layer: '[data-docclip-text-layer]' });
        const clipped = await sendToPage(ext, `${site.url}*`, { type: 'page/clip', tags: [], note: '' });
        expect(clipped.ok, clipped.error).toBe(true);
        const popup = await ext.openExtensionPage('src/popup/index.html');
        await expect.poll(async () => (await storedClips(popup)).map((c) => c.text), { timeout: 10_000 }).toContain(site.clip);
        expect((await storedClips(popup)).find((c) => c.text === site.clip)).toMatchObject({ source: 'canvas' });
        await popup.close();
        await page.reload();
        await expect.poll(async () => (await pageStatus(ext, `${site.url}*`)).clipsShown, { timeout: 15_000 }).toBe(1);
      } finally {
        await page.close();
      }
    });
  }
});
