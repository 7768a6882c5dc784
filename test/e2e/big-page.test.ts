import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../harness/launch-extension';
import { startFixtureServer, type FixtureServer } from '../harness/fixture-server';
import { highlightTexts, pageStatus } from '../harness/sample-flow';
import { makeBigPage } from '../../bench/make-big-page';
import { recognizeFigures } from '../../src/core/figures/recognize-figures';

/**
 * A page of many chunks (page-session.ts): every figure is recognised and counted, but only the
 * chunks near the viewport are painted (highlight-layers.ts, near-viewport.ts), and scrolling
 * paints what comes near and unpaints what went far.
 */
const URL_ = 'http://m.777doc.com/p-900010.html';
/** The same page with every block wrapped in a `display: contents` element (no box of its own) before DocClip starts. */
const WRAPPED_URL = 'http://m.777doc.com/p-900011.html';
/** The same page read inside a scrolling box, as many readers show a document. */
const SCROLLER_URL = 'http://m.777doc.com/p-900012.html';
const IN_SCROLLER = `<script>Object.assign(document.getElementById('contents').style, { height: '600px', overflow: 'auto' });</script>`;
const WRAP_BLOCKS = `<script>document.querySelectorAll('.page-block').forEach((b) => { const w = document.createElement('div'); w.style.display = 'contents'; b.replaceWith(w); w.append(b); });</script>`;
const big = makeBigPage({ chars: 300_000, pageCount: 400 });
/** Blocks the page appends at once in the last test: more text than the observer's callback cleans. */
const BULK = 120;

/** Figures painted in the first and the last page block (the text of `.page-block[data-page]`). */
function paintedIn(page: Page, block: number): Promise<number> {
  return page.evaluate((k) => {
    const el = document.querySelector(`.page-block[data-page="${k}"]`)!;
    let n = 0;
    CSS.highlights.get('docclip-figure')?.forEach((r) => {
      if (el.contains((r as Range).startContainer)) n++;
    });
    return n;
  }, block);
}

