import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { characterErrorRate, comparableText } from '../../src/core/ocr/cer';
import type { RenderedPage } from '../../scripts/ocr/render-pages';
import { launchWithExtension, type ExtensionBrowser } from '../harness/launch-extension';
import { startFixtureServer, type FixtureServer } from '../harness/fixture-server';
import { highlightTexts, openWithDocClip, pageStatus, sendToPage, storedClips } from '../harness/sample-flow';
import { startXvfb, type VirtualDisplay } from '../harness/xvfb';
import { openTrackedTab } from '../harness/open-tracked-tab';
import { DOC_URL, doc88CanvasRoutes, IMAGE_HOST, OTHER_DOC_URL, READABLE_DOC_URL, LINE_HEIGHT, lineTop, STYLE } from '../harness/doc88-canvas-fixture';
import { selectLayerText } from '../harness/select-layer-text';

/**
 * OCR off the screen, in a headed Chromium on Xvfb at device pixel ratio 1.5, through the built
 * extension: a 道客巴巴-like page draws its page images onto canvases from a host without CORS, so
 * the canvases are tainted and no text is drawn (doc88-canvas-fixture.ts). The in-page button
 * alone cannot take a screenshot (the browser wants the reader's gesture: the toolbar button or a
 * shortcut), and says so; the OCR shortcut Alt+Shift+O (a real key press) reads the visible part
 * of the page on the screen, and the page below is read once the reader scrolls to it. The text
 * layer sits on the drawn lines that were on the screen and holds none of those that were not.
 */
const TAB = `${DOC_URL}*`;

/**
 * A 原创力文档-like page (`.webpreview-item > img`) whose page images the extension cannot fetch:
 * page 1 is a blob: URL the page made from its own fetch and revoked once shown; page 2 comes
 * from the page-image host outside DocClip's host permissions, without CORS.
 */
const IMAGE_DOC_URL = 'http://max.book118.com/html/2024/0109/6021013244005101.shtm';
const imageDocument = (page2: string) => `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>某市2024年统计公报.pdf - 原创力文档</title>
<style>body { margin: 0; background: #eee } .webpreview-item { position: relative; width: 800px; margin: 10px auto; border: 1px solid #ccc } .webpreview-item img { display: block; width: 800px } .end { height: 600px }</style></head>
<body><div class="webpreview">
  <div class="webpreview-item"><img id="p1" alt="某市2024年统计公报_第1页"></div>
  <div class="webpreview-item"><img id="p2" alt="某市2024年统计公报_第2页" src="${page2}"></div>
</div><p class="end">本资源只提供2页预览</p>
<script>
  fetch('/img/page-1.png').then((r) => r.blob()).then((b) => {
    const url = URL.createObjectURL(b);
    const img = document.getElementById('p1');
    img.onload = () => URL.revokeObjectURL(url);
    img.src = url;
  });
</script></body></html>`;

const layerStates = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll('[data-docclip-ocr]')].map((l) => `${l.getAttribute('data-docclip-ocr-page')}:${l.getAttribute('data-docclip-ocr')}:${l.getAttribute('data-docclip-ocr-from') ?? ''}`));
const labelOf = (page: Page, n: number) => page.evaluate((n) => document.querySelector(`[data-docclip-ocr-page="${n}"]`)?.getAttribute('data-docclip-ocr-label') ?? null, n);
const layerText = (page: Page, n: number) => page.evaluate((n) => document.querySelector(`[data-docclip-ocr-page="${n}"]`)?.textContent ?? '', n);
/** The part of page n read off the screen (its pixels: left, top, right, bottom). */
const regionOf = async (page: Page, n: number) => (await page.evaluate((n) => document.querySelector(`[data-docclip-ocr-page="${n}"]`)?.getAttribute('data-docclip-ocr-screen') ?? '', n)).split(',').map(Number);

