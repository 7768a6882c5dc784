import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../harness/launch-extension';
import { startFixtureServer, type FixtureServer } from '../harness/fixture-server';
import {
  SAMPLE_ROUTES, SAMPLE_URL, downloadJson, highlightTexts, openWithDocClip, pageStatus, selectText, storedClips, visibleText,
} from '../harness/sample-flow';
import type { Page } from 'playwright-core';
import { scoreFigures, seedGold, squeeze } from '../harness/seed-gold';

const gold = seedGold;
const score = (found: string[]) => scoreFigures(found);

describe('DocClip on the sample 三七文档 page, in Chromium', () => {
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

  it('hides every gold clutter string and keeps every content string and join', async () => {
    const seen = squeeze(await visibleText(page));
    for (const c of gold.clutter) expect(seen, `clutter still visible: ${c}`).not.toContain(squeeze(c));
    for (const c of [...gold.content, ...gold.joins]) expect(seen, `missing: ${c}`).toContain(squeeze(c));
    const status = await pageStatus(ext, SAMPLE_URL);
    expect(status.documentCharsHidden).toBe(0);
    expect(status.hidden).toBeGreaterThan(0);
    expect(status.repaired).toBeGreaterThan(0);
  });

  it('highlights the gold figures (≥ 90% recall and precision), no identifiers, and every target', async () => {
    const figures = await highlightTexts(page, 'docclip-figure');
    const s = score(figures);
    expect(s.recall, `missed ${s.missed.join(' ')}`).toBeGreaterThanOrEqual(0.9);
    expect(s.precision, `wrong ${s.wrong.join(' ')}`).toBeGreaterThanOrEqual(0.9);
    for (const n of gold.not_figures) expect(figures, `identifier highlighted: ${n}`).not.toContain(n);
    const targets = await highlightTexts(page, 'docclip-target');
    for (const t of gold.targets) expect(targets.some((h) => h.includes(t)), `target not highlighted: ${t}`).toBe(true);
  });

  it('saves a clip from the in-page button into IndexedDB and exports it as JSON', async () => {
    const excerpt = '“三线”下地工程总投资438万元,一期工程投入198万元已到位';
    await selectText(page, excerpt);
    const button = page.locator('docclip-ui [data-action="clip"]');
    await button.waitFor({ state: 'visible' });
    await button.click();
    const popup = await ext.openExtensionPage('src/popup/index.html');
    await expect.poll(async () => (await storedClips(popup)).length, { timeout: 10_000 }).toBe(1);
    const [clip] = await storedClips(popup);
    expect(clip).toMatchObject({ text: excerpt, site: '777doc', docTitle: '组织部生态保护研讨发言' });
    expect(clip!.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const [quote, position] = clip!.selectors as Array<Record<string, unknown>>;
    expect(quote).toMatchObject({ type: 'TextQuoteSelector', exact: excerpt });
    expect(position).toMatchObject({ type: 'TextPositionSelector' });
    expect((clip!.figures as Array<{ text: string; value: number }>).map((f) => [f.text, f.value])).toEqual([
      ['438万元', 4_380_000],
      ['198万元', 1_980_000],
    ]);

    const exported = await downloadJson(popup, '[data-action="export-json"]');
    expect(exported.name).toMatch(/\.json$/);
    expect(exported.json).toMatchObject({ format: 'docclip.clips', version: 3, clips: [{ id: clip!.id, text: excerpt }] });
    await popup.close();
  });

  it('turns off for the page and restores it exactly, then back on', async () => {
    const before = await page.evaluate(() => document.body.innerHTML);
    const worker = ext.context.serviceWorkers()[0]!;
    const send = (enabled: boolean) =>
      worker.evaluate(
        async ([url, on]) => {
          const [tab] = await chrome.tabs.query({ url: url as string });
          return chrome.tabs.sendMessage(tab!.id!, { type: 'page/set-enabled', enabled: on });
        },
        [SAMPLE_URL, enabled] as const,
      );
    await send(false);
    const original = readFileSync(SAMPLE_ROUTES['m.777doc.com']['/p-231734.html'], 'utf8');
    const [restored, pristine] = await page.evaluate(
      (html) => [document.body.innerHTML, new DOMParser().parseFromString(html, 'text/html').body.innerHTML],
      original,
    );
    expect(restored).toBe(pristine);
    expect(await highlightTexts(page, 'docclip-figure')).toEqual([]);
    await send(true);
    expect(await page.evaluate(() => document.body.innerHTML)).toBe(before);
  });

  it('turns off for the whole site: every page of it is left as the site sent it, until turned back on', async () => {
    const worker = ext.context.serviceWorkers()[0]!;
    const setSite = (enabled: boolean) =>
      worker.evaluate(
        async ([url, on]) => {
          const [tab] = await chrome.tabs.query({ url: url as string });
          return chrome.tabs.sendMessage(tab!.id!, { type: 'page/set-enabled', enabled: on, scope: 'site' });
        },
        [SAMPLE_URL, enabled] as const,
      );
    expect(await setSite(false)).toMatchObject({ ok: true, value: { enabled: false, siteEnabled: false } });
    const other = await ext.context.newPage();
    await other.goto(SAMPLE_URL + '?from=list');
    await other.waitForTimeout(1500);
    expect(await other.locator('[data-docclip-hidden]').count()).toBe(0);
    expect(await other.locator('docclip-ui').count()).toBe(0);
    await other.close();
    expect(await setSite(true)).toMatchObject({ ok: true, value: { enabled: true, siteEnabled: true } });
    expect(await page.locator('[data-docclip-hidden]').count()).toBeGreaterThan(0);
  });

  it("paints the reader's watch terms from the options and follows their changes", async () => {
    const options = await ext.openExtensionPage('src/options/index.html');
    await options.locator('#watch-terms').fill('雪峰山\n河长制');
    await options.click('[data-action="save-options"]');
    await expect.poll(() => highlightTexts(page, 'docclip-watch'), { timeout: 10_000 }).toEqual(['雪峰山', '雪峰山', '河长制', '河长制']);
    await options.locator('#watch-terms').fill('');
    await options.click('[data-action="save-options"]');
    await expect.poll(() => highlightTexts(page, 'docclip-watch'), { timeout: 10_000 }).toEqual([]);
    await options.close();
  });
});
