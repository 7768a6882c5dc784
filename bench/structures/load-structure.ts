import type { BrowserContext } from 'playwright-core';
import { peerScript } from '../big-page-load';
import { domContentLoaded, longestIn, openProbedPage, sleep, traceTasks, waitForMark } from '../page-probes';
import type { FirstFrame } from '../../test/harness/first-frame-probe';

/** One load of a structure page, DocClip's or the floor's or the page alone. */
export interface StructureLoad {
  /** DOMContentLoaded → the page's first frame with text in the viewport (negative: before DCL). */
  firstFrameFromDclMs: number;
  /** DOMContentLoaded → the first frame whose viewport shows no recognised clutter; null: none within the probe's frames. */
  cleanFrameFromDclMs: number | null;
  /** Characters of recognised clutter in the viewport at the first frame. */
  clutterAtFirstFrame: number;
  /** The longest main-thread task from navigation start to 1.5 s after the work was done (the page's own parsing included). */
  longestTaskMs: number;
  /** Tasks over 50 ms in that window. */
  longTasks: number;
  /** The work's own time: DocClip: its callbacks while the page was parsed + docclip:start → docclip:painted; the floor: start → done. */
  workMs: number;
  /** DOMContentLoaded → done (DocClip: docclip:painted). */
  doneFromDclMs: number;
}

export type Who = 'docclip' | 'floor' | 'page';

const MARKS: Record<Who, { start: string; done: string }> = {
  docclip: { start: 'docclip:start', done: 'docclip:painted' },
  floor: { start: 'floor:start', done: 'floor:done' },
  page: { start: 'none:done', done: 'none:done' },
};

/**
 * Loads `url` (a page carrying the first-frame probe, test/harness/first-frame-probe.ts) and
 * measures it; `clutter` counts recognised clutter characters in a viewport's text.
 */
export async function loadStructure(context: BrowserContext, url: string, who: Who, clutter: (text: string) => number): Promise<StructureLoad> {
  const init = who === 'floor' ? peerScript('floor') : who === 'page' ? peerScript('none') : '';
  const { page, cdp } = await openProbedPage(context, init);
  const marks = MARKS[who];
  const trace = await traceTasks(cdp);
  await page.goto(url, { timeout: 180_000 });
  const done = await waitForMark(page, marks.done, 180_000);
  const start = await waitForMark(page, marks.start);
  const dcl = await domContentLoaded(page);
  await sleep(1500);
  await page.waitForFunction(() => {
    const f = (window as unknown as { __firstFrame?: FirstFrame }).__firstFrame;
    return f?.frames !== undefined && f.frames.length > 0 && f.frames.length > 90;
  }, undefined, { timeout: 60_000 }).catch(() => undefined);
  const probe = await page.evaluate(() => (window as unknown as { __firstFrame: FirstFrame }).__firstFrame);
  const early = await page.evaluate(() => performance.getEntriesByName('docclip:early-clean', 'measure')[0]?.duration ?? 0);
  const tasks = await trace.stop(marks.done, done);
  // From navigation start: DocClip works while the page is parsed, so the parser's tasks count (the page's own run shows its share).
  const during = longestIn(tasks, 0, done + 1500);
  await page.close();
  const clean = probe.frames.find((f) => clutter(f.text) === 0);
  return {
    firstFrameFromDclMs: probe.frameAt - dcl,
    cleanFrameFromDclMs: clean ? clean.at - dcl : null,
    clutterAtFirstFrame: clutter(probe.viewportText),
    longestTaskMs: during.longest,
    longTasks: during.over50,
    workMs: done - start + early,
    doneFromDclMs: done - dcl,
  };
}
