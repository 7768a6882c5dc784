import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import type { ExtensionBrowser } from '../test/harness/launch-extension';
import { pageStatus } from '../test/harness/sample-flow';
import {
  BIG_PATH, DOCCLIP_HOST, PEER_HOST, cpuIn, domContentLoaded, longestIn, median, openProbedPage, sampleHeap, sleep, traceTasks, waitForMark,
} from './page-probes';

/**
 * Target 1, the big page: DocClip on m.777doc.com (the built extension's content script) from
 * DOMContentLoaded to `docclip:painted` (marked by src/content/boot.ts once clutter is hidden and
 * the first highlights are painted), against the floor and the peers run at DOMContentLoaded on
 * the same page served under a host DocClip does not match. Long tasks and the peak JS heap are
 * recorded for each.
 */

const require = createRequire(import.meta.url);

/** The floor's one figure regex (a numeral, an optional 万/亿, a unit). */
export const FLOOR_FIGURE_REGEX = String.raw`(?:\d+(?:\.\d+)?|[一二三四五六七八九十百千两]+)(?:万|亿)?(?:平方米|公里|元|亩|%|年|月|日|个|台|家|人|米|吨|户|名|座|口)`;

const atDcl = (body: string) => `document.addEventListener('DOMContentLoaded', () => { ${body} });`;

export type PeerMode = 'none' | 'floor' | 'markjs' | 'readability';

function peerScript(mode: PeerMode): string {
  switch (mode) {
    case 'none':
      return atDcl(`performance.mark('none:done');`);
    case 'floor':
      return atDcl(`
        const style = document.createElement('style');
        style.textContent = '::highlight(floor-figure) { background: #fff2a8; }';
        document.head.append(style);
        performance.mark('floor:start');
        const re = new RegExp(${JSON.stringify(FLOOR_FIGURE_REGEX)}, 'g');
        const highlight = new Highlight();
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const data = n.data;
          re.lastIndex = 0;
          for (let m = re.exec(data); m; m = re.exec(data)) {
            const r = new Range();
            r.setStart(n, m.index);
            r.setEnd(n, m.index + m[0].length);
            highlight.add(r);
          }
        }
        CSS.highlights.set('floor-figure', highlight);
        window.__count = highlight.size;
        performance.mark('floor:done');`);
    case 'markjs':
      return `${readFileSync(require.resolve('mark.js/dist/mark.min.js'), 'utf8')}\n` + atDcl(`
        performance.mark('markjs:start');
        new Mark(document.body).markRegExp(new RegExp(${JSON.stringify(FLOOR_FIGURE_REGEX)}, 'g'), {
          done: (n) => { window.__count = n; performance.mark('markjs:done'); },
        });`);
    case 'readability':
      return `${readFileSync(require.resolve('@mozilla/readability/Readability.js'), 'utf8')}\nwindow.__Readability = Readability;\n` + atDcl(`
        const clone = document.cloneNode(true);
        performance.mark('readability:start');
        const article = new window.__Readability(clone).parse();
        window.__count = article ? article.textContent.length : 0;
        performance.mark('readability:done');`);
  }
}

export interface LoadRun {
  /** DOMContentLoaded → done (DocClip: → docclip:painted). */
  fromDclMs: number;
  /** start → done (the work itself). */
  workMs: number;
  /** The main thread's CPU time from start to done (page-probes.ts cpuIn): the work without waiting for a core. */
  workCpuMs: number;
  /** Longest main-thread task from start to 1.5 s after done (DocClip: its saved-clips pass included). */
  longestTaskMs: number;
  /** Tasks over 50 ms in that window. */
  longTasks: number;
  /** The most CPU time (trace thread time) one task of that window took: what `longestTaskMs` is on an idle machine. */
  longestTaskCpuMs: number;
  heapPeakMb: number;
  /** Figures found (DocClip: recognised on the whole page, as its status reports). */
  count: number;
  /** Longest main-thread task while the page changes its DOM afterwards (DOM_CHANGES appends, a frame apart). */
  domChangeLongestMs: number;
  /** Longest main-thread task from the navigation to DOMContentLoaded (the parser's tasks, DocClip's parse-time cleaning in them). */
  parseLongestTaskMs: number;
}

/**
 * The reader jumps to the middle of the page: ms until a figure in the viewport is painted
 * (DocClip paints the chunks near the viewport only), or null if none is within 5 s.
 */
async function jumpToMiddle(page: Page): Promise<number | null> {
  const ms = await page.evaluate(async () => {
    const start = performance.now();
    window.scrollTo(0, document.documentElement.scrollHeight / 2);
    while (performance.now() - start < 5000) {
      await new Promise((r) => requestAnimationFrame(r));
      let inView = false;
      CSS.highlights.get('docclip-figure')?.forEach((r) => {
        const box = (r as Range).getBoundingClientRect();
        if (box.top >= 0 && box.bottom <= innerHeight) inView = true;
      });
      if (inView) return performance.now() - start;
    }
    return -1;
  });
  return ms < 0 ? null : ms;
}

/** After the work is done, the page appends this many paragraphs, each in a frame of its own. */
export const DOM_CHANGES = 5;

/**
 * The page changes its DOM after DocClip is done, as a site's own scripts do (a counter, an ad,
 * a lazy block): a paragraph appended to <body> DOM_CHANGES times, a frame and 50 ms apart.
 * Returns the window [from, to] in the page's time, to + 300 ms (DocClip's settle included).
 */