describe('OCR of tainted canvases off the screen (Chromium on Xvfb, ratio 1.5)', () => {
  let server: FixtureServer;
  let ext: ExtensionBrowser;
  let screen: VirtualDisplay;
  let pages: RenderedPage[];

  beforeAll(async () => {
    const fixture = await doc88CanvasRoutes();
    pages = fixture.pages;
    screen = await startXvfb();
    const page2 = `http://${IMAGE_HOST}${Object.keys(fixture.routes[IMAGE_HOST]!)[1]}`;
    const imageRoutes = { '/img/page-1.png': Object.values(fixture.routes[IMAGE_HOST]!)[0]!, [new URL(IMAGE_DOC_URL).pathname]: () => imageDocument(page2) };
    server = await startFixtureServer({ ...fixture.routes, 'max.book118.com': imageRoutes });
    ext = await launchWithExtension({ proxy: server.proxy, display: screen.display, window: { width: 1100, height: 900, scale: 1.5 } });
  }, 120_000);
  afterAll(async () => {
    await ext?.close();
    await server?.close();
    screen?.stop();
  });

  it('asks for the gesture on the in-page button, reads the visible part on Alt+Shift+O, and the next page when scrolled to', async () => {
    const page = await openWithDocClip(ext, DOC_URL);
    try {
      await page.bringToFront();
      await page.waitForFunction(() => document.querySelectorAll('canvas.inner_page[data-drawn]').length === 2);
      expect(await page.evaluate(() => devicePixelRatio)).toBe(1.5);
      // The page's canvases cannot be read: the cross-origin drawing tainted them.
      expect(
        await page.evaluate(() =>
          [...document.querySelectorAll<HTMLCanvasElement>('canvas.inner_page')].map((c) => {
            try {
              c.getContext('2d')!.getImageData(0, 0, 1, 1);
              return 'readable';
            } catch (error) {
              return (error as Error).name;
            }
          }),
        ),
      ).toEqual(['SecurityError', 'SecurityError']);
      const button = page.locator('docclip-ui [data-action="notice-action"]');
      await button.waitFor({ timeout: 10_000 });
      expect((await pageStatus(ext, TAB)).ocr).toEqual({ images: 2, read: 0 });

      // The reader scrolls so that page 1 starts 300 CSS px down the window: its lower part is below the screen.
      await page.evaluate(() => window.scrollBy(0, document.querySelector('#page_1')!.getBoundingClientRect().top - 300));

      // The in-page button is no gesture the browser counts: page 1 says what to press; page 2 waits to be shown.
      await button.click();
      await expect.poll(() => layerStates(page), { timeout: 20_000 }).toEqual(['1:failed:', '2:waiting:']);
      expect(await labelOf(page, 1)).toContain('Alt+Shift+O');

      expect(await page.evaluate(() => Math.round(document.querySelector('#page_1')!.getBoundingClientRect().top))).toBe(300);
      // The OCR shortcut: a real key press, which grants activeTab.
      screen.pressKeys('alt+shift+o');
      await expect.poll(() => layerStates(page), { timeout: 5_000 }).toContain('1:reading:');
      await expect.poll(() => layerStates(page), { timeout: 180_000, interval: 250 }).toEqual(['1:done:reading', '2:waiting:']);
      expect(await labelOf(page, 1)).toMatch(/screen|屏幕/);

      // What was read: the lines that were on the screen, and none of those below it.
      const [left, top, right, bottom = 0] = await regionOf(page, 1);
      expect([left, top, right]).toEqual([0, 0, STYLE.width]);
      expect(bottom).toBeGreaterThan(lineTop(10));
      expect(bottom).toBeLessThan(1000);
      const drawn = pages[0]!.lines.map((text, k) => ({ text, top: lineTop(k), bottom: lineTop(k) + LINE_HEIGHT }));
      const shown = drawn.filter((l) => l.bottom <= bottom).map((l) => l.text);
      const hidden = drawn.filter((l) => l.top >= bottom).map((l) => l.text);
      expect(hidden.length).toBeGreaterThan(2);
      const read = comparableText(await layerText(page, 1));
      expect(characterErrorRate(read, comparableText(shown.join(''))), read).toBeLessThan(0.02);
      // No line below the screen is in the layer (lines long enough to be told apart: not a wrapped '。').
      for (const line of hidden.map(comparableText).filter((l) => l.length >= 8)) expect(read).not.toContain(line.slice(0, 8));

      // The layer covers the canvas, and its first line sits on the first drawn line (indented two
      // characters of 20 px from the 80 px margin: 12 % across, 8 % of the width down).
      const geometry = await page.evaluate(() => {
        const canvas = document.querySelector('#page_1')!;
        const layer = canvas.nextElementSibling as HTMLElement;
        const c = canvas.getBoundingClientRect();
        const l = layer.getBoundingClientRect();
        const first = layer.querySelector('span')!.getBoundingClientRect();
        return { off: Math.abs(l.left - c.left) + Math.abs(l.top - c.top) + Math.abs(l.width - c.width) + Math.abs(l.height - c.height), left: (first.left - c.left) / c.width, top: (first.top - c.top) / c.width };
      });
      expect(geometry.off).toBeLessThan(1);
      expect(Math.abs(geometry.left - 0.12)).toBeLessThan(0.02);
      expect(Math.abs(geometry.top - 0.08)).toBeLessThan(0.02);
      const overlay = await page.addStyleTag({ content: '[data-docclip-text-layer] span { color: rgba(230, 0, 0, 0.6) !important; }' });
      await page.screenshot({ path: '/tmp/ocr-screen-capture-overlay.png' });
      await overlay.evaluate((e) => (e as Element).remove());

      // The layer is page text: figures and targets are highlighted on it.
      await expect.poll(async () => (await highlightTexts(page, 'docclip-figure')).join(' '), { timeout: 10_000 }).toContain('3216.5亿元');
      expect((await highlightTexts(page, 'docclip-target')).join('')).toContain('2025年底');

      // The reader scrolls to page 2: it is read off the screen in turn (the gesture's grant lasts on this page).
      await page.evaluate(() => document.querySelector('#page_2')!.scrollIntoView({ block: 'start' }));
      await expect.poll(() => layerStates(page), { timeout: 180_000, interval: 250 }).toEqual(['1:done:reading', '2:done:reading']);
      const read2 = comparableText(await layerText(page, 2));
      expect(characterErrorRate(read2, comparableText(pages[1]!.lines.join(''))), read2).toBeLessThan(0.02);

      // A clip of text read off the screen records source ocr and its page.
      await page.evaluate(selectLayerText, { text: '优良天数', layer: '[data-docclip-ocr-page="2"]' });
      const clipped = await sendToPage(ext, TAB, { type: 'page/clip', tags: [], note: '' });
      expect(clipped.ok, clipped.error).toBe(true);
      const popup = await ext.openExtensionPage('src/popup/index.html');
      await expect.poll(async () => (await storedClips(popup)).length, { timeout: 10_000 }).toBe(1);
      expect((await storedClips(popup))[0]).toMatchObject({ text: '优良天数', source: 'ocr', page: 2 });
      await popup.close();
    } finally {
      await page.close();
    }
  }, 420_000);

  it('after a reload, lays both pages from the cache without a screenshot (no gesture needed)', async () => {
    const page = await openWithDocClip(ext, DOC_URL);
    try {
      await page.bringToFront();
      await expect.poll(() => layerStates(page), { timeout: 20_000 }).toEqual(['1:done:cache', '2:done:cache']);
      expect(await regionOf(page, 1)).toHaveLength(4);
      expect(comparableText(await layerText(page, 2))).toContain('优良天数');
      await expect.poll(async () => (await pageStatus(ext, TAB)).clipsShown, { timeout: 10_000 }).toBe(1);
    } finally {
      await page.close();
    }
  }, 120_000);

  it('reads page images the extension cannot fetch (a revoked blob: URL, a host outside its permissions) off the screen', async () => {
    const page = await openWithDocClip(ext, IMAGE_DOC_URL);
    const IMAGE_TAB = `${IMAGE_DOC_URL}*`;
    try {
      await page.bringToFront();
      await page.waitForFunction(() => [...document.images].every((i) => i.complete && i.naturalWidth > 0));
      expect(await page.evaluate(() => document.images[0]!.currentSrc)).toMatch(/^blob:/);
      await page.locator('docclip-ui [data-action="notice-action"]').waitFor({ timeout: 10_000 });
      expect((await pageStatus(ext, IMAGE_TAB)).ocr).toEqual({ images: 2, read: 0 });
      // A new tab: the shortcut's grant is asked again.
      screen.pressKeys('alt+shift+o');
      await expect.poll(() => layerStates(page), { timeout: 180_000, interval: 250 }).toEqual(['1:done:reading', '2:waiting:']);
      expect(await regionOf(page, 1)).toHaveLength(4);
      expect(comparableText(await layerText(page, 1))).toContain('3216.5亿元');
      // Page 2's URL cannot be fetched by the extension: it waits for the screen, read once scrolled to.
      await page.evaluate(() => document.querySelector('#p2')!.scrollIntoView({ block: 'start' }));
      await expect.poll(() => layerStates(page), { timeout: 180_000, interval: 250 }).toEqual(['1:done:reading', '2:done:reading']);
      expect(await regionOf(page, 2)).toHaveLength(4);
      const read2 = comparableText(await layerText(page, 2));
      expect(characterErrorRate(read2, comparableText(pages[1]!.lines.join(''))), read2).toBeLessThan(0.02);
    } finally {
      await page.close();
    }
  }, 420_000);

  it('the popup’s button reads them off the screen too (after a DocClip shortcut, a gesture the browser counts)', async () => {
    const { page, tabId } = await openTrackedTab(ext, OTHER_DOC_URL);
    try {
      await page.bringToFront();
      await page.waitForSelector('docclip-ui', { state: 'attached', timeout: 20_000 });
      await page.waitForFunction(() => document.querySelectorAll('canvas.inner_page[data-drawn]').length === 2);
      await page.evaluate(() => window.scrollBy(0, document.querySelector('#page_1')!.getBoundingClientRect().top - 300));
      screen.pressKeys('alt+shift+d');
      // The popup, in a window of its own: the page stays the active tab of its window, as under
      // the toolbar's popup bubble (a popup opened as a tab of the same window would be what the screen shows).
      const worker = ext.context.serviceWorkers()[0]!;
      const [popup] = await Promise.all([
        ext.context.waitForEvent('page', (p) => p.url().includes('src/popup/index.html')),
        worker.evaluate((url) => chrome.windows.create({ url, type: 'popup', width: 420, height: 600 }), `chrome-extension://${ext.extensionId}/src/popup/index.html?tabId=${tabId}`),
      ]);
      await popup.locator('[data-action="ocr"]').click();
      await expect.poll(() => layerStates(page), { timeout: 180_000, interval: 250 }).toEqual(['1:done:reading', '2:waiting:']);
      expect(await regionOf(page, 1)).toHaveLength(4);
      expect(comparableText(await layerText(page, 1))).toContain('3216.5亿元');
      await popup.close();
    } finally {
      await page.close();
    }
  }, 240_000);

  it('a canvas the page left readable is read from its own pixels: the whole page, every page, no gesture', async () => {
    const page = await openWithDocClip(ext, READABLE_DOC_URL);
    try {
      await page.bringToFront();
      await page.waitForFunction(() => document.querySelectorAll('canvas.inner_page[data-drawn]').length === 2);
      expect(await page.evaluate(() => document.querySelector<HTMLCanvasElement>('#page_1')!.toDataURL().length > 1000)).toBe(true);
      // The in-page button (no gesture) is enough, and page 2, below the screen, is read too.
      await page.locator('docclip-ui [data-action="notice-action"]').click();
      await expect.poll(() => layerStates(page), { timeout: 180_000, interval: 250 }).toEqual(['1:done:reading', '2:done:reading']);
      for (const n of [1, 2]) {
        expect(await regionOf(page, n)).toEqual([0]); // no screen region: the whole page was read
        const read = comparableText(await layerText(page, n));
        expect(characterErrorRate(read, comparableText(pages[n - 1]!.lines.join(''))), read).toBeLessThan(0.02);
      }
    } finally {
      await page.close();
    }
  }, 240_000);
});