describe('DocClip on a page of 300,000 characters', () => {
  let server: FixtureServer;
  let ext: ExtensionBrowser;
  let page: Page;
  beforeAll(async () => {
    server = await startFixtureServer({
      'm.777doc.com': {
        '/p-900010.html': () => big.html,
        '/p-900011.html': () => big.html.replace('</body>', `${WRAP_BLOCKS}</body>`),
        '/p-900012.html': () => big.html.replace('</body>', `${IN_SCROLLER}</body>`),
      },
    });
    ext = await launchWithExtension({ proxy: server.proxy });
    page = await ext.context.newPage();
    await page.goto(URL_, { timeout: 60_000 });
    await page.waitForFunction(() => performance.getEntriesByName('docclip:painted').length > 0, null, { timeout: 60_000 });
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('counts every figure and paints those near the viewport', async () => {
    const status = await pageStatus(ext, URL_);
    const painted = (await highlightTexts(page, 'docclip-figure')).length;
    expect(status.figures).toBeGreaterThan(2000);
    expect(painted).toBeGreaterThan(0);
    expect(painted).toBeLessThan(status.figures / 4);
    expect(await paintedIn(page, 1)).toBeGreaterThan(0);
    expect(await paintedIn(page, big.blocks)).toBe(0);
  });

  it('paints the end of the document once the reader scrolls there, and lets the top go', async () => {
    await page.evaluate(() => document.querySelector('.page-block:last-of-type')!.scrollIntoView());
    await expect.poll(() => paintedIn(page, big.blocks), { timeout: 5_000 }).toBeGreaterThan(0);
    await expect.poll(() => paintedIn(page, 1), { timeout: 5_000 }).toBe(0);
    const status = await pageStatus(ext, URL_);
    expect((await highlightTexts(page, 'docclip-figure')).length).toBeLessThan(status.figures / 4);
  });

  it('labels a painted figure under the mouse with its value, in whichever chunk it lies', async () => {
    // The last figure painted in the last block (the page is scrolled there by the test before).
    const box = await page.evaluate((k) => {
      const el = document.querySelector(`.page-block[data-page="${k}"]`)!;
      let last: Range | null = null;
      CSS.highlights.get('docclip-figure')?.forEach((r) => {
        if (el.contains((r as Range).startContainer)) last = r as Range;
      });
      const range = last as Range | null;
      if (!range) return null;
      range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
      const rect = range.getClientRects()[0]!;
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2, text: range.toString() };
    }, big.blocks);
    expect(box).not.toBeNull();
    await page.mouse.move(box!.x, box!.y);
    const tip = () => page.evaluate(() => {
      const el = document.querySelector('docclip-ui')!.shadowRoot!.querySelector<HTMLElement>('.tip')!;
      return el.hidden ? null : el.textContent;
    });
    // The label starts with what was written (describe-figure.ts): "438万元 = 4,380,000 元".
    await expect.poll(tip, { timeout: 5_000 }).not.toBeNull();
    expect((await tip())!.startsWith(box!.text)).toBe(true);
  });

  it('cleans and counts a large batch of blocks the site appends at once', async () => {
    const before = (await pageStatus(ext, URL_)).figures;
    await page.evaluate((html) => document.getElementById('contents')!.insertAdjacentHTML('beforeend', html), big.blocksHtml(big.blocks + 1, BULK));
    const markersLeft = () =>
      page.evaluate(([from, n]) => {
        let left = 0;
        document.querySelectorAll<HTMLElement>('.page-block, .page-no').forEach((e) => {
          const k = Number(e.dataset.page ?? e.textContent!.split('/')[0]);
          if (k >= from && !e.closest('[data-docclip-hidden]')) left += e.innerText.match(new RegExp(`\\d+/${n}`, 'g'))?.length ?? 0;
        });
        return left;
      }, [big.blocks + 1, big.pageCount] as const);
    await expect.poll(markersLeft, { timeout: 10_000 }).toBe(0);
    await expect.poll(async () => (await pageStatus(ext, URL_)).figures, { timeout: 10_000 }).toBeGreaterThan(before + BULK * 5);
  });

  it('counts the figures of a block the site replaces once: the old ones go, the new ones come', async () => {
    await expect.poll(async () => {
      const a = (await pageStatus(ext, URL_)).figures;
      await new Promise((r) => setTimeout(r, 300));
      return a === (await pageStatus(ext, URL_)).figures;
    }, { timeout: 10_000 }).toBe(true); // the bulk append before has settled
    const before = (await pageStatus(ext, URL_)).figures;
    // A paragraph inside block 3 (in a chunk of the first pass) is replaced by one with exactly two figures.
    const removedText = await page.evaluate(() => {
      const p = document.querySelector('.page-block[data-page="3"] p')!;
      const text = (p as HTMLElement).innerText;
      const fresh = document.createElement('p');
      fresh.textContent = '新增投资3500万元，完成率达到95%。';
      p.replaceWith(fresh);
      return text;
    });
    const removedFigures = recognizeFigures(removedText).length;
    await expect.poll(async () => (await pageStatus(ext, URL_)).figures, { timeout: 10_000 }).toBe(before - removedFigures + 2);
  });

  it('paints a page whose blocks sit in wrappers with no box of their own (display: contents)', async () => {
    const wrapped = await ext.context.newPage();
    await wrapped.goto(WRAPPED_URL, { timeout: 60_000 });
    await wrapped.waitForFunction(() => performance.getEntriesByName('docclip:painted').length > 0, null, { timeout: 60_000 });
    expect(await wrapped.evaluate(() => getComputedStyle(document.querySelector('.page-block')!.parentElement!).display)).toBe('contents');
    await expect.poll(() => paintedIn(wrapped, 1), { timeout: 5_000 }).toBeGreaterThan(0);
    await wrapped.close();
  });

  it('paints what scrolls into view inside a scrolling box', async () => {
    const boxed = await ext.context.newPage();
    await boxed.goto(SCROLLER_URL, { timeout: 60_000 });
    await boxed.waitForFunction(() => performance.getEntriesByName('docclip:painted').length > 0, null, { timeout: 60_000 });
    expect(await boxed.evaluate(() => getComputedStyle(document.getElementById('contents')!).overflowY)).toBe('auto');
    expect(await paintedIn(boxed, big.blocks)).toBe(0);
    await boxed.evaluate(() => {
      const contents = document.getElementById('contents')!;
      contents.scrollTop = contents.scrollHeight;
    });
    await expect.poll(() => paintedIn(boxed, big.blocks), { timeout: 5_000 }).toBeGreaterThan(0);
    await boxed.close();
  });
});