async function changeDom(page: Page): Promise<[number, number]> {
  const [from, to] = await page.evaluate(async (n) => {
    const start = performance.now();
    for (let i = 0; i < n; i++) {
      const p = document.createElement('p');
      p.textContent = `第${i + 1}段 增加了12万元。`;
      document.body.append(p);
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50)));
    }
    return [start, performance.now()];
  }, DOM_CHANGES);
  await sleep(300);
  return [from, to + 300];
}

/**
 * DocClip's run: also the figures painted (near the viewport), the jump to the middle, and its
 * cleaning while the page was parsed (src/content/parse-time-cleaner.ts measures its callbacks:
 * all together and the longest, ms; 0 when it cleaned nothing then).
 */
export type DocClipRun = LoadRun & { painted: number; jumpPaintedMs: number | null; parseCleanMs: number; parseCleanLongestMs: number };

/** The parse-time cleaner's own measure (`docclip:parse-time-cleaning`, made by the content script). */
async function parseTimeCleaning(page: Page): Promise<{ parseCleanMs: number; parseCleanLongestMs: number }> {
  return page.evaluate(() => {
    const m = performance.getEntriesByName('docclip:parse-time-cleaning', 'measure')[0] as PerformanceMeasure | undefined;
    const detail = m?.detail as { longest?: number } | null | undefined;
    return { parseCleanMs: m?.duration ?? 0, parseCleanLongestMs: detail?.longest ?? NaN };
  });
}

/**
 * One load of the big page at `url` in `probe`: DOMContentLoaded → the `done` mark (`start`:
 * the work's own start mark, null when it is the done mark), the longest tasks from start to
 * 1.5 s after done, the peak heap, then `measure` (what the run counts), then a later DOM change.
 */
async function measureLoad<T>(
  { page, cdp }: { page: Page; cdp: CDPSession },
  url: string,
  marks: { start: string | null; done: string },
  measure: (page: Page) => Promise<T>,
): Promise<Omit<LoadRun, 'count'> & T> {
  const heap = sampleHeap(cdp);
  const trace = await traceTasks(cdp);
  await page.goto(url, { timeout: 180_000 });
  const done = await waitForMark(page, marks.done, 180_000);
  const start = marks.start === null ? done : await waitForMark(page, marks.start);
  const dcl = await domContentLoaded(page);
  await sleep(1500); // DocClip: the saved-clips pass (clips/forPage) follows the first paint
  const measured = await measure(page);
  const change = await changeDom(page);
  const peak = await heap.stop();
  const tasks = await trace.stop(marks.done, done);
  const during = longestIn(tasks, start, done + 1500);
  await page.close();
  return {
    fromDclMs: done - dcl,
    workMs: done - start,
    workCpuMs: cpuIn(tasks, start, done),
    longestTaskMs: during.longest,
    longTasks: during.over50,
    longestTaskCpuMs: during.longestCpu,
    heapPeakMb: peak / 1e6,
    domChangeLongestMs: longestIn(tasks, ...change).longest,
    parseLongestTaskMs: longestIn(tasks, 0, dcl).longest,
    ...measured,
  };
}

/** DocClip's load of the big page at `path`; `extra` measures more on the loaded page, before the jump to the middle. */
export async function loadDocClip<T extends object = object>(ext: ExtensionBrowser, path = BIG_PATH, extra?: (page: Page) => Promise<T>): Promise<DocClipRun & T> {
  const url = `http://${DOCCLIP_HOST}${path}`;
  return measureLoad(await openProbedPage(ext.context), url, { start: 'docclip:start', done: 'docclip:painted' }, async (page) => ({
    ...((await extra?.(page)) ?? ({} as T)),
    painted: await page.evaluate(() => CSS.highlights.get('docclip-figure')?.size ?? 0),
    ...(await parseTimeCleaning(page)),
    count: (await pageStatus(ext, url)).figures,
    jumpPaintedMs: await jumpToMiddle(page),
  }));
}

export async function loadPeer(context: BrowserContext, mode: PeerMode, path = BIG_PATH): Promise<LoadRun> {
  const marks = { start: mode === 'none' ? null : `${mode}:start`, done: `${mode}:done` };
  return measureLoad(await openProbedPage(context, peerScript(mode)), `http://${PEER_HOST}${path}`, marks, async (page) => ({
    count: await page.evaluate(() => (window as unknown as { __count?: number }).__count ?? 0),
  }));
}

export function medianRun<T extends LoadRun>(runs: T[]): T {
  const pick = (k: keyof LoadRun) => median(runs.map((r) => r[k] as number));
  return {
    ...runs[0]!,
    fromDclMs: pick('fromDclMs'),
    workMs: pick('workMs'),
    workCpuMs: pick('workCpuMs'),
    longestTaskMs: pick('longestTaskMs'),
    longTasks: pick('longTasks'),
    longestTaskCpuMs: pick('longestTaskCpuMs'),
    domChangeLongestMs: pick('domChangeLongestMs'),
    parseLongestTaskMs: pick('parseLongestTaskMs'),
    heapPeakMb: Math.max(...runs.map((r) => r.heapPeakMb)),
  };
}

export async function repeatRuns<T>(n: number, fn: () => Promise<T>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < n; i++) out.push(await fn());
  return out;
}
