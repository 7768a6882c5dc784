/**
 * `npm run bench:canvas-timeline`: where a drawn page's draw → layer time goes.
 * Loads one text set of the canvas-text benchmark (SET=0 sample page, 1 demo pages, 2 case
 * sentences; default 0) with the built extension under a Chrome trace of `devtools.timeline`, and
 * prints, per page, what the page's main thread did from the end of the page's drawing to the
 * layer being laid: each task (its offset from the draw's end, wall and CPU time) and in it the
 * animation frames, event dispatches (the recorder's batch is an event named `docclip-…`), the
 * rendering steps (style, layout, paint) and garbage collections over 1 ms (MIN_MS sets it);
 * PROFILE=1 adds a CPU profile's self time per function in that window. A diagnosis, not a
 * result: it writes nothing to BENCHMARKS.md. Launches Chromium: run it under the flock.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startFixtureServer } from '../test/harness/fixture-server';
import { launchWithExtension } from '../test/harness/launch-extension';
import { paginate, readerHtml } from './canvas-pages';
import { LAYER_PROBE, pageTimes } from './canvas-probe';
import { caseSentences, demoTexts, sampleText } from './canvas-texts';
import { openProbedPage, waitForMark, type TraceEvent } from './page-probes';

const HOST = 'wenku.baidu.com';
const PATH = '/view/c0ffee00canvastimeline.html';
const set = [sampleText, demoTexts, caseSentences][Number(process.env.SET ?? 0)]!();
const pages = paginate(set.paragraphs);
const dist = mkdtempSync(join(tmpdir(), 'docclip-canvas-timeline-dist-'));
cpSync(resolve('dist'), dist, { recursive: true });
const server = await startFixtureServer({ [HOST]: { [PATH]: () => readerHtml(set.name, pages) } });
const ext = await launchWithExtension({ proxy: server.proxy, dist });

interface Profile {
  nodes: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }>;
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}
type Event = TraceEvent & { args?: { data?: { type?: string; functionName?: string; url?: string } } };
/** Slices shorter than this (µs) are left out (MIN_MS=0.2 shows more). */
const MIN_SHOWN_US = Number(process.env.MIN_MS ?? 1) * 1000;
const TASKS = new Set(['ThreadControllerImpl::RunTask', 'RunTask']);
const SHOWN = new Set(['FireAnimationFrame', 'EventDispatch', 'FunctionCall', 'TimerFire', 'RunMicrotasks', 'UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'Commit', 'HitTest', 'MinorGC', 'MajorGC', 'V8.GC_SCAVENGER', 'V8.GC_MARK_COMPACTOR', 'ParseHTML', 'IntersectionObserverController::computeIntersections', 'ResizeObserverController::DeliverObservations', 'LocalFrameView::RunResizeObserverSteps', 'UpdateLayer', 'PaintImage', 'Decode Image', 'ScheduleStyleRecalculation', 'InvalidateLayout', 'HitTest', 'ParseAuthorStyleSheet', 'ProxyMain::BeginMainFrame::commit', 'LocalFrameView::UpdateAllLifecyclePhases', 'LocalFrameView::RunPaintLifecyclePhase', 'LocalFrameView::RunPrePaintLifecyclePhase', 'LocalFrameView::UpdateStyleAndLayout', 'Document::UpdateStyleAndLayout', 'HighlightRegistry::ValidateHighlightMarkers', 'DocumentMarkerController::AddMarker']);

try {
  const { page, cdp } = await openProbedPage(ext.context, LAYER_PROBE);
  const events: Event[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as Event[])));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['toplevel', 'devtools.timeline', 'blink.user_timing', 'v8'], recordMode: 'recordContinuously' }, transferMode: 'ReportEvents' } as never);
  if (process.env.PROFILE) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
  }
  await page.goto(`http://${HOST}${PATH}`);
  await page.waitForFunction((n) => ((window as unknown as { __drawn?: number[] }).__drawn ?? []).length >= n, pages.length, { timeout: 60_000 });
  await page.waitForTimeout(1500);
  const times = await pageTimes(page);
  const measures = await page.evaluate(() => performance.getEntriesByType('measure').map((m) => ({ name: m.name, start: m.startTime, duration: m.duration })));
  const anchorTime = await waitForMark(page, 'reader:start');
  const start = await waitForMark(page, 'docclip:start');
  const painted = await waitForMark(page, 'docclip:painted');
  const profile = process.env.PROFILE ? ((await cdp.send('Profiler.stop')) as unknown as { profile: Profile }).profile : null;
  const complete = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.end');
  await complete;
  await page.close();

  const anchor = events.find((e) => e.name === 'reader:start' && e.cat.includes('blink.user_timing'))!;
  const offset = anchor.ts / 1000 - anchorTime;
  const at = (e: TraceEvent) => e.ts / 1000 - offset;
  const thread = events.filter((e) => e.pid === anchor.pid && e.tid === anchor.tid && e.ph === 'X' && e.dur !== undefined).sort((a, b) => a.ts - b.ts);
  console.log(`${set.name}: ${pages.length} pages; load ${loadavg().map((l) => l.toFixed(1)).join(' / ')}; docclip:start ${start.toFixed(0)}, painted ${painted.toFixed(0)} (page time, ms)`);
  times.drawn.forEach((drawnAt, i) => {
    const laid = times.layerAt[String(i + 1)];
    const [drawStart] = times.drawSpans[i]!;
    console.log(`\npage ${i + 1} (${pages[i]!.mode}): drawn ${drawStart.toFixed(1)}–${drawnAt.toFixed(1)} (${(drawnAt - drawStart).toFixed(1)} ms), layer laid ${laid === undefined ? 'never' : `+${(laid - drawnAt).toFixed(1)} ms`}`);
    if (laid === undefined) return;
    const inWindow = thread.filter((e) => at(e) + e.dur! / 1000 > drawStart && at(e) < laid);
    let end = -Infinity;
    for (const task of inWindow.filter((e) => TASKS.has(e.name))) {
      if (task.ts < end) continue;
      end = task.ts + task.dur!;
      const inside = inWindow.filter((e) => SHOWN.has(e.name) && e.ts >= task.ts && e.ts + e.dur! <= task.ts + task.dur! && e.dur! >= MIN_SHOWN_US);
      const what = inside.map((e) => `${e.name}${e.args?.data?.type ? `(${e.args.data.type.startsWith('docclip-') ? 'docclip batch' : e.args.data.type})` : ''} +${(at(e) - drawnAt).toFixed(1)} ${(e.dur! / 1000).toFixed(1)}`).join(', ');
      console.log(`  task +${(at(task) - drawnAt).toFixed(1)} ms: ${(task.dur! / 1000).toFixed(1)} ms wall, ${task.tdur !== undefined ? (task.tdur / 1000).toFixed(1) : '?'} CPU${what ? ` — ${what}` : ''}`);
    }
    const ms = measures.filter((m) => m.start > drawStart && m.start < laid);
    if (ms.length) console.log(`  measures: ${ms.map((m) => `${m.name} +${(m.start - drawnAt).toFixed(1)} ${m.duration.toFixed(1)}`).join(', ')}`);
    if (profile) {
      // Self time by function, in [draw end, layer laid], from the CPU profile (same clock as the trace).
      const byId = new Map(profile.nodes.map((n) => [n.id, n]));
      const self = new Map<string, number>();
      let t = profile.startTime;
      profile.samples.forEach((id, k) => {
        t += profile.timeDeltas[k]!;
        const ms = t / 1000 - offset;
        if (ms < drawnAt || ms > laid) return;
        const f = byId.get(id)!.callFrame;
        const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
        self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[k + 1] ?? 100) / 1000);
      });
      const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 14);
      console.log(`  profile (self ms): ${top.map(([k, v]) => `${k} ${v.toFixed(1)}`).join(' | ')}`);
    }
  });
} finally {
  await ext.close();
  await server.close();
  rmSync(dist, { recursive: true, force: true });
}
