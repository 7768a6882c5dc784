import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../harness/launch-extension';
import { startFixtureServer, type FixtureServer } from '../harness/fixture-server';
import { highlightTexts, openWithDocClip, pageStatus, sendToPage, storedClips } from '../harness/sample-flow';

/**
 * The drawn-page fixture shaped like 百度文库's new reader (test/fixtures/canvas/baidu-wenku-reader.html:
 * three canvases at device pixel ratio 1.5, text drawn with fillText) in Chromium with the built
 * extension: the recorder in the page's main world leaves the pixels as they are, DocClip lays a
 * text layer over each canvas, the layer's figures are highlighted, a drag over it selects its
 * text and the selection is clipped and found again after a reload.
 *
 * The same file is also served under a host DocClip does not run on: the page's pixels there are
 * what the page draws without the recorder.
 */
const FIXTURE = 'test/fixtures/canvas/baidu-wenku-reader.html';
const URL_WITH = 'http://wenku.baidu.com/view/3f2a9c0d1e8b7a6c5d4e3f2a.html';
const URL_WITHOUT = 'http://wenku.example.org/view/3f2a9c0d1e8b7a6c5d4e3f2a.html';
const TAB = 'http://wenku.baidu.com/view/3f2a9c0d1e8b7a6c5d4e3f2a.html*';

/** Waits until the reader has drawn its last page (page 3, drawn 400 ms after the first frame). */
async function drawn(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const c = document.querySelector<HTMLCanvasElement>('#pageNo-3 canvas');
    return c !== null && c.width > 300;
  });
  await page.waitForTimeout(300);
}

const pixels = (page: Page) => page.evaluate(() => [...document.querySelectorAll('canvas')].map((c) => c.toDataURL()));
const layerTexts = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll('[data-docclip-text-layer]')].map((l) => [...l.children].map((line) => line.textContent).join('\n')));

