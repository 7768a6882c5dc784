import type { BrowserContext } from 'playwright-core';
import { openProbedPage, sleep, taskDuration, traceScript, traceTasks, waitForMark, longestIn, PEER_HOST, DOCCLIP_HOST } from './page-probes';

/**
 * Target 2, lazy pages: the reader has scrolled to the end of the page, and the page appends
 * `html` (10 more blocks, each its own element, as such sites do) to #contents. Measured: main-thread busy time (CDP Performance TaskDuration) from
 * the append for WINDOW_MS (DocClip has repainted well within it), and the same on the page without DocClip (the
 * browser's own cost of the new blocks); DocClip's cost is the difference. Run on the big page
 * and on a small page: work proportional to the arrived blocks only means the two are alike.
 */
export interface LazyRun {
  /** append → DocClip's figure highlight replaced or grown (includes its 150 ms debounce). */
  appendToPaintMs: number;
  /** Main-thread busy ms in the window, with DocClip. */
  busyMs: number;
  /** The same window on the page without DocClip. */
  baselineBusyMs: number;
  longestTaskMs: number;
  /** `k/N` page markers of the appended blocks still in the text after DocClip cleaned them. */
  markersLeft: number;
}

/** Busy time is summed over this long after the append, with and without DocClip. */
const WINDOW_MS = 2500;

const SCROLL_TO_END = () => window.scrollTo(0, document.documentElement.scrollHeight);

const APPEND = (html: string) => {
  const w = window as unknown as { __h0?: unknown; __s0?: number; __t0?: number };
  w.__h0 = CSS.highlights.get('docclip-figure');
  w.__s0 = CSS.highlights.get('docclip-figure')?.size ?? 0;
  w.__t0 = performance.now();
  document.getElementById('contents')!.insertAdjacentHTML('beforeend', html);
};

export async function appendBlocks(context: BrowserContext, path: string, html: string, pageCount: number, firstNew: number): Promise<LazyRun> {
  // Without DocClip: the browser's own cost of the same append, same window length.
  const base = await openProbedPage(context);
  await base.page.goto(`http://${PEER_HOST}${path}`, { timeout: 120_000 });
  await sleep(500);
  await base.page.evaluate(SCROLL_TO_END);
  await sleep(1000);
  await base.cdp.send('Performance.enable');
  const b0 = await taskDuration(base.cdp);
  await base.page.evaluate(APPEND, html);
  await sleep(WINDOW_MS);
  const baselineBusyMs = (await taskDuration(base.cdp)) - b0;
  await base.page.close();

  const { page, cdp } = await openProbedPage(context);
  await page.goto(`http://${DOCCLIP_HOST}${path}`, { timeout: 120_000 });
  await waitForMark(page, 'docclip:painted');
  await sleep(500); // first paint and the saved-clips pass are over
  await page.evaluate(SCROLL_TO_END);
  await sleep(1500); // what came near is painted
  const trace = await traceTasks(cdp);
  await page.evaluate(() => performance.mark('bench:append'));
  const appendAt = await page.evaluate(() => performance.getEntriesByName('bench:append')[0]!.startTime);
  await cdp.send('Performance.enable');
  const t0 = await taskDuration(cdp);
  await page.evaluate(APPEND, html);
  // Repainted: the figure highlight was replaced, or (DocClip adds each unit's Ranges to the
  // same Highlight) it holds more Ranges than before the append.
  await page.waitForFunction(() => {
    const w = window as unknown as { __h0?: unknown; __s0?: number };
    const h = CSS.highlights.get('docclip-figure');
    return h !== w.__h0 || (h?.size ?? 0) !== w.__s0;
  }, null, { polling: 5, timeout: 60_000 });
  const painted = await page.evaluate(() => performance.now() - (window as unknown as { __t0: number }).__t0);
  await sleep(Math.max(0, WINDOW_MS - painted));
  const busy = (await taskDuration(cdp)) - t0;
  const tasks = longestIn(await trace.stop('bench:append', appendAt), appendAt, appendAt + WINDOW_MS);
  const markersLeft = await page.evaluate(
    ([n, from]) => {
      const blocks = [...document.querySelectorAll<HTMLElement>('.page-block, .page-no')].filter((e) => Number(e.dataset.page ?? e.textContent!.split('/')[0]) >= from);
      const re = new RegExp(`\\d+/${n}`, 'g');
      return blocks.reduce((k, e) => k + (e.closest('[data-docclip-hidden]') ? 0 : (e.textContent!.match(re)?.length ?? 0)), 0);
    },
    [pageCount, firstNew] as const,
  );
  await page.close();
  return { appendToPaintMs: painted, busyMs: busy, baselineBusyMs, longestTaskMs: tasks.longest, markersLeft };
}

/** DocClip's own cost of a run: busy time minus the page's own. */
export const lazyCost = (run: LazyRun) => Math.max(0, run.busyMs - run.baselineBusyMs);

/** The run of median cost (the browser now and then spends 100–300 ms drawing after an append, with or without DocClip). */
export function medianLazyRun(runs: LazyRun[]): LazyRun {
  return [...runs].sort((a, b) => lazyCost(a) - lazyCost(b))[Math.floor(runs.length / 2)]!;
}

export interface BulkRun {
  blocks: number;
  /** Characters of the appended HTML's text. */
  chars: number;
  /** Longest stretch of DocClip's script from the append to 3 s after (the page has none of its own). */
  longestScriptMs: number;
  /** append → no `k/N` marker left in the appended blocks' visible text. */
  cleanedMs: number | null;
}

/**
 * A site appends `blocks` blocks at once (a reader's "load the rest"), on the big page scrolled
 * to its end: the observer's callback cleans for a bounded time, the settle cleans and analyses
 * the rest in slices. Measured: the longest stretch of DocClip's script, and when the last
 * marker is gone.
 */
export async function appendBulk(context: BrowserContext, path: string, html: string, blocks: number, pageCount: number, firstNew: number): Promise<BulkRun> {
  const { page, cdp } = await openProbedPage(context);
  await page.goto(`http://${DOCCLIP_HOST}${path}`, { timeout: 120_000 });
  await waitForMark(page, 'docclip:painted');
  await sleep(500);
  await page.evaluate(SCROLL_TO_END);
  await sleep(1500);
  const trace = await traceScript(cdp);
  const cleanedMs = await page.evaluate(
    async ([h, n, from]) => {
      performance.mark('bench:bulk');
      const start = performance.now();
      const contents = document.getElementById('contents')!;
      const before = contents.children.length;
      contents.insertAdjacentHTML('beforeend', h);
      const added = [...contents.children].slice(before);
      const re = new RegExp(`\\d+/${n}`);
      while (performance.now() - start < 10_000) {
        await new Promise((r) => setTimeout(r, 10));
        const left = added.some((e) => Number((e as HTMLElement).dataset.page ?? from) >= from && !e.closest('[data-docclip-hidden]') && re.test((e as HTMLElement).innerText));
        if (!left) return performance.now() - start;
      }
      return -1;
    },
    [html, pageCount, firstNew] as const,
  );
  await sleep(3000);
  const longestScriptMs = await trace.stop('bench:bulk');
  const chars = await page.evaluate((h) => {
    const t = document.createElement('template');
    t.innerHTML = h;
    return t.content.textContent?.length ?? 0;
  }, html);
  await page.close();
  return { blocks, chars, longestScriptMs, cleanedMs: cleanedMs < 0 ? null : cleanedMs };
}
