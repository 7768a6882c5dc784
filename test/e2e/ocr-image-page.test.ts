import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { launchWithExtension, type ExtensionBrowser } from '../harness/launch-extension';
import { startFixtureServer, type FixtureServer } from '../harness/fixture-server';
import { highlightTexts, openPopupFor, openWithDocClip, pageStatus, sendToPage, storedClips } from '../harness/sample-flow';
import { DOC_URL, imagePageRoutes } from '../harness/ocr-image-fixture';
import { selectLayerText } from '../harness/select-layer-text';

/**
 * OCR of a document shown as page images, in Chromium with the built extension: a 原创力文档-like
 * page (its `.webpreview-item > img` pages) whose one page is a JPEG drawn in the test's setup
 * from text written for this test (scripts/ocr/render-pages.ts, 1000 px wide at quality 75).
 * The reader presses the drawn-page notice's button; the offscreen document reads the image;
 * a text layer is laid over the <img>, its figures are highlighted, a drag over it selects its
 * text and the clip records source "ocr", the page and the confidence; hovering a figure shows the
 * confidence it was read with and the crop of the image it was read in. After a reload the pages
 * come from the ocrPages cache (no second reading) and the clip is found on the layer again.
 */
const TAB = `${DOC_URL}*`;

const layerStates = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll('[data-docclip-ocr]')].map((l) => `${l.getAttribute('data-docclip-ocr-page')}:${l.getAttribute('data-docclip-ocr')}:${l.getAttribute('data-docclip-ocr-from') ?? ''}`));

