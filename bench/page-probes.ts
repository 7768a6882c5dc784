import type { BrowserContext, CDPSession, Page } from 'playwright-core';

/** Host names the benchmark serves pages under (through the harness's fixture proxy). */
export const DOCCLIP_HOST = 'm.777doc.com';
/** Not in the manifest's matches (see src/core/sites/site-registry.ts): DocClip does not run here. */
export const PEER_HOST = 'peer.bench.test';
export const BIG_PATH = '/p-900001.html';
export const SMALL_PATH = '/p-900002.html';
export const BLANK_PATH = '/blank.html';

export interface LongTask {
  start: number;
  duration: number;
  /** The thread's CPU time in the task (trace `tdur`), when the trace has it: on a shared machine, the part of `duration` not spent waiting for a core. */
  cpu?: number;
}

/** Samples the renderer's JS heap (Runtime.getHeapUsage) until stopped; returns the peak in bytes. */
export function sampleHeap(cdp: CDPSession, everyMs = 25): { stop(): Promise<number> } {
  let peak = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      try {
        const { usedSize } = await cdp.send('Runtime.getHeapUsage');
        if (usedSize > peak) peak = usedSize;
      } catch {
        // the page navigated or closed between samples
      }
      await new Promise((r) => setTimeout(r, everyMs));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return peak;
    },
  };
}

/** A fresh page (with `init` run before the page's own scripts) and a CDP session on it. */
export async function openProbedPage(context: BrowserContext, init = ''): Promise<{ page: Page; cdp: CDPSession }> {
  const page = await context.newPage();
  if (init) await page.addInitScript({ content: init });
  const cdp = await context.newCDPSession(page);
  return { page, cdp };
}

const TASK_SLICES = new Set(['ThreadControllerImpl::RunTask', 'RunTask', 'BlinkScheduler_PerformMicrotaskCheckpoint']);

/** An event of a Chrome trace (the fields the benches read). */
export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
}

/**
 * Starts a Chrome trace of `categories` (with `blink.user_timing`); `stop(anchorMark)` ends it
 * and returns the complete events ('X') of the thread on which the user-timing mark
 * `anchorMark` was made, with that mark.
 */
async function startTrace(cdp: CDPSession, categories: string[]): Promise<{ stop(anchorMark: string): Promise<{ anchor: TraceEvent; slices: TraceEvent[] }> }> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: [...categories, 'blink.user_timing'], recordMode: 'recordContinuously' },
    transferMode: 'ReportEvents',
  } as never);
  return {
    async stop(anchorMark) {
      const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.end');
      await complete;
      const anchor = events.find((e) => e.name === anchorMark && e.cat.includes('blink.user_timing'));
      if (!anchor) throw new Error(`mark ${anchorMark} not in the trace`);
      return { anchor, slices: events.filter((e) => e.pid === anchor.pid && e.tid === anchor.tid && e.ph === 'X' && e.dur !== undefined) };
    },
  };
}

/**
 * Records the main-thread tasks of the renderer with Chrome's tracing (category `toplevel`
 * only, to keep its cost low). A PerformanceObserver for `longtask` in the page does not see
 * tasks that run a content script (checked: DocClip's 500 ms task was not reported), so tasks
 * are read from the trace. `stop(anchorMark, anchorTime)` picks the thread on which the
 * user-timing mark `anchorMark` was made and returns its tasks in the page's performance.now()
 * time, using that mark (at `anchorTime`) to align the clocks.
 */
export async function traceTasks(cdp: CDPSession): Promise<{ stop(anchorMark: string, anchorTime: number): Promise<LongTask[]> }> {
  const trace = await startTrace(cdp, ['toplevel']);
  return {
    async stop(anchorMark, anchorTime) {
      const { anchor, slices } = await trace.stop(anchorMark);
      const offset = anchor.ts / 1000 - anchorTime;
      // Top-level slices of that thread: a task, or a microtask checkpoint run outside one (the
      // content script's work after an `await` shows up as BlinkScheduler_PerformMicrotaskCheckpoint).
      const top = slices.filter((e) => TASK_SLICES.has(e.name)).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
      const tasks: LongTask[] = [];
      let end = -Infinity;
      for (const e of top) {
        if (e.ts < end) continue; // nested in the previous top-level slice
        end = e.ts + e.dur!;
        tasks.push({ start: e.ts / 1000 - offset, duration: e.dur! / 1000, ...(e.tdur !== undefined ? { cpu: e.tdur / 1000 } : {}) });
      }
      return tasks;
    },
  };
}

/** Trace events that are a stretch of script: a content script's callbacks, timers and microtasks. */
const SCRIPT_SLICES = new Set(['FunctionCall', 'TimerFire', 'RunMicrotasks']);

/**
 * Records the page's stretches of script (`devtools.timeline` FunctionCall, TimerFire,
 * RunMicrotasks) until stopped; `stop(anchorMark)` returns the longest, in ms, on the thread of
 * that user-timing mark. On a page with no script of its own, they are DocClip's.
 */
export async function traceScript(cdp: CDPSession): Promise<{ stop(anchorMark: string): Promise<number> }> {
  const trace = await startTrace(cdp, ['devtools.timeline']);
  return {
    async stop(anchorMark) {
      const { slices } = await trace.stop(anchorMark);
      return slices.filter((e) => SCRIPT_SLICES.has(e.name)).reduce((m, e) => Math.max(m, e.dur! / 1000), 0);
    },
  };
}

/** Start time of the first performance mark named `name`, waiting for it up to `timeout` ms. */
export async function waitForMark(page: Page, name: string, timeout = 120_000): Promise<number> {
  await page.waitForFunction((n) => performance.getEntriesByName(n, 'mark').length > 0, name, { timeout, polling: 20 });
  return page.evaluate((n) => performance.getEntriesByName(n, 'mark')[0]!.startTime, name);
}

export async function domContentLoaded(page: Page): Promise<number> {
  return page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventStart);
}

/**
 * The longest task overlapping [from, to], how many tasks there were over 50 ms (0 when none),
 * and the most CPU time one of them took (of those the trace gives thread times for; NaN when none).
 */
export function longestIn(tasks: LongTask[], from: number, to: number): { longest: number; over50: number; longestCpu: number } {
  const inside = tasks.filter((t) => t.start < to && t.start + t.duration > from);
  const timed = inside.filter((t) => t.cpu !== undefined);
  const cpu = timed.length > 0 ? timed.reduce((m, t) => Math.max(m, t.cpu!), 0) : NaN;
  return { longest: inside.reduce((m, t) => Math.max(m, t.duration), 0), over50: inside.filter((t) => t.duration > 50).length, longestCpu: cpu };
}

/**
 * CPU time of the main thread in [from, to]: each task's thread time, the part of it that lies
 * in the window (in proportion to its wall time). On a shared machine, what a piece of work cost
 * without the time it waited for a core.
 */
export function cpuIn(tasks: LongTask[], from: number, to: number): number {
  let ms = 0;
  for (const t of tasks) {
    if (t.cpu === undefined || t.duration <= 0) continue;
    const overlap = Math.min(to, t.start + t.duration) - Math.max(from, t.start);
    if (overlap > 0) ms += (t.cpu * overlap) / t.duration;
  }
  return ms;
}

export async function taskDuration(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
