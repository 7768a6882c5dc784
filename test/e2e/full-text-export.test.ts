import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { parse as parseYaml } from 'yaml';
import { launchWithExtension, type ExtensionBrowser } from '../harness/launch-extension';
import { startFixtureServer, type FixtureServer } from '../harness/fixture-server';
import { SAMPLE_ROUTES, SAMPLE_URL, openPopupFor, openWithDocClip, selectText, sendToPage, storedClips } from '../harness/sample-flow';
import { clipWithBubble } from '../harness/library-flow';
import { seedGold as gold, squeeze } from '../harness/seed-gold';

/** Three clips on the sample: one given a category and note in the bubble, one over a repaired page join (经7/20济), one from the popup. */
const DATA = '花卉苗木基地建设目前已完成1800亩';
const JOINED = '作为引领全县经济社会发展';
const TARGET = '畜禽养殖区无害化处理率达80%以上';
const CLIPS = [DATA, JOINED, TARGET];

/**
 * The pages the sample shows: its text carries the site's markers 1/20, 3/20, 5/20, 7/20 and
 * 9/20 (the page count is the gold's), so the site showed pages 1 to 9 of 20.
 */
const PAGES_SENTENCE = `网站显示了第 1–9 页（共 ${gold.pageCount} 页）`;

/** Today as the browser (same machine, same time zone) writes an access date. */
function todayIso(): string {
  const now = new Date();
  return [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
}

/** Clicks a control of the popup and reads the file it downloads. */
async function download(popup: Page, action: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([popup.waitForEvent('download'), popup.click(`[data-action="${action}"]`)]);
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

/** Markdown's backslash escapes undone (the text is compared with the page's as a reader would read it). */
const unescapeMarkdown = (s: string) => s.replace(/\\(.)/g, '$1');

/** Every occurrence of `needle` in `hay`. */
function occurrences(hay: string, needle: string): number {
  let n = 0;
  for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + needle.length)) n++;
  return n;
}

/** The checks both formats share: clutter gone, repaired words and the document's content there. */
function expectCleaned(text: string): void {
  const seen = squeeze(text);
  for (const c of gold.clutter) expect(seen, `clutter in the export: ${c}`).not.toContain(squeeze(c));
  for (const c of [...gold.joins, ...gold.content]) expect(seen, `missing from the export: ${c}`).toContain(squeeze(c));
}

/**
 * The popup's "full text of this page", in Chromium: the sample 三七文档 page with three clips,
 * downloaded as Markdown (front matter read by `yaml`) and plain text, each checked against the
 * sample's expected analysis; a page that turned DocClip off and a reply of the wrong shape give
 * an error in the popup and no file.
 */
