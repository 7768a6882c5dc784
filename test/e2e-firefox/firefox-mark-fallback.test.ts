import { readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchFirefox, type FirefoxExtension } from '../harness/launch-firefox';
import { addonWithoutHighlightApi } from '../harness/firefox-without-highlight-api';
import { startFixtureServer, type FixtureServer } from '../harness/fixture-server';
import { SAMPLE_ROUTES, SAMPLE_URL } from '../harness/sample-flow';
import { scoreFigures, seedGold as gold } from '../harness/seed-gold';
import { markTexts, openWithDocClip, selectText, sendToPage, storedClips } from '../harness/firefox-flow';

const EXCERPT = '花卉苗木基地建设目前已完成1800亩';

/**
 * DocClip in a Firefox without the CSS Custom Highlight API (as before Firefox 140): the add-on
 * copy of addonWithoutHighlightApi() hides `Highlight` from the content scripts, so DocClip's
 * own feature test picks the <mark> painter (src/content/mark-fallback.ts). The figures and
 * targets are then wrapped in <mark data-docclip-mark>, a clip can still be made over them, and
 * turning DocClip off for the page unwraps every mark: the page is exactly as the site sent it.
 */
describe('the <mark> painter where the Highlight API is missing, in Firefox', () => {
  let server: FixtureServer;
  let ff: FirefoxExtension;
  let page: Page;
  let addon: string;

  beforeAll(async () => {
    server = await startFixtureServer(SAMPLE_ROUTES);
    addon = await addonWithoutHighlightApi();
    ff = await launchFirefox({ proxy: server.proxy, dist: addon });
    page = await openWithDocClip(ff, SAMPLE_URL);
  });
  afterAll(async () => {
    await ff?.close();
    await server?.close();
    if (addon) await rm(addon, { recursive: true, force: true });
  });

  it('paints the gold figures and the targets with <mark>, and nothing with CSS.highlights', async () => {
    await expect.poll(async () => (await markTexts(page, 'docclip-figure')).length, { timeout: 10_000 }).toBeGreaterThan(0);
    const s = scoreFigures(await markTexts(page, 'docclip-figure'));
    expect(s.recall, `missed ${s.missed.join(' ')}`).toBeGreaterThanOrEqual(0.9);
    expect(s.precision, `wrong ${s.wrong.join(' ')}`).toBeGreaterThanOrEqual(0.9);
    const targets = (await markTexts(page, 'docclip-target')).join('');
    for (const t of gold.targets) expect(targets, `target not marked: ${t}`).toContain(t);
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
  });

  it('saves a clip over marked text from the in-page button, and marks it after a reload', async () => {
    await selectText(page, EXCERPT);
    await page.locator('docclip-ui >>> [data-action="clip"]').click();
    const library = await ff.openExtensionPage('src/library/index.html');
    await expect.poll(async () => (await storedClips(library)).map((c) => c.text), { timeout: 10_000 }).toEqual([EXCERPT]);
    await library.close();
    await page.reload();
    await page.waitForSelector('docclip-ui', { timeout: 20_000 });
    await expect.poll(async () => (await markTexts(page, 'docclip-clip')).join(''), { timeout: 10_000 }).toBe(EXCERPT);
  });

  it('turning off for the page unwraps every mark: the page is exactly as the site sent it', async () => {
    expect(await page.$$eval('mark[data-docclip-mark]', (m) => m.length)).toBeGreaterThan(0);
    expect(await sendToPage(ff, SAMPLE_URL, { type: 'page/set-enabled', enabled: false })).toMatchObject({ ok: true });
    const original = readFileSync(SAMPLE_ROUTES['m.777doc.com']['/p-231734.html'], 'utf8');
    const [restored, pristine] = await page.evaluate(
      (html) => [document.body.innerHTML, new DOMParser().parseFromString(html, 'text/html').body.innerHTML],
      original,
    );
    expect(restored).toBe(pristine);
    expect(await page.evaluate(() => document.body.querySelectorAll('mark').length)).toBe(0);
    expect(await sendToPage(ff, SAMPLE_URL, { type: 'page/set-enabled', enabled: true })).toMatchObject({ ok: true });
    await expect.poll(async () => (await markTexts(page, 'docclip-figure')).length, { timeout: 10_000 }).toBeGreaterThan(0);
  });
});
