import type { BrowserContext } from 'playwright-core';
import { openProbedPage, sleep, waitForMark } from './page-probes';
import type { TraceEvent } from './page-probes';

/**
 * What DocClip's longest task on a page is made of: one load of `url` (with the extension)
 * under a Chrome trace of `devtools.timeline`, from `docclip:start` to 1.5 s after
 * `docclip:painted`. The longest top-level task, the part of it the browser spent laying out
 * and drawing the page (style, layout, pre-paint, paint, hit tests), and the longest time a
 * task spent outside those (script and its garbage collection: on these pages, which run no
 * script of their own after load, DocClip's; its slices run as message tasks, not as
 * `FunctionCall`s). A heavier trace than the rows' own (`toplevel` only), so it is a load of its own.
 */
export interface TaskBreakdown {
  longestTaskMs: number;
  /** Of the longest task: style, layout, pre-paint, paint and hit testing. */
  renderingMs: number;
  /** The most time a task spent outside rendering (script, garbage collection). */
  longestScriptMs: number;
}

const TASKS = new Set(['ThreadControllerImpl::RunTask', 'RunTask']);
const RENDERING = new Set(['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'HitTest', 'Layerize', 'UpdateLayer']);

export async function breakDownLoad(context: BrowserContext, url: string): Promise<TaskBreakdown> {
  const { page, cdp } = await openProbedPage(context);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['toplevel', 'devtools.timeline', 'blink.user_timing'], recordMode: 'recordContinuously' }, transferMode: 'ReportEvents' } as never);
  await page.goto(url, { timeout: 180_000 });
  await waitForMark(page, 'docclip:painted', 180_000);
  await sleep(1500);
  const complete = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.end');
  await complete;
  await page.close();

  const mark = (name: string) => events.find((e) => e.name === name && e.cat.includes('blink.user_timing'));
  const start = mark('docclip:start');
  const painted = mark('docclip:painted');
  if (!start || !painted) throw new Error('DocClip marks not in the trace');
  const from = start.ts;
  const to = painted.ts + 1_500_000;
  const thread = events.filter((e) => e.pid === start.pid && e.tid === start.tid && e.ph === 'X' && e.dur !== undefined && e.ts + e.dur > from && e.ts < to);
  const rendering = thread.filter((e) => RENDERING.has(e.name)).sort((x, y) => x.ts - y.ts);
  /** The browser's style, layout, paint and hit-test time inside `task` (nested slices counted once). */
  const renderingIn = (task: TraceEvent) => {
    let us = 0;
    let end = -Infinity;
    for (const e of rendering) {
      if (e.ts < task.ts || e.ts + e.dur! > task.ts + task.dur! || e.ts < end) continue;
      end = e.ts + e.dur!;
      us += e.dur!;
    }
    return us / 1000;
  };
  const tasks = thread.filter((e) => TASKS.has(e.name));
  const longest = tasks.reduce<TraceEvent | null>((m, e) => (!m || e.dur! > m.dur! ? e : m), null);
  return {
    longestTaskMs: (longest?.dur ?? 0) / 1000,
    renderingMs: longest ? renderingIn(longest) : 0,
    longestScriptMs: tasks.reduce((m, t) => Math.max(m, t.dur! / 1000 - renderingIn(t)), 0),
  };
}