describe('OCR of page images in the extension (Chromium)', () => {
  let server: FixtureServer;
  let ext: ExtensionBrowser;

  beforeAll(async () => {
    server = await startFixtureServer(await imagePageRoutes());
    ext = await launchWithExtension({ proxy: server.proxy });
  }, 120_000);
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('reads the shown page images on the notice button, lays selectable text on them, and clips it with source, page and confidence', async () => {
    const page = await openWithDocClip(ext, DOC_URL);
    try {
      await page.waitForFunction(() => [...document.images].every((i) => i.complete && i.naturalWidth > 0));
      // The notice of a drawn page, with the button that reads the images.
      const button = page.locator('docclip-ui [data-action="notice-action"]');
      await button.waitFor({ timeout: 10_000 });
      expect((await pageStatus(ext, TAB)).ocr).toEqual({ images: 1, read: 0 });
      await button.click();
      // The page shows, in the image's corner, that it is being read, then how much was read.
      const label = () => page.evaluate(() => document.querySelector('[data-docclip-ocr]')?.getAttribute('data-docclip-ocr-label') ?? null);
      await expect.poll(() => layerStates(page), { timeout: 5_000 }).toEqual(['1:reading:']);
      expect(await label()).toMatch(/\S/);
      const whileReading = await label();
      await expect.poll(() => layerStates(page), { timeout: 180_000, interval: 250 }).toEqual(['1:done:reading']);
      const read = await page.evaluate(() => document.querySelector('[data-docclip-ocr]')!.textContent!.replace(/\s+/g, '').length);
      expect(await label()).toContain(String(read));
      expect(await label()).not.toBe(whileReading);

      // The offscreen document is cross-origin isolated (the manifest's COEP/COOP): onnxruntime ran on every core (this machine has 2).
      const threads = await page.evaluate(() => Number(document.querySelector('[data-docclip-ocr]')!.getAttribute('data-docclip-ocr-threads')));
      expect(threads).toBe(Math.min(4, (await page.evaluate(() => navigator.hardwareConcurrency)) || 1));
      expect(threads).toBeGreaterThan(1);

      const layerText = await page.evaluate(() => [...document.querySelectorAll('[data-docclip-ocr]')].map((l) => l.textContent!.replace(/\s+/g, '')).join(''));
      expect(layerText).toContain('全年开展院感知识培训14次');
      expect(layerText).toContain('多重耐药菌防控措施落实率达到100%');

      // The layer is page text now: no drawn-page notice, figures and targets highlighted.
      await expect.poll(async () => (await pageStatus(ext, TAB)).drawn, { timeout: 10_000 }).toBe(false);
      await expect.poll(() => highlightTexts(page, 'docclip-figure'), { timeout: 10_000 }).toEqual(expect.arrayContaining(['1.19%', '88.6%', '不少于120万元']));
      expect((await highlightTexts(page, 'docclip-target')).join('')).toContain('2025年底');

      // Hovering a figure read by OCR shows its value, the confidence it was read with and the
      // part of the page image it was read in, drawn from the <img> already shown: nothing is fetched for it.
      const requests: string[] = [];
      const onRequest = (r: { url(): string }) => requests.push(r.url());
      page.on('request', onRequest);
      const count = await hoverFigure(page, '14次');
      const share = await hoverFigure(page, '88.6%');
      await page.screenshot({ path: '/tmp/ocr-figure-hover.png' });
      page.off('request', onRequest);
      expect(requests).toEqual([]);
      for (const tip of [count, share]) {
        expect(tip.ocr).toMatch(/\d+\s?%/);
        // The crop is a line of the page around the figure: wider than high, with the dark
        // pixels of drawn characters and the orange outline of the figure's part.
        expect(tip.crop).not.toBeNull();
        expect(tip.crop!.width).toBeGreaterThan(tip.crop!.height);
        expect(tip.crop!.height).toBeGreaterThan(10);
        expect(tip.crop!.dark).toBeGreaterThan(0.02);
        expect(tip.crop!.orange).toBeGreaterThan(0.005);
      }
      // The "4" of 14次 is the line's least sure character (about 0.5): its figure says so; 88.6% was read surer.
      expect(count.percent).toBeLessThan(90);
      expect(share.percent).toBeGreaterThan(count.percent);
      await page.mouse.move(2, 2);

      // The layer covers its image, and its first line sits on the first drawn line (the
      // renderer draws it at the margin, 8 % of the width from the top-left corner, indented
      // by two characters of 16 px × 1.25: 40 of the 1000 pixels).
      const geometry = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLImageElement>('.webpreview-item > img')].map((img) => {
          const layer = img.nextElementSibling as HTMLElement;
          const i = img.getBoundingClientRect();
          const l = layer.getBoundingClientRect();
          const first = layer.querySelector('span')!.getBoundingClientRect();
          return { dx: l.left - i.left, dy: l.top - i.top, dw: l.width - i.width, dh: l.height - i.height, left: (first.left - i.left) / i.width, top: (first.top - i.top) / i.width };
        }),
      );
      for (const g of geometry) {
        expect(Math.abs(g.dx) + Math.abs(g.dy) + Math.abs(g.dw) + Math.abs(g.dh)).toBeLessThan(1);
        expect(Math.abs(g.left - 0.12)).toBeLessThan(0.02);
        expect(Math.abs(g.top - 0.08)).toBeLessThan(0.03);
      }
      // For a person to look at: the layer's text in red over the drawn text.
      const overlay = await page.addStyleTag({ content: '[data-docclip-text-layer] span { color: rgba(230, 0, 0, 0.6) !important; }' });
      await page.locator('.webpreview-item').first().scrollIntoViewIfNeeded();
      await page.screenshot({ path: '/tmp/ocr-image-page-overlay.png' });
      await overlay.evaluate((e) => (e as Element).remove());

      // A drag across the layer's line that holds 手卫生依从率, from its first piece to its last.
      const line = await page.evaluate(() => {
        const div = [...document.querySelectorAll('[data-docclip-ocr] docclip-line')].find((d) => d.textContent!.includes('手卫生'))!;
        div.scrollIntoView({ block: 'center' });
        const first = div.firstElementChild!.getBoundingClientRect();
        const last = div.lastElementChild!.getBoundingClientRect();
        return { x0: first.left + 1, x1: last.right - 2, y: first.top + first.height / 2 };
      });
      await page.mouse.move(line.x0, line.y);
      await page.mouse.down();
      await page.mouse.move((line.x0 + line.x1) / 2, line.y, { steps: 5 });
      await page.mouse.move(line.x1, line.y, { steps: 5 });
      await page.mouse.up();
      expect(await page.evaluate(() => document.getSelection()!.toString())).toContain('手卫生依从率');
      await page.screenshot({ path: '/tmp/ocr-image-page.png' });

      const clipped = await sendToPage(ext, TAB, { type: 'page/clip', tags: ['ocr'], note: '' });
      expect(clipped.ok, clipped.error).toBe(true);
      const popup = await ext.openExtensionPage('src/popup/index.html');
      await expect.poll(async () => (await storedClips(popup)).length, { timeout: 10_000 }).toBe(1);
      const [clip] = await storedClips(popup);
      expect(clip!.text).toContain('手卫生依从率');
      expect(clip!.source).toBe('ocr');
      expect(clip!.page).toBe(1);
      // The line's weakest character (the JPEG's "4" of 14次 reads at about 0.5).
      expect(clip!.confidence).toBeGreaterThan(0);
      expect(clip!.confidence).toBeLessThan(0.9);
      expect((clip!.figures as Array<{ text: string }>).map((f) => f.text)).toContain('88.6%');

      // A clip of 手卫生依从率 alone (every character read sure) records a higher confidence: the lowest of its own characters.
      await page.evaluate(selectLayerText, { text: '手卫生依从率' });
      const second = await sendToPage(ext, TAB, { type: 'page/clip', tags: [], note: '' });
      expect(second.ok, second.error).toBe(true);
      await expect.poll(async () => (await storedClips(popup)).length, { timeout: 10_000 }).toBe(2);
      const alone = (await storedClips(popup)).find((c) => c.text === '手卫生依从率')!;
      expect(alone.source).toBe('ocr');
      expect(alone.confidence).toBeGreaterThan(0.9);
      expect(alone.confidence).toBeGreaterThan(clip!.confidence as number);
      await popup.close();
    } finally {
      await page.close();
    }
  }, 240_000);

  it('after a reload, lays the pages again from the cache (no second reading) and finds the clip', async () => {
    const page = await openWithDocClip(ext, DOC_URL);
    try {
      await expect.poll(() => layerStates(page), { timeout: 20_000 }).toEqual(['1:done:cache']);
      // Both clips are found again on the layer laid from the cache, and painted there.
      await expect.poll(async () => (await pageStatus(ext, TAB)).clipsShown, { timeout: 10_000 }).toBe(2);
      const popup = await ext.openExtensionPage('src/popup/index.html');
      const texts = (await storedClips(popup)).map((c) => c.text as string);
      await popup.close();
      const painted = (await highlightTexts(page, 'docclip-clip')).join('');
      for (const text of texts) expect(painted).toContain(text);
      expect((await pageStatus(ext, TAB)).clipsNotFound).toEqual([]);
      expect((await pageStatus(ext, TAB)).ocr).toEqual({ images: 1, read: 1 });
      await page.screenshot({ path: '/tmp/ocr-image-page-reloaded.png' });
      // The popup offers the reading too, and says how many of the shown pages are read.
      const forTab = await openPopupFor(ext, DOC_URL);
      await forTab.locator('[data-action="ocr"]').waitFor({ timeout: 10_000 });
      expect(await forTab.locator('[data-action="ocr"] + [role="status"]').textContent()).toMatch(/1\D+1/);
      await forTab.close();

      // The library says what the cache holds and forgets it on request: the next visit reads nothing by itself.
      const library = await ext.openExtensionPage('src/library/index.html');
      await expect.poll(() => library.locator('.ocr-cache').getAttribute('data-ocr-pages'), { timeout: 10_000 }).toBe('1');
      await library.screenshot({ path: '/tmp/ocr-library-cache.png' });
      await library.locator('[data-action="clear-ocr-cache"]').click();
      await expect.poll(() => library.locator('.ocr-cache').count(), { timeout: 10_000 }).toBe(0);
      await library.close();
      await page.reload();
      await page.locator('docclip-ui [data-action="notice-action"]').waitFor({ timeout: 20_000 });
      expect((await pageStatus(ext, TAB)).ocr).toEqual({ images: 1, read: 0 });
      expect(await layerStates(page)).toEqual([]);
    } finally {
      await page.close();
    }
  }, 60_000);
});