describe("the popup's full-text export of the sample page, in Chromium", () => {
  let server: FixtureServer;
  let ext: ExtensionBrowser;
  let page: Page;
  let popup: Page;

  beforeAll(async () => {
    server = await startFixtureServer(SAMPLE_ROUTES);
    ext = await launchWithExtension({ proxy: server.proxy });
    page = await openWithDocClip(ext, SAMPLE_URL);
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('saves three clips: two with the in-page bubble (one over a repaired join), one from the popup', async () => {
    await clipWithBubble(page, DATA, '数据', '面积按亩计');
    await clipWithBubble(page, JOINED, '目标', '');
    await selectText(page, TARGET);
    const clipper = await openPopupFor(ext, SAMPLE_URL);
    await clipper.fill('textarea[name="note"]', '对照去年');
    await clipper.click('[data-action="save-clip"]');
    await clipper.locator('.success[role="status"]').first().waitFor();
    await expect.poll(async () => (await storedClips(clipper)).map((c) => c.text).sort(), { timeout: 10_000 }).toEqual([...CLIPS].sort());
    await clipper.close();
    popup = await openPopupFor(ext, SAMPLE_URL);
  });

  it('downloads Markdown: YAML front matter, the cleaned text, each clip marked once with its footnote, the pages shown', async () => {
    const file = await download(popup, 'full-text-markdown');
    expect(file.name).toBe(`${gold.title} 全文.md`);
    await expect(popup.locator('.full-text [role="status"]').textContent()).resolves.toContain(file.name);
    await popup.screenshot({ path: join(tmpdir(), 'docclip-popup-full-text.png'), fullPage: true });

    const match = /^---\n([^]*?)\n---\n([^]*)$/.exec(file.text);
    expect(match, file.text.slice(0, 300)).not.toBeNull();
    expect(parseYaml(match![1]!)).toEqual({
      title: gold.title,
      url: SAMPLE_URL,
      site: '三七文档',
      accessed: todayIso(),
      'pages-shown': '1-9',
      'pages-total': gold.pageCount,
    });
    const body = match![2]!;
    expect(body).toContain(`· ${PAGES_SENTENCE}。`);
    expectCleaned(unescapeMarkdown(body.replace(/<\/?mark>|\[\^\d+\](?!:)/g, '')));

    const marks = [...body.matchAll(/<mark>([^]*?)<\/mark>\[\^(\d+)\]/g)].map((m) => ({ text: unescapeMarkdown(m[1]!), n: m[2]! }));
    expect(occurrences(body, '<mark>')).toBe(CLIPS.length);
    expect(marks.map((m) => m.text).sort()).toEqual([...CLIPS].sort());
    expect(marks.map((m) => m.n).sort()).toEqual(['1', '2', '3']);
    const footnote = (text: string) => {
      const n = marks.find((m) => m.text === text)!.n;
      const lines = body.split('\n').filter((l) => l.startsWith(`[^${n}]: `));
      expect(lines, `footnote ${n}`).toHaveLength(1);
      return lines[0]!;
    };
    expect(footnote(DATA)).toMatch(/^\[\^\d\]: 第 \d+ 页 · 摘录于 \d{4}-\d\d-\d\d · 分类：数据 · 笔记：面积按亩计$/);
    expect(footnote(JOINED)).toContain('分类：目标');
    expect(footnote(TARGET)).toContain('笔记：对照去年');
    expect(body).not.toContain('未在本页文字中找到的摘录');
  });

  it('downloads plain text: the header with the pages shown, the cleaned text, each clip between [摘录n] and [/摘录n] once', async () => {
    const file = await download(popup, 'full-text-plain');
    expect(file.name).toBe(`${gold.title} 全文.txt`);
    const [head, body, list] = file.text.split('\n\n');
    expect(head!.split('\n')).toEqual([
      gold.title,
      `来源：三七文档 ${SAMPLE_URL}`,
      `访问：${todayIso()}`,
      `页数：${PAGES_SENTENCE}`,
      '摘录：3 条，在文中以 [摘录n]…[/摘录n] 标出',
    ]);
    expectCleaned(body!.replace(/\[\/?摘录\d+\]/g, ''));
    for (const clip of CLIPS) {
      const found = [...body!.matchAll(/\[摘录(\d+)\]([^[]*)\[\/摘录\1\]/g)].filter((m) => m[2] === clip);
      expect(found, `marked once: ${clip}`).toHaveLength(1);
    }
    expect(occurrences(body!, '[摘录')).toBe(CLIPS.length);
    const [title, ...entries] = list!.trimEnd().split('\n');
    expect(title).toBe('摘录');
    expect(entries.map((l) => /^\[(\d+)\] 第 \d+ 页 · 摘录于 /.exec(l)?.[1])).toEqual(['1', '2', '3']);
  });

  it('says so in the popup and downloads nothing when DocClip was turned off on the page', async () => {
    expect(await sendToPage(ext, SAMPLE_URL, { type: 'page/set-enabled', enabled: false })).toMatchObject({ ok: true });
    let downloads = 0;
    popup.on('download', () => downloads++);
    await popup.click('[data-action="full-text-markdown"]');
    await expect.poll(() => popup.locator('.full-text [role="alert"]').textContent()).toBe('DocClip is off on this page');
    expect(await sendToPage(ext, SAMPLE_URL, { type: 'page/set-enabled', enabled: true })).toMatchObject({ ok: true });
    await popup.waitForTimeout(500);
    expect(downloads).toBe(0);
  });

  it('refuses a reply of the wrong shape with where and why, and downloads nothing', async () => {
    // A content script cannot be made to lie from the page (it runs in its own world), so the
    // reply is replaced where the popup receives it: chrome.tabs.sendMessage in the popup page.
    const real = (await sendToPage(ext, SAMPLE_URL, { type: 'page/full-text' })) as { ok: true; value: { text: string } };
    expect(real.ok).toBe(true);
    const hostile = [
      { reply: { ok: true, value: '<img src=x onerror=alert(1)>' }, says: /invalid message/ },
      {
        reply: { ok: true, value: { ...real.value, found: [{ id: crypto.randomUUID(), start: 0, end: real.value.text.length + 5 }] } },
        says: /at found: a clip lies beyond the end of the text/,
      },
      { reply: { ok: true, value: { ...real.value, pages: { first: 9, last: 1, count: 20 } } }, says: /at pages/ },
      { reply: 'pong', says: /no reply/ },
    ];
    let downloads = 0;
    popup.on('download', () => downloads++);
    for (const { reply, says } of hostile) {
      await popup.evaluate((value) => {
        chrome.tabs.sendMessage = ((...args: unknown[]) => {
          const callback = args.find((a) => typeof a === 'function') as ((r: unknown) => void) | undefined;
          if (callback) callback(value);
          else return Promise.resolve(value);
        }) as typeof chrome.tabs.sendMessage;
      }, reply);
      await popup.click('[data-action="full-text-plain"]');
      const alert = popup.locator('.full-text [role="alert"]');
      await expect.poll(() => alert.textContent()).toMatch(says);
      if (typeof reply === 'object' && 'value' in reply) await expect(alert.textContent()).resolves.toMatch(/not a text DocClip can export, so nothing was downloaded/);
      expect(await popup.locator('.full-text img').count()).toBe(0);
    }
    await popup.waitForTimeout(500);
    expect(downloads).toBe(0);
  });
});
