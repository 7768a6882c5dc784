import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../harness/launch-extension';
import { startFixtureServer, type FixtureServer } from '../harness/fixture-server';
import { highlightTexts, openWithDocClip, pageStatus, visibleText } from '../harness/sample-flow';

/**
 * A 三七文档-like page that loads its page blocks while the reader reads
 * (test/fixtures/lazy/page.html): DocClip's content script must clean each block as it arrives
 * (watch-arrivals.ts: debounced MutationObserver), leave the blocks it already cleaned alone,
 * and hide the nag the site re-creates after DocClip hid it.
 */
const URL_ = 'http://www.777doc.com/doc-7654321.html';
const ROUTES = { 'www.777doc.com': { '/doc-7654321.html': 'test/fixtures/lazy/page.html' } };

/** The three blocks page.html appends, in order: banner, its k/5 marker and the words it splits, text away from the marker, some figures. */
const BLOCKS = [
  { page: 3, banner: '免费阅读已结束,点击下载阅读编辑剩下', marker: '3/5', join: '整治排灌沟渠300公里', keep: '惠及农户2.6万户。', figures: ['185座', '300公里', '2.6万户'] },
  { page: 4, banner: '阅读已结束,您可以下载文档离线阅读编辑', marker: '4/5', join: '确保资金足额及时到位', keep: '项目完工率达到95%以上。', figures: ['2800万元', '5000万元', '95%'] },
  { page: 5, banner: '还剩2页未读,继续阅读', marker: '5/5', join: '终身责任制', keep: '群众满意度不低于90%。', figures: ['6月30日', '90%'] },
];
const NAG = '整理文档很辛苦,赏杯茶钱您下走!';

const squeeze = (s: string) => s.replace(/\s+/g, '');

/** Each page block's markup, by data-page (hidden attributes and repaired text included). */
function blockMarkup(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() =>
    Object.fromEntries([...document.querySelectorAll('.page-block')].map((b) => [b.getAttribute('data-page')!, b.outerHTML])),
  );
}

/** The rendered text of one page block. */
function blockText(page: Page, n: number): Promise<string> {
  return page.evaluate((k) => (document.querySelector(`.page-block[data-page="${k}"]`) as HTMLElement | null)?.innerText ?? '', n);
}

