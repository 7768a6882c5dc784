import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../harness/launch-extension';
import { startFixtureServer, type FixtureServer } from '../harness/fixture-server';
import { SAMPLE_ROUTES, SAMPLE_URL, downloadJson, openWithDocClip, storedClips } from '../harness/sample-flow';
import { clipWithBubble } from '../harness/library-flow';
import { parse as parseCsv } from 'csv-parse/sync';

const FIRST = '花卉苗木基地建设目前已完成1800亩';
const SECOND = '畜禽养殖区无害化处理率达80%以上';

/**
 * Categories and notes given at capture: two clips in a row, each given a category and a note in
 * the in-page clip bubble, are listed in the library with their chips, filtered by category, and
 * carry their category into the CSV and W3C Web Annotation exports; the filter does not outlive
 * a category the reader removes on the options page.
 */
describe('categories and notes from the clip bubble, in Chromium', () => {
  let server: FixtureServer;
  let ext: ExtensionBrowser;
  let page: Page;

  beforeAll(async () => {
    server = await startFixtureServer(SAMPLE_ROUTES);
    ext = await launchWithExtension({ proxy: server.proxy });
    page = await openWithDocClip(ext, SAMPLE_URL);
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('gives two clips in a row a category and a note in the bubble', async () => {
    await clipWithBubble(page, FIRST, '数据', '面积按亩计');
    await clipWithBubble(page, SECOND, '目标', '对照去年');
    const library = await ext.openExtensionPage('src/library/index.html');
    await expect.poll(async () => (await storedClips(library)).filter((c) => c.note !== '').length, { timeout: 10_000 }).toBe(2);
    await library.close();
  });

  it('lists both clips in the library with their chips, and filters them by category', async () => {
    const library = await ext.openExtensionPage('src/library/index.html');
    const clips = await storedClips(library);
    expect(clips.map((c) => [c.text, c.category, c.note]).sort()).toEqual(
      [
        [FIRST, '数据', '面积按亩计'],
        [SECOND, '目标', '对照去年'],
      ].sort(),
    );
    const row = (text: string) => library.locator('li', { hasText: text }).first();
    await expect.poll(() => row(FIRST).locator('select.category-chip').inputValue(), { timeout: 10_000 }).toBe('数据');
    expect(await row(SECOND).locator('select.category-chip').inputValue()).toBe('目标');
    // Every field of a row is inside the row's fixed height (the next row does not cover the note).
    for (const text of [FIRST, SECOND]) {
      const box = (await row(text).boundingBox())!;
      for (const field of ['select.category-chip', '[data-field="tags"]', '[data-field="note"]']) {
        const f = (await row(text).locator(field).first().boundingBox())!;
        expect(f.y + f.height, `${field} of «${text}»`).toBeLessThanOrEqual(box.y + box.height);
      }
    }

    const filter = library.locator('.filter-bar select[data-field="category"]');
    const shown = async () => [await library.locator('li', { hasText: FIRST }).count(), await library.locator('li', { hasText: SECOND }).count()];
    await filter.selectOption('目标');
    await expect.poll(shown, { timeout: 10_000 }).toEqual([0, 1]);
    await filter.selectOption('数据');
    await expect.poll(shown, { timeout: 10_000 }).toEqual([1, 0]);
    await library.close();
  });

  it('carries the category into the CSV and W3C Web Annotation exports', async () => {
    const library = await ext.openExtensionPage('src/library/index.html');
    await library.locator('li', { hasText: FIRST }).first().waitFor();
    const [download] = await Promise.all([library.waitForEvent('download'), library.click('[data-action="export-csv"]')]);
    const rows = parseCsv(await readFile(await download.path(), 'utf8'), { bom: true }) as string[][];
    const header = rows[0]!;
    const byText = new Map(rows.slice(1).map((r) => [r[header.indexOf('text')], r]));
    expect(byText.get(FIRST)![header.indexOf('category')]).toBe('数据');
    expect(byText.get(SECOND)![header.indexOf('category')]).toBe('目标');
    expect(byText.get(SECOND)![header.indexOf('note')]).toBe('对照去年');

    const w3c = (await downloadJson(library, '[data-action="export-web-annotation"]')).json as {
      first: { items: Array<{ target: { selector: Array<{ type: string; exact?: string }> }; body?: Array<{ purpose: string; value: string }> }> };
    };
    const classified = w3c.first.items.map((a) => [
      a.target.selector.find((s) => s.type === 'TextQuoteSelector')!.exact,
      a.body?.find((b) => b.purpose === 'classifying')?.value,
    ]);
    expect(classified.sort()).toEqual([[FIRST, '数据'], [SECOND, '目标']].sort());
    // The README's picture of the export menu, from the page's top to the status line under it
    // (the clips' list begins below), at twice the pixels (readable when GitHub shrinks it to its column): written to
    // docs/export-menu.png when UPDATE_DOCS=1 (a test run does not change the tree), else to the temp folder.
    // Chrome renders at the emulated scale; Playwright's own screenshot would scale back to CSS pixels.
    const cdp = await library.context().newCDPSession(library);
    await cdp.send('Emulation.setDeviceMetricsOverride', { width: 1100, height: 900, deviceScaleFactor: 2, mobile: false });
    const status = (await library.locator('.status-line').boundingBox())!;
    const shot = await cdp.send('Page.captureScreenshot', {
      format: 'png',
      clip: { x: 0, y: 0, width: 1100, height: Math.ceil(status.y + status.height + 12), scale: 1 },
    });
    await writeFile(process.env.UPDATE_DOCS === '1' ? 'docs/export-menu.png' : join(tmpdir(), 'docclip-export-menu.png'), Buffer.from(shot.data, 'base64'));
    await cdp.send('Emulation.clearDeviceMetricsOverride');
    await cdp.detach();
    await library.close();
  });

  it('drops a filter on a category the reader removes on the options page', async () => {
    const library = await ext.openExtensionPage('src/library/index.html');
    const filter = library.locator('.filter-bar select[data-field="category"]');
    const shown = async () => [await library.locator('li', { hasText: FIRST }).count(), await library.locator('li', { hasText: SECOND }).count()];
    await expect.poll(shown, { timeout: 10_000 }).toEqual([1, 1]);
    await filter.selectOption('措施');
    await expect.poll(shown, { timeout: 10_000 }).toEqual([0, 0]);

    const options = await ext.openExtensionPage('src/options/index.html');
    await expect.poll(() => options.locator('#categories').inputValue(), { timeout: 10_000 }).toContain('措施');
    const without = (await options.locator('#categories').inputValue()).split('\n').filter((line) => !line.startsWith('措施')).join('\n');
    await options.locator('#categories').fill(without);
    await options.click('[data-action="save-categories"]');
    await options.locator('.success[role="status"]').waitFor();
    await options.close();

    await library.bringToFront();
    await expect.poll(shown, { timeout: 10_000 }).toEqual([1, 1]);
    expect(await filter.inputValue()).toBe('');
    expect(await filter.locator('option').allTextContents()).not.toContain('措施');
    await library.close();
  });
});
