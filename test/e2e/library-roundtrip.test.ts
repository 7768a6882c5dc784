import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createClipsSchemaValidator } from '../unit/helpers/clips-schema-validator';
import { launchWithExtension, type ExtensionBrowser } from '../harness/launch-extension';
import { startFixtureServer, type FixtureServer } from '../harness/fixture-server';
import {
  SAMPLE_URL, downloadJson, highlightTexts, openPopupFor, openWithDocClip, pageStatus, selectText, storedClips,
} from '../harness/sample-flow';

const SAMPLE = readFileSync('demo/777doc/index.html', 'utf8');
const FIRST = '花卉苗木基地建设目前已完成1800亩';
const SECOND = '畜禽养殖区无害化处理率达80%以上';
/** The same sentence as a site re-renders it with full-width punctuation. */
const SECOND_FULL_WIDTH = '畜禽养殖区无害化处理率达80％以上';

/**
 * The researcher's round trip: clip (in-page button and popup with tags and note) → reload →
 * clips re-anchored and painted → a page re-rendered with full-width punctuation still shows the
 * clip, and the popup and library say its text changed → a changed page lists what it cannot find → export validates
 * against the schema → import into an empty library restores it, a second import adds nothing,
 * a bad file is refused with a message and changes nothing.
 */
describe('clip → reload → re-anchor → export → import, in Chromium', () => {
  let server: FixtureServer;
  let ext: ExtensionBrowser;
  let page: Page;
  let version = 'original';

  beforeAll(async () => {
    server = await startFixtureServer({
      'm.777doc.com': {
        '/p-231734.html': () =>
          version === 'original' ? SAMPLE : version === 'width' ? SAMPLE.replace(SECOND, SECOND_FULL_WIDTH) : SAMPLE.replace(SECOND, '畜禽养殖区处理率另行统计'),
      },
    });
    ext = await launchWithExtension({ proxy: server.proxy });
    page = await openWithDocClip(ext, SAMPLE_URL);
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('saves from the in-page button and from the popup with tags and a note', async () => {
    await selectText(page, FIRST);
    await page.locator('docclip-ui [data-action="clip"]').click();
    await selectText(page, SECOND);
    const popup = await openPopupFor(ext, SAMPLE_URL);
    await popup.fill('input[name="tags"]', '畜牧, 目标');
    await popup.fill('textarea[name="note"]', '对照去年数据');
    await popup.click('[data-action="save-clip"]');
    await popup.locator('.success[role="status"]').waitFor();
    const clips = await storedClips(popup);
    expect(clips.map((c) => c.text).sort()).toEqual([FIRST, SECOND].sort());
    expect(clips.find((c) => c.text === SECOND)).toMatchObject({ tags: ['畜牧', '目标'], note: '对照去年数据' });
    await popup.close();
  });

  it('re-anchors both clips after a reload and paints them', async () => {
    await page.reload();
    await page.waitForSelector('docclip-ui', { state: 'attached' });
    await expect.poll(async () => (await highlightTexts(page, 'docclip-clip')).sort(), { timeout: 10_000 }).toEqual([FIRST, SECOND].sort());
    const status = await pageStatus(ext, SAMPLE_URL);
    expect(status.clipsShown).toBe(2);
    expect(status.clipsNotFound).toEqual([]);
  });

  it("opens a clip's source from the library scrolled to the clip and flashes it", async () => {
    const library = await ext.openExtensionPage('src/library/index.html');
    const row = library.locator('li', { hasText: FIRST }).first();
    const [source] = await Promise.all([ext.context.waitForEvent('page'), row.locator('[data-action="open-source"]').click()]);
    expect(source.url()).toMatch(/#docclip=[0-9a-f-]{36}$/);
    await source.waitForSelector('docclip-ui', { state: 'attached' });
    await expect.poll(() => highlightTexts(source, 'docclip-focus'), { timeout: 10_000 }).toEqual([FIRST]);
    expect(await source.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    await Promise.all([source.close(), library.close()]);
  });

  it('finds a clip whose punctuation turned full-width, paints it, and says in the popup and library that the text changed', async () => {
    version = 'width';
    await page.reload();
    await page.waitForSelector('docclip-ui', { state: 'attached' });
    await expect.poll(async () => (await highlightTexts(page, 'docclip-clip')).sort(), { timeout: 10_000 }).toEqual([FIRST, SECOND_FULL_WIDTH].sort());
    const status = await pageStatus(ext, SAMPLE_URL);
    expect(status.clipsNotFound).toEqual([]);
    expect(status.clipsChanged).toEqual([{ id: expect.any(String), saved: SECOND, now: SECOND_FULL_WIDTH }]);
    const popup = await openPopupFor(ext, SAMPLE_URL);
    const notice = popup.locator('[data-state="text-changed"]');
    await expect.poll(() => notice.count(), { timeout: 10_000 }).toBe(1);
    const said = await notice.innerText();
    expect(said).toMatch(/页面上的文字已改变|Text changed on the page/);
    expect(said).toContain(SECOND);
    expect(said).toContain(SECOND_FULL_WIDTH);
    await popup.screenshot({ path: join(tmpdir(), 'docclip-popup-text-changed.png') });
    await popup.close();
    const library = await ext.openExtensionPage('src/library/index.html');
    const row = library.locator('li', { hasText: SECOND }).first();
    await expect.poll(() => row.locator('[data-state="text-changed"]').innerText(), { timeout: 10_000 }).toContain(SECOND_FULL_WIDTH);
    expect(await library.locator('li', { hasText: FIRST }).first().locator('[data-state="text-changed"]').count()).toBe(0);
    await library.screenshot({ path: join(tmpdir(), 'docclip-library-text-changed.png') });
    await library.close();
    version = 'original';
  });

  it('lists a clip it cannot find on a changed page instead of dropping or misplacing it', async () => {
    version = 'changed';
    await page.reload();
    await page.waitForSelector('docclip-ui', { state: 'attached' });
    await expect.poll(async () => (await pageStatus(ext, SAMPLE_URL)).clipsNotFound.map((c) => c.text), { timeout: 10_000 }).toEqual([SECOND]);
    expect(await highlightTexts(page, 'docclip-clip')).toEqual([FIRST]);
    const popup = await openPopupFor(ext, SAMPLE_URL);
    await expect.poll(() => popup.locator('.not-found').innerText()).toContain(SECOND.slice(0, 10));
    await popup.close();
    version = 'original';
  });

  it('exports JSON that validates, and imports it back exactly once', async () => {
    const library = await ext.openExtensionPage('src/library/index.html');
    const exported = await downloadJson(library, '[data-action="export-json"]');
    const validate = createClipsSchemaValidator();
    expect(validate(exported.json), JSON.stringify(validate.errors)).toBe(true);
    const before = (await storedClips(library)).sort((a, b) => String(a.id).localeCompare(String(b.id)));
    expect(before).toHaveLength(2);

    await library.evaluate(() => new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('docclip');
      open.onsuccess = () => {
        const tx = open.result.transaction('clips', 'readwrite');
        tx.objectStore('clips').clear();
        tx.oncomplete = () => { open.result.close(); resolve(); };
        tx.onerror = () => reject(tx.error);
      };
    }));
    await library.reload();
    const input = library.locator('[data-field="import-file"]');
    await input.setInputFiles(exported.path);
    await expect.poll(async () => (await storedClips(library)).length, { timeout: 10_000 }).toBe(2);
    const after = (await storedClips(library)).sort((a, b) => String(a.id).localeCompare(String(b.id)));
    expect(after).toEqual(before);

    await input.setInputFiles(exported.path);
    await expect.poll(() => library.locator('body').innerText()).toMatch(/跳过 2|skipped 2/i);
    expect(await storedClips(library)).toHaveLength(2);

    const bad = join(tmpdir(), 'docclip-bad-import.json');
    const doc = exported.json as { clips: Array<Record<string, unknown>> };
    writeFileSync(bad, JSON.stringify({ ...doc, clips: [...doc.clips, { ...doc.clips[0], id: 'not-a-uuid' }] }));
    await input.setInputFiles(bad);
    const alert = library.locator('[role="alert"]');
    await expect.poll(() => alert.innerText()).toContain('clips[2].id');
    expect(await storedClips(library)).toHaveLength(2);
    await library.screenshot({ path: join(tmpdir(), 'docclip-library.png') });
    await library.close();
  });
});