describe('canvas text: a selectable text layer over a drawn reader (Chromium)', () => {
  let server: FixtureServer;
  let ext: ExtensionBrowser;

  beforeAll(async () => {
    server = await startFixtureServer({
      'wenku.baidu.com': { '/view/3f2a9c0d1e8b7a6c5d4e3f2a.html': FIXTURE },
      'wenku.example.org': { '/view/3f2a9c0d1e8b7a6c5d4e3f2a.html': FIXTURE },
    });
    ext = await launchWithExtension({ proxy: server.proxy });
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('leaves the drawn pixels and the wrapped functions as the page knows them', async () => {
    const plain = await ext.context.newPage();
    await plain.goto(URL_WITHOUT);
    await drawn(plain);
    const without = await pixels(plain);
    expect(await plain.evaluate(() => document.querySelector('[data-docclip-text-layer], docclip-ui'))).toBeNull();
    await plain.close();

    const page = await openWithDocClip(ext, URL_WITH);
    await drawn(page);
    const withRecorder = await pixels(page);
    expect(withRecorder).toHaveLength(3);
    expect(withRecorder).toEqual(without);
    const fns = await page.evaluate(() => {
      const p = CanvasRenderingContext2D.prototype;
      return [p.fillText, p.strokeText, p.clearRect, p.fillRect].map((f) => ({ name: f.name, length: f.length, source: Function.prototype.toString.call(f) }))
        .concat([{ name: Function.prototype.toString.name, length: 0, source: Function.prototype.toString.toString() }]);
    });
    expect(fns.map((f) => f.name)).toEqual(['fillText', 'strokeText', 'clearRect', 'fillRect', 'toString']);
    expect(fns.map((f) => f.length)).toEqual([3, 3, 4, 4, 0]);
    for (const f of fns) expect(f.source).toMatch(new RegExp(`^function ${f.name}\\(\\) \\{\\s*\\[native code\\]\\s*\\}$`));
    // A call the original refuses throws as before, and nothing is recorded for it.
    expect(await page.evaluate(() => {
      try {
        (CanvasRenderingContext2D.prototype.fillText as (...a: unknown[]) => void).call({}, 'x', 0, 0);
        return 'no error';
      } catch (error) {
        return (error as Error).name;
      }
    })).toBe('TypeError');
    await page.close();
  });

  it('lays the text layer over each canvas, in reading order, with the final text of a redrawn page', async () => {
    const page = await openWithDocClip(ext, URL_WITH);
    try {
      await drawn(page);
      await expect.poll(() => layerTexts(page), { timeout: 5_000 }).toHaveLength(3);
      const [one, two, three] = await layerTexts(page);
      expect(one).toBe(
        [
          '一、建设概况',
          '截至2024年底,全县建成养老服务中心18个、村级互助幸福院236个。',
          '全年投入养老服务资金4.6亿元,比上年增长12.5%。',
          '护理型床位占比达到58%,服务老年人约3.2万人次。',
          'Page 1 of 3',
        ].join('\n'),
      );
      expect(two).toBe(['二、主要目标', '到2026年,每千名老年人拥有养老床位不少于35张。', '力争新增家庭养老床位1200张,完成适老化改造900户。'].join('\n'));
      // The sentence wrapped over two lines is one paragraph of the layer: its text runs on over the break.
      expect(three).toBe(
        ['三、保障措施', '县财政每年安排专项资金不低于8000万元,用于运营补贴。', '同时,全县计划新建社区嵌入式养老服务站点42个、老年助餐点65个、日间照料中心18个和康养驿站,新增护理型床位1,250张,力争2026年底前全部投入使用。'].join('\n'),
      );

      // The layer covers its canvas's box, and each line sits on the line drawn there (canvas px / 1.5).
      const geometry = await page.evaluate(() =>
        [...document.querySelectorAll('canvas')].map((canvas) => {
          const layer = canvas.nextElementSibling as HTMLElement;
          const c = canvas.getBoundingClientRect();
          const l = layer.getBoundingClientRect();
          const firstSpan = layer.querySelector('span')!.getBoundingClientRect();
          return { dx: l.left - c.left, dy: l.top - c.top, dw: l.width - c.width, dh: l.height - c.height, spanLeft: firstSpan.left - c.left };
        }),
      );
      for (const g of geometry) {
        expect(Math.abs(g.dx) + Math.abs(g.dy) + Math.abs(g.dw) + Math.abs(g.dh)).toBeLessThan(1);
        // Every page's text starts at x = 40 CSS px.
        expect(Math.abs(g.spanLeft - 40)).toBeLessThan(2);
      }
      // A span is stretched to the drawn string's width: its right end is where the page's own
      // measure puts the string's (the heading in bold 22 px; the wrapped line squeezed to x = 776).
      const ends = await page.evaluate(() => {
        const ctx = document.createElement('canvas').getContext('2d')!;
        ctx.font = 'bold 22px sans-serif';
        const right = (n: number, line: number) => {
          const canvas = document.querySelector(`#pageNo-${n} canvas`)!;
          const span = canvas.nextElementSibling!.children[line]!.querySelector('span')!;
          return span.getBoundingClientRect().right - canvas.getBoundingClientRect().left;
        };
        const heading = document.querySelector('#pageNo-1 canvas')!.nextElementSibling!.querySelector('span')!;
        const style = getComputedStyle(heading);
        return {
          heading: right(1, 0),
          headingDrawn: 40 + ctx.measureText('一、建设概况').width,
          wrapped: right(3, 2),
          headingFont: [style.fontWeight, style.fontSize, style.fontFamily],
        };
      });
      // The spans are set in the page's own font, at the size it drew in (glyphs it loaded already).
      expect(ends.headingFont).toEqual(['700', '22px', 'sans-serif']);
      expect(Math.abs(ends.heading - ends.headingDrawn)).toBeLessThan(2);
      expect(Math.abs(ends.wrapped - 776)).toBeLessThan(2);
      // For a person to look at: the layer's text in red over the drawn text (it must sit on it).
      const overlay = await page.addStyleTag({ content: '[data-docclip-text-layer] span { color: rgba(230, 0, 0, 0.55) !important; }' });
      await page.evaluate(() => scrollTo(0, 0));
      await page.screenshot({ path: '/tmp/canvas-text-layer-overlay.png' });
      // Page 3, with its sentence wrapped over two lines.
      await page.locator('#pageNo-3').screenshot({ path: '/tmp/canvas-text-layer-overlay-3.png' });
      await overlay.evaluate((e) => (e as Element).remove());
      // The drawn page's own notice is gone: the page has text now, and its figures are highlighted.
      const status = await pageStatus(ext, TAB);
      expect(status.drawn).toBe(false);
      await expect.poll(() => highlightTexts(page, 'docclip-figure'), { timeout: 5_000 }).toEqual(
        ['2024年', '2024年底', '18个', '236个', '4.6亿元', '12.5%', '58%', '约3.2万人次', '2026年', '不少于35张', '1200张', '900户', '不低于8000万元', '42个', '65个', '18个', '1,250张', '2026年底前'],
      );
      // 1,250张 is cut by the line break on the canvas: it is one figure, over both lines.
      const wrapped = await page.evaluate(() => {
        const range = [...CSS.highlights.get('docclip-figure')!].find((r) => r.toString() === '1,250张') as Range;
        const lineOf = (node: Node) => (node.parentElement as Element).closest('docclip-line');
        return { lines: new Set([lineOf(range.startContainer), lineOf(range.endContainer)]).size };
      });
      expect(wrapped.lines).toBe(2);
      expect(await highlightTexts(page, 'docclip-target')).toContain('力争2026年底前全部投入使用');
      await page.screenshot({ path: '/tmp/canvas-text-layer.png' });
    } finally {
      await page.close();
    }
  });

  it('selects text on the layer with the mouse, clips it, and finds the clip again after a reload', async () => {
    const page = await openWithDocClip(ext, URL_WITH);
    try {
      await drawn(page);
      await expect.poll(() => layerTexts(page), { timeout: 5_000 }).toHaveLength(3);
      // A drag across the third line of page 1, from its first character to its last.
      const line = await page.evaluate(() => {
        const layer = document.querySelector('#pageNo-1 [data-docclip-text-layer]')!;
        const span = layer.children[2]!.querySelector('span')!;
        span.scrollIntoView({ block: 'center' });
        const r = span.getBoundingClientRect();
        return { x0: r.left + 1, x1: r.right - 2, y: r.top + r.height / 2 };
      });
      await page.mouse.move(line.x0, line.y);
      await page.mouse.down();
      await page.mouse.move((line.x0 + line.x1) / 2, line.y, { steps: 5 });
      await page.mouse.move(line.x1, line.y, { steps: 5 });
      await page.mouse.up();
      const selected = await page.evaluate(() => document.getSelection()!.toString());
      expect(selected).toContain('全年投入养老服务资金4.6亿元,比上年增长12.5%。');

      const clipped = await sendToPage(ext, TAB, { type: 'page/clip', tags: ['canvas'], note: '' });
      expect(clipped.ok, clipped.error).toBe(true);
      const popup = await ext.openExtensionPage('src/popup/index.html');
      await expect.poll(async () => (await storedClips(popup)).length, { timeout: 10_000 }).toBe(1);
      const [clip] = await storedClips(popup);
      expect(clip!.text).toContain('全年投入养老服务资金4.6亿元,比上年增长12.5%。');
      expect(clip!.source).toBe('canvas');
      expect(clip!.confidence).toBeUndefined();
      expect((clip!.selectors as Array<{ type: string; exact?: string }>)[0]!.exact).toBe(clip!.text);
      expect((clip!.figures as Array<{ text?: string }>).length).toBeGreaterThanOrEqual(2);
      await popup.close();

      await page.reload();
      await page.waitForSelector('docclip-ui', { state: 'attached', timeout: 20_000 });
      await drawn(page);
      await expect.poll(async () => (await pageStatus(ext, TAB)).clipsShown, { timeout: 10_000 }).toBe(1);
      await expect.poll(() => highlightTexts(page, 'docclip-clip'), { timeout: 5_000 }).toEqual([clip!.text]);
    } finally {
      await page.close();
    }
  });

  it('removes the layers when DocClip is turned off on the page and lays them again when it is on', async () => {
    const page = await openWithDocClip(ext, URL_WITH);
    try {
      await drawn(page);
      await expect.poll(() => layerTexts(page), { timeout: 5_000 }).toHaveLength(3);
      await sendToPage(ext, TAB, { type: 'page/set-enabled', enabled: false });
      expect(await layerTexts(page)).toHaveLength(0);
      await sendToPage(ext, TAB, { type: 'page/set-enabled', enabled: true });
      await expect.poll(() => layerTexts(page), { timeout: 5_000 }).toHaveLength(3);
    } finally {
      await page.close();
    }
  });
});
