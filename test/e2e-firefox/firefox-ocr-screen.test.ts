import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { characterErrorRate, comparableText } from '../../src/core/ocr/cer';
import type { RenderedPage } from '../../scripts/ocr/render-pages';
import { launchFirefox, type FirefoxExtension } from '../harness/launch-firefox';
import { startFixtureServer, type FixtureServer } from '../harness/fixture-server';
import { openWithDocClip, waitFor } from '../harness/firefox-flow';
import { startXvfb, type VirtualDisplay } from '../harness/xvfb';
import { DOC_URL, doc88CanvasRoutes, LINE_HEIGHT, lineTop } from '../harness/doc88-canvas-fixture';

/**
 * OCR off the screen in Firefox ESR (headed, on Xvfb): the 道客巴巴-like page of tainted canvases
 * (doc88-canvas-fixture.ts). Firefox allows tabs.captureVisibleTab with `activeTab` (since 126),
 * which its OCR shortcut Alt+Shift+O grants like Chrome's; the engine runs in the background page.
 * The layer holds the lines that were on the screen and none of those below it.
 */
const layerStates = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll('[data-docclip-ocr]')].map((l) => `${l.getAttribute('data-docclip-ocr-page')}:${l.getAttribute('data-docclip-ocr')}`));

describe('OCR of tainted canvases off the screen (Firefox on Xvfb)', () => {
  let server: FixtureServer;
  let ff: FirefoxExtension;
  let screen: VirtualDisplay;
  let pages: RenderedPage[];

  beforeAll(async () => {
    const fixture = await doc88CanvasRoutes();
    pages = fixture.pages;
    screen = await startXvfb('firefox');
    server = await startFixtureServer(fixture.routes);
    ff = await launchFirefox({ proxy: server.proxy, display: screen.display });
  }, 120_000);
  afterAll(async () => {
    await ff?.close();
    await server?.close();
    screen?.stop();
  });

  it('reads the visible part of page 1 on Alt+Shift+O', async () => {
    const page = await openWithDocClip(ff, DOC_URL);
    try {
      await page.bringToFront();
      await page.waitForFunction(() => document.querySelectorAll('canvas.inner_page[data-drawn]').length === 2);
      await page.evaluate(() => window.scrollBy(0, document.querySelector('#page_1')!.getBoundingClientRect().top - 400));
      screen.pressKeys('alt+shift+o');
      const states = await waitFor(() => layerStates(page), (s) => s[0] === '1:failed' || (s[0] === '1:done' && s[1] === '2:waiting'), 180_000);
      const label = await page.evaluate(() => document.querySelector('[data-docclip-ocr-page="1"]')!.getAttribute('data-docclip-ocr-label'));
      expect(states, label ?? '').toEqual(['1:done', '2:waiting']);
      const [, , , bottom = 0] = (await page.evaluate(() => document.querySelector('[data-docclip-ocr-page="1"]')!.getAttribute('data-docclip-ocr-screen') ?? '')).split(',').map(Number);
      const drawn = pages[0]!.lines.map((text, k) => ({ text, top: lineTop(k), bottom: lineTop(k) + LINE_HEIGHT }));
      const shown = drawn.filter((l) => l.bottom <= bottom).map((l) => l.text);
      const hidden = drawn.filter((l) => l.top >= bottom).map((l) => comparableText(l.text)).filter((l) => l.length >= 8);
      expect(hidden.length).toBeGreaterThan(2);
      const read = comparableText(await page.evaluate(() => document.querySelector('[data-docclip-ocr-page="1"]')!.textContent ?? ''));
      expect(characterErrorRate(read, comparableText(shown.join(''))), read).toBeLessThan(0.02);
      for (const line of hidden) expect(read).not.toContain(line.slice(0, 8));
      // The layer covers the canvas; its first line sits on the first drawn line (12 % across, 8 % of the width down).
      const geometry = await page.evaluate(() => {
        const canvas = document.querySelector('#page_1')!;
        const c = canvas.getBoundingClientRect();
        const l = canvas.nextElementSibling!.getBoundingClientRect();
        const first = canvas.nextElementSibling!.querySelector('span')!.getBoundingClientRect();
        return { off: Math.abs(l.left - c.left) + Math.abs(l.top - c.top) + Math.abs(l.width - c.width) + Math.abs(l.height - c.height), left: (first.left - c.left) / c.width, top: (first.top - c.top) / c.width };
      });
      expect(geometry.off).toBeLessThan(1);
      expect(Math.abs(geometry.left - 0.12)).toBeLessThan(0.02);
      expect(Math.abs(geometry.top - 0.08)).toBeLessThan(0.02);
    } finally {
      await page.close();
    }
  }, 300_000);
});
