import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchFirefox, type FirefoxExtension } from '../harness/launch-firefox';
import { startFixtureServer, type FixtureServer } from '../harness/fixture-server';
import { highlightTexts, openWithDocClip, pageStatus, sendToPage, storedClips, waitFor } from '../harness/firefox-flow';
import { DOC_URL, imagePageRoutes } from '../harness/ocr-image-fixture';
import { selectLayerText } from '../harness/select-layer-text';

/**
 * OCR of a document shown as page images in Firefox ESR (dist-firefox/): there the engine runs
 * in the background page, an event page with a DOM (no offscreen document). The reader asks
 * for the reading (page/ocr, as the popup's button does); the layer is laid over the <img>, its
 * figures highlighted, and a clip of it records source "ocr", the page and the confidence.
 */
const TAB = `${DOC_URL}*`;

const layerStates = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll('[data-docclip-ocr]')].map((l) => `${l.getAttribute('data-docclip-ocr-page')}:${l.getAttribute('data-docclip-ocr')}`));

describe('OCR of page images in the add-on (Firefox)', () => {
  let server: FixtureServer;
  let ff: FirefoxExtension;

  beforeAll(async () => {
    server = await startFixtureServer(await imagePageRoutes());
    ff = await launchFirefox({ proxy: server.proxy });
  }, 120_000);
  afterAll(async () => {
    await ff?.close();
    await server?.close();
  });

  it('reads the page image in the background page, lays the text and clips it with source ocr', async () => {
    const page = await openWithDocClip(ff, DOC_URL);
    try {
      await waitFor(() => pageStatus(ff, TAB), (s) => s.ocr?.images === 1, 20_000);
      const started = await sendToPage(ff, TAB, { type: 'page/ocr' });
      expect(started).toEqual({ ok: true, value: 1 });
      const states = await waitFor(() => layerStates(page), (s) => s[0] === '1:done' || s[0] === '1:failed', 180_000);
      expect(states).toEqual(['1:done']);
      // Firefox's background page is not cross-origin isolated: onnxruntime runs on one thread.
      expect(await page.evaluate(() => document.querySelector('[data-docclip-ocr]')!.getAttribute('data-docclip-ocr-threads'))).toBe('1');
      const text = await page.evaluate(() => document.querySelector('[data-docclip-ocr]')!.textContent!.replace(/\s+/g, ''));
      expect(text).toContain('全年开展院感知识培训14次');
      const figures = await waitFor(() => highlightTexts(page, 'docclip-figure'), (f) => f.includes('88.6%'), 10_000);
      expect(figures).toEqual(expect.arrayContaining(['1.19%', '88.6%']));

      // Hovering a figure shows the confidence it was read with and the image crop it was read in.
      // Where 88.6% is now, looked up again at each look (the layer's units may be analysed
      // again after it is laid, which replaces the painted ranges), and the pointer moved there
      // a little differently each time, as a reader's is: a move made while DocClip was still
      // analysing the layer shows no tip.
      let jiggle = 0;
      const tip = await waitFor(
        async () => {
          const at = await page.evaluate(() => {
            const range = [...(CSS.highlights.get('docclip-figure') ?? [])].find((r) => r instanceof Range && r.toString() === '88.6%' && r.startContainer.isConnected) as Range | undefined;
            if (!range) return null;
            (range.startContainer.parentElement as Element).scrollIntoView({ block: 'center' });
            const box = range.getBoundingClientRect();
            return box.width > 0 ? { x: box.left + box.width / 2, y: box.top + box.height / 2 } : null;
          });
          if (!at) return { hidden: true, text: '', ocr: '', crop: null };
          await page.mouse.move(at.x + (jiggle++ % 2), at.y);
          await new Promise((r) => setTimeout(r, 100));
          return page.evaluate(() => {
            const el = document.querySelector('docclip-ui')!.shadowRoot!.querySelector<HTMLElement>('.tip')!;
            const crop = el.querySelector('canvas.tip-crop')?.getBoundingClientRect();
            return { hidden: el.hidden, text: el.textContent ?? '', ocr: el.querySelector('.tip-ocr')?.textContent ?? '', crop: crop ? { width: crop.width, height: crop.height } : null };
          });
        },
        (t) => !t.hidden && t.ocr !== '',
        15_000,
      );
      expect(tip.text).toContain('88.6%');
      expect(tip.ocr).toMatch(/\d+\s?%/);
      expect(tip.crop!.width).toBeGreaterThan(tip.crop!.height);
      expect(tip.crop!.height).toBeGreaterThan(10);
      await page.screenshot({ path: '/tmp/firefox-ocr-figure-hover.png' });
      await page.mouse.move(2, 2);

      await page.evaluate(selectLayerText, { text: '手卫生依从率' });
      const clipped = await sendToPage(ff, TAB, { type: 'page/clip', tags: [], note: '' });
      expect(clipped.ok, clipped.error).toBe(true);
      const library = await ff.openExtensionPage('src/library/index.html');
      const [clip] = await waitFor(() => storedClips(library), (c) => c.length === 1, 10_000);
      expect(clip).toMatchObject({ text: '手卫生依从率', source: 'ocr', page: 1 });
      expect(clip!.confidence).toBeGreaterThan(0.9);
      await library.close();
    } finally {
      await page.close();
    }
  }, 240_000);
});