describe('DocClip on a page that loads its blocks lazily, in Chromium', () => {
  let server: FixtureServer;
  let ext: ExtensionBrowser;
  let page: Page;
  /** What each append cost, measured for the report (never asserted). */
  const measured: Array<{ page: number; elements: number; hidden: number; repaired: number; hiddenAfterMs: number | null; paintedWithinMs: number }> = [];

  beforeAll(async () => {
    server = await startFixtureServer(ROUTES);
    ext = await launchWithExtension({ proxy: server.proxy });
    page = await openWithDocClip(ext, URL_);
  });
  afterAll(async () => {
    if (measured.length > 0) console.log('DocClip per append (elements added; hidden and repaired by its plan; ms from append to first hide, in page; ms until cleaned and painted, polled from the test):', JSON.stringify(measured));
    await ext?.close();
    await server?.close();
  });

  it('cleans the blocks that came with the page', async () => {
    const seen = squeeze(await visibleText(page));
    expect(seen).toContain(squeeze('(一)实施灌区续建配套与节水改造。'));
    expect(seen).not.toContain('2/5');
    expect(seen).not.toContain('资源描述');
    expect(seen).not.toContain('1/5');
    const status = await pageStatus(ext, URL_);
    expect(status.documentCharsHidden).toBe(0);
    expect(status.repaired).toBeGreaterThan(0);
    const figures = await highlightTexts(page, 'docclip-figure');
    expect(figures).toContain('3.2万亩');
    expect(figures).toContain('1.35亿元');
  });

  it('hides the nag again after the site re-creates it', async () => {
    await page.waitForFunction(() => (window as unknown as { nagReinserted: boolean }).nagReinserted, null, { timeout: 5_000 });
    // The site's fresh copy is a new element: DocClip must see it arrive and hide it too.
    await expect
      .poll(async () => page.evaluate(() => document.getElementById('nag')?.hasAttribute('data-docclip-hidden') ?? null), { timeout: 5_000 })
      .toBe(true);
    expect(squeeze(await visibleText(page))).not.toContain(squeeze(NAG));
    expect(await page.evaluate(() => document.querySelectorAll('#nag').length)).toBe(1);
  });

  for (const block of BLOCKS) {
    it(`cleans block ${block.page} as it arrives, leaving the earlier blocks untouched`, async () => {
      const before = await blockMarkup(page);
      const statusBefore = await pageStatus(ext, URL_);
      const started = Date.now();
      // In the page: when the first element is hidden after the append (for the report only).
      const appended = await page.evaluate(() => {
        const w = window as unknown as { appendBlock(): number; hiddenAfter?: number | null };
        w.hiddenAfter = null;
        const t0 = performance.now();
        const watch = new MutationObserver(() => {
          w.hiddenAfter = performance.now() - t0;
          watch.disconnect();
        });
        watch.observe(document.getElementById('content')!, { subtree: true, attributes: true, attributeFilter: ['data-docclip-hidden'] });
        return w.appendBlock();
      });
      expect(appended).toBe(block.page);

      // Cleaned once the block's banner is hidden (the watcher is debounced) and its figures painted.
      await expect
        .poll(async () => squeeze(await blockText(page, block.page)), { timeout: 5_000, message: `block ${block.page} banner never hidden` })
        .not.toContain(squeeze(block.banner));
      await expect
        .poll(() => highlightTexts(page, 'docclip-figure'), { timeout: 5_000 })
        .toEqual(expect.arrayContaining(block.figures.map((f) => expect.stringContaining(f))));
      const paintedWithinMs = Date.now() - started;

      const text = squeeze(await blockText(page, block.page));
      expect(text, 'the block\'s document text').toContain(squeeze(block.keep));
      const seen = squeeze(await visibleText(page));
      expect(seen).not.toContain(squeeze(block.banner));
      // The site rewrote its hidden pager ("k / 5"): it stays hidden.
      expect(await page.evaluate(() => (document.getElementById('pager') as HTMLElement).offsetHeight), 'pager shows again').toBe(0);
      expect(seen, 'the re-inserted nag came back').not.toContain(squeeze(NAG));

      // Earlier blocks: not a character or attribute changed.
      const after = await blockMarkup(page);
      for (const [k, html] of Object.entries(before)) expect(after[k], `block ${k} changed`).toBe(html);

      const status = await pageStatus(ext, URL_);
      expect(status.documentCharsHidden).toBe(0);
      measured.push({
        page: block.page,
        elements: await page.evaluate((k) => document.querySelectorAll(`.page-block[data-page="${k}"], .page-block[data-page="${k}"] *`).length, block.page),
        hidden: status.hidden - statusBefore.hidden,
        repaired: status.repaired - statusBefore.repaired,
        hiddenAfterMs: await page.evaluate(() => (window as unknown as { hiddenAfter: number | null }).hiddenAfter),
        paintedWithinMs,
      });
    });
  }

  it('has no more blocks to load', async () => {
    expect(await page.evaluate(() => (window as unknown as { appendBlock(): number }).appendBlock())).toBe(0);
  });

  it('repairs the page marker each arrived block splices into a word', async () => {
    for (const block of BLOCKS) {
      const text = squeeze(await blockText(page, block.page));
      expect(text, `block ${block.page}: join not repaired`).toContain(squeeze(block.join));
      expect(text, `block ${block.page}: marker left`).not.toContain(block.marker);
    }
    const seen = squeeze(await visibleText(page));
    for (const b of BLOCKS) expect(seen).toContain(squeeze(b.join));
    expect(seen).not.toMatch(/[1-5]\/5/);
  });
});
