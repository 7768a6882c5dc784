import type { BrowserContext } from 'playwright-core';
import { READ_FRAMES, firstFrameProbe, type FrameSample } from '../test/harness/first-frame-probe';
import { seedGold } from '../test/harness/seed-gold';
import type { BigPage } from './make-big-page';
import { sleep } from './page-probes';

/**
 * One load of `url` with the first-frame probe (test/harness/first-frame-probe.ts) registered
 * before the page's scripts: what the reader saw in each frame of the first `untilMs`, against
 * the page's own timeline (DOMContentLoaded, first paint, first contentful paint) and DocClip's
 * marks. Times are ms from navigation start.
 */
export interface FirstFrames {
  dcl: number;
  firstPaint: number | null;
  firstContentfulPaint: number | null;
  /** The first frame with text in the viewport (the page's first contentful frame), as the probe saw it. */
  firstContentful: FrameSample | null;
  /** The first frame with text in the viewport and no recognised clutter in it. */
  firstClean: FrameSample | null;
  /** The first clean frame that also has figure highlights in view (null when none did in the window). */
  firstPainted: FrameSample | null;
  /** Most clutter characters seen in the viewport in any frame of the window. */
  worstClutterChars: number;
  frames: FrameSample[];
  marks: Record<string, number>;
}

export async function loadFirstFrames(
  context: BrowserContext,
  url: string,
  expect: { clutter: string[]; content: string[] },
  untilMs = 3000,
): Promise<FirstFrames> {
  const page = await context.newPage();
  try {
    await page.addInitScript({ content: firstFrameProbe({ ...expect, frames: 400, untilMs }) });
    await page.goto(url, { timeout: 120_000 });
    await page.waitForFunction((t) => performance.now() > t, untilMs, { timeout: untilMs + 60_000, polling: 100 });
    await sleep(50);
    const frames = (await page.evaluate(READ_FRAMES)) as FrameSample[];
    const timeline = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const marks: Record<string, number> = {};
      for (const m of performance.getEntriesByType('mark')) marks[m.name] ??= m.startTime;
      return {
        dcl: nav.domContentLoadedEventStart,
        firstPaint: performance.getEntriesByName('first-paint', 'paint')[0]?.startTime ?? null,
        firstContentfulPaint: performance.getEntriesByName('first-contentful-paint', 'paint')[0]?.startTime ?? null,
        marks,
      };
    });
    const contentful = frames.filter((f) => f.viewportChars > 0);
    const firstClean = contentful.find((f) => f.clutterChars === 0) ?? null;
    return {
      ...timeline,
      firstContentful: contentful[0] ?? null,
      firstClean,
      firstPainted: contentful.find((f) => f.clutterChars === 0 && f.figuresInView > 0) ?? null,
      worstClutterChars: contentful.reduce((m, f) => Math.max(m, f.clutterChars), 0),
      frames,
    };
  } finally {
    await page.close();
  }
}

/** Page markers counted as clutter on a big page: those of the first blocks, the ones a first viewport can hold. */
export const MARKER_BLOCKS = 12;

/**
 * The recognised clutter a reader could see on the big page's first screen: the sample page's
 * gold clutter that its frame shares (tip banner, folds, promotion, footer, toast), the frame's
 * pager, and the markers of the first blocks (the sample's `k/20` become `k/N`).
 */
export function bigPageClutter(page: BigPage): string[] {
  const frame = seedGold.clutter.filter((c) => !/^\d+ ?\/ ?\d+$/.test(c));
  const markers = Array.from({ length: Math.min(MARKER_BLOCKS, page.blocks) }, (_, i) => `${i + 1}/${page.pageCount}`);
  return [...frame, `1 / ${page.pageCount}`, ...markers];
}