/** What the figure tip shows when the pointer rests on the painted figure `text` (on an OCR layer). */
async function hoverFigure(page: Page, text: string): Promise<{ tip: string; ocr: string; percent: number; crop: { width: number; height: number; dark: number; orange: number } | null }> {
  const at = await page.evaluate((wanted) => {
    const range = [...(CSS.highlights.get('docclip-figure') ?? [])].find((r) => r instanceof Range && r.toString() === wanted) as Range | undefined;
    if (!range) return null;
    (range.startContainer.parentElement as Element).scrollIntoView({ block: 'center' });
    const box = range.getBoundingClientRect();
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  }, text);
  expect(at, `figure ${text} painted`).not.toBeNull();
  // The pointer moves a little at each look (as a reader's does): a move made while DocClip was still analysing the layer shows no tip.
  let jiggle = 0;
  const read = async () => {
    await page.mouse.move(at!.x + (jiggle++ % 2), at!.y);
    return page.evaluate(() => {
      const tip = document.querySelector('docclip-ui')!.shadowRoot!.querySelector<HTMLElement>('.tip')!;
      if (tip.hidden) return null;
      const canvas = tip.querySelector<HTMLCanvasElement>('canvas.tip-crop');
      const box = canvas?.getBoundingClientRect();
      const crop = box ? { width: box.width, height: box.height } : null;
      return { tip: tip.textContent ?? '', ocr: tip.querySelector('.tip-ocr')?.textContent ?? '', crop };
    });
  };
  await expect.poll(async () => (await read())?.tip ?? '', { timeout: 5_000 }).toContain(text);
  await expect.poll(async () => (await read())?.ocr ?? '', { timeout: 5_000 }).toMatch(/\d/);
  const shown = (await read())!;
  // The crop's pixels as shown (the canvas holds another origin's image: it cannot be read back, only looked at).
  let crop = null;
  if (shown.crop) {
    const png = PNG.sync.read(await page.locator('docclip-ui .tip canvas.tip-crop').screenshot());
    let dark = 0;
    let orange = 0;
    for (let i = 0; i < png.data.length; i += 4) {
      const [r, g, b] = [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
      if (r + g + b < 300) dark++;
      if (r > 200 && g > 100 && g < 190 && b < 90) orange++;
    }
    const n = png.data.length / 4;
    crop = { ...shown.crop, dark: dark / n, orange: orange / n };
  }
  return { ...shown, crop, percent: Number(/(\d+)\s?%/.exec(shown.ocr)?.[1] ?? NaN) };
}
