import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { parse as parseYaml } from 'yaml';
import { createClipsSchemaValidator } from '../unit/helpers/clips-schema-validator';
import { launchFirefox, type FirefoxExtension } from '../harness/launch-firefox';
import { startFixtureServer, type FixtureServer } from '../harness/fixture-server';
import { SAMPLE_ROUTES, SAMPLE_URL } from '../harness/sample-flow';
import { clearStoredClips } from '../harness/in-page';
import { scoreFigures, seedGold as gold, squeeze } from '../harness/seed-gold';
import {
  downloadJson, downloadText, highlightTexts, openWithDocClip, pageStatus, selectText, storedClips, visibleText,
} from '../harness/firefox-flow';

const EXCERPT = '“三线”下地工程总投资438万元,一期工程投入198万元已到位';

/**
 * The sample 三七文档 page in Debian's Firefox ESR with the built add-on (dist-firefox/) installed
 * as a temporary add-on: cleaned and highlighted by the manifest's content script; a clip made
 * with the in-page 摘录 button (a real click: the UI ignores untrusted events) and stored by the
 * background — an event page in Firefox, not a service worker; the library lists it, exports it
 * and imports the file back.
 */
describe('DocClip on the sample 三七文档 page, in Firefox', () => {
  let server: FixtureServer;
  let ff: FirefoxExtension;
  let page: Page;

  beforeAll(async () => {
    server = await startFixtureServer(SAMPLE_ROUTES);
    ff = await launchFirefox({ proxy: server.proxy });
    page = await openWithDocClip(ff, SAMPLE_URL);
  });
  afterAll(async () => {
    await ff?.close();
    await server?.close();
  });

  it('runs its background as an event page (Firefox has no extension service worker)', async () => {
    const background = await ff.inExtension(async () => {
      const page = await browser.runtime.getBackgroundPage();
      return { url: page?.location.href ?? null, workers: 'serviceWorker' in navigator };
    }, null);
    expect(background.url).toBe(`${ff.base}_generated_background_page.html`);
    expect(background.workers).toBe(false);
  });

  it('hides every gold clutter string and keeps every content string and join', async () => {
    const seen = squeeze(await visibleText(page));
    for (const c of gold.clutter) expect(seen, `clutter still visible: ${c}`).not.toContain(squeeze(c));
    for (const c of [...gold.content, ...gold.joins]) expect(seen, `missing: ${c}`).toContain(squeeze(c));
    const status = await pageStatus(ff, SAMPLE_URL);
    expect(status.documentCharsHidden).toBe(0);
    expect(status.hidden).toBeGreaterThan(0);
    expect(status.repaired).toBeGreaterThan(0);
  });

  it('highlights the gold figures with CSS.highlights (≥ 90% recall and precision) and every target', async () => {
    const figures = await highlightTexts(page, 'docclip-figure');
    const s = scoreFigures(figures);
    expect(s.recall, `missed ${s.missed.join(' ')}`).toBeGreaterThanOrEqual(0.9);
    expect(s.precision, `wrong ${s.wrong.join(' ')}`).toBeGreaterThanOrEqual(0.9);
    for (const n of gold.not_figures) expect(figures, `identifier highlighted: ${n}`).not.toContain(n);
    const targets = await highlightTexts(page, 'docclip-target');
    for (const t of gold.targets) expect(targets.some((h) => h.includes(t)), `target not highlighted: ${t}`).toBe(true);
    expect(await page.$$eval('mark[data-docclip-mark]', (marks) => marks.length)).toBe(0);
  });

  it('has its 保存摘录 context-menu item, created by the background page on install (Firefox: menus)', async () => {
    // Firefox's menus API cannot list items, but update() rejects for an id it does not know.
    // The native menu itself (a right click) is not opened here: it is browser UI, out of BiDi's reach.
    const found = await ff.inExtension(async () => {
      const tryUpdate = (id: string) => browser.contextMenus.update(id, {}).then(() => 'ok', (e: unknown) => String(e));
      return { ours: await tryUpdate('docclip-save-clip'), other: await tryUpdate('no-such-item') };
    }, null);
    expect(found.ours).toBe('ok');
    expect(found.other).not.toBe('ok');
  });

  it('saves a clip from the in-page button (a real click), stored by the background page', async () => {
    await selectText(page, EXCERPT);
    await page.locator('docclip-ui >>> [data-action="clip"]').click();
    const library = await ff.openExtensionPage('src/library/index.html');
    await expect.poll(async () => (await storedClips(library)).length, { timeout: 10_000 }).toBe(1);
    const [clip] = await storedClips(library);
    expect(clip).toMatchObject({ text: EXCERPT, site: '777doc', docTitle: '组织部生态保护研讨发言', url: SAMPLE_URL });
    expect(clip!.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect((clip!.figures as Array<{ text: string; value: number }>).map((f) => [f.text, f.value])).toEqual([
      ['438万元', 4_380_000],
      ['198万元', 1_980_000],
    ]);
    await library.close();
  });

  it('re-anchors the clip after a reload (asking the background page for the clips of the page) and paints it', async () => {
    await page.reload();
    await page.waitForSelector('docclip-ui', { timeout: 20_000 });
    await expect.poll(() => highlightTexts(page, 'docclip-clip'), { timeout: 10_000 }).toEqual([EXCERPT]);
    expect((await pageStatus(ff, SAMPLE_URL)).clipsShown).toBe(1);
  });

  it('the library lists the clip, exports JSON that validates, and imports it back exactly once', async () => {
    const library = await ff.openExtensionPage('src/library/index.html');
    await expect.poll(() => library.evaluate(() => document.body.innerText), { timeout: 10_000 }).toContain(EXCERPT.slice(0, 12));
    const exported = await downloadJson(ff, library, '[data-action="export-json"]');
    expect(exported.name).toMatch(/\.json$/);
    const validate = createClipsSchemaValidator();
    expect(validate(exported.json), JSON.stringify(validate.errors)).toBe(true);
    const before = await storedClips(library);
    expect(exported.json).toMatchObject({ format: 'docclip.clips', version: 3, clips: [{ id: before[0]!.id, text: EXCERPT }] });
    await library.close();

    const emptied = await ff.openExtensionPage('src/library/index.html');
    await emptied.evaluate(clearStoredClips);
    await emptied.close();
    const fresh = await ff.openExtensionPage('src/library/index.html');
    expect(await storedClips(fresh)).toEqual([]);
    const input = (await fresh.waitForSelector('input[data-field="import-file"]'))!;
    await input.uploadFile(exported.path);
    await expect.poll(async () => (await storedClips(fresh)).length, { timeout: 10_000 }).toBe(1);
    expect(await storedClips(fresh)).toEqual(before);
    await expect.poll(() => fresh.evaluate(() => document.body.innerText), { timeout: 10_000 }).toContain(EXCERPT.slice(0, 12));

    await input.uploadFile(exported.path);
    await expect.poll(() => fresh.evaluate(() => document.body.innerText)).toMatch(/跳过 1|skipped 1/i);
    expect(await storedClips(fresh)).toHaveLength(1);

    const bad = join(tmpdir(), 'docclip-ff-bad-import.json');
    const doc = exported.json as { clips: Array<Record<string, unknown>> };
    writeFileSync(bad, JSON.stringify({ ...doc, clips: [...doc.clips, { ...doc.clips[0], id: 'not-a-uuid' }] }));
    await input.uploadFile(bad);
    await expect.poll(() => fresh.evaluate(() => document.querySelector('[role="alert"]')?.textContent ?? '')).toContain('clips[1].id');
    expect(await storedClips(fresh)).toHaveLength(1);
    await fresh.close();
  });

  it("downloads the page's full text as Markdown from the popup: front matter read by yaml, no clutter, the clip marked once", async () => {
    const tabId = await ff.inExtension(async (url) => (await browser.tabs.query({ url }))[0]!.id!, SAMPLE_URL);
    const popup = await ff.openExtensionPage(`src/popup/index.html?tabId=${tabId}`);
    await popup.waitForSelector('[data-action="full-text-markdown"]', { visible: true });
    // Every full-text file ends with its footnotes and a line break.
    const file = await downloadText(ff, popup, '[data-action="full-text-markdown"]', (text) => /\[\^1\]: [^\n]*\n$/.test(text));
    expect(file.name).toBe(`${gold.title} 全文.md`);
    const match = /^---\n([^]*?)\n---\n([^]*)$/.exec(file.text)!;
    expect(parseYaml(match[1]!)).toMatchObject({ title: gold.title, url: SAMPLE_URL, site: '三七文档', 'pages-shown': '1-9', 'pages-total': gold.pageCount });
    const body = match[2]!;
    expect(body).toContain(`网站显示了第 1–9 页（共 ${gold.pageCount} 页）`);
    expect(body.match(/<mark>[^]*?<\/mark>\[\^\d+\]/g)).toEqual([`<mark>${EXCERPT}</mark>[^1]`]);
    const seen = squeeze(body.replace(/<\/?mark>|\[\^\d+\](?!:)|\\/g, ''));
    for (const c of gold.clutter) expect(seen, `clutter in the export: ${c}`).not.toContain(squeeze(c));
    for (const c of [...gold.joins, ...gold.content]) expect(seen, `missing from the export: ${c}`).toContain(squeeze(c));
    await popup.close();
  });

  it('turns off for the page from the popup and restores it exactly, then back on', async () => {
    const before = await page.evaluate(() => document.body.innerHTML);
    const tabId = await ff.inExtension(async (url) => (await browser.tabs.query({ url }))[0]!.id!, SAMPLE_URL);
    const popup = await ff.openExtensionPage(`src/popup/index.html?tabId=${tabId}`);
    const toggle = await popup.waitForSelector('[data-action="set-enabled"]', { visible: true });
    await toggle!.click();
    await expect.poll(() => page.$$eval('[data-docclip-hidden]', (e) => e.length), { timeout: 10_000 }).toBe(0);
    expect(await highlightTexts(page, 'docclip-figure')).toEqual([]);
    await toggle!.click();
    await expect.poll(() => page.evaluate(() => document.body.innerHTML), { timeout: 10_000 }).toBe(before);
    await popup.close();
  });
});
