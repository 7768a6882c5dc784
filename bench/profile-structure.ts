/**
 * `STRUCTURE=pieces npx tsx bench/profile-structure.ts` (after `npm run build`, under
 * `flock /tmp/docclip-browser.lock`): where DocClip's long tasks on one structure of the big
 * page go. One load with the built extension under a Chrome trace (`devtools.timeline`) and the
 * CDP Profiler: the longest main-thread tasks from `docclip:start` to 1.5 s after
 * `docclip:painted`, each with the trace events inside it summed by name (script, style, layout,
 * paint…), the functions with the most self time in that window, and the functions on the stack
 * longest (inclusive time) in each of the longest tasks (STACKS, 2). Prints JSON; writes nothing.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startFixtureServer } from '../test/harness/fixture-server';
import { launchWithExtension } from '../test/harness/launch-extension';
import { makeBigPage } from './make-big-page';
import { DOCCLIP_HOST, openProbedPage, sleep, waitForMark } from './page-probes';
import { PAGE_STRUCTURES, type PageStructure } from './page-structures';
import type { TraceEvent } from './page-probes';

const structure = (process.env.STRUCTURE ?? 'blocks') as PageStructure;
if (!PAGE_STRUCTURES.includes(structure)) throw new Error(`STRUCTURE: unknown structure ${structure}`);
const TOP = Number(process.env.TOP ?? 5);
/** The window starts this long before `docclip:start` (ms): DocClip's own work at DOMContentLoaded comes before its mark. */
const BEFORE_MS = Number(process.env.BEFORE_MS ?? 0);

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

const page = makeBigPage({ structure });
const dist = mkdtempSync(join(tmpdir(), 'docclip-bench-dist-'));
cpSync(resolve('dist'), dist, { recursive: true });
const server = await startFixtureServer({ [DOCCLIP_HOST]: { '/p-919999.html': () => page.html } });
const ext = await launchWithExtension({ proxy: server.proxy, dist });
try {
  const load = loadavg();
  const { page: tab, cdp } = await openProbedPage(ext.context);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['toplevel', 'devtools.timeline', 'blink.user_timing'], recordMode: 'recordContinuously' }, transferMode: 'ReportEvents' } as never);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Profiler.start');
  await tab.goto(`http://${DOCCLIP_HOST}/p-919999.html`, { timeout: 180_000 });
  await waitForMark(tab, 'docclip:painted', 180_000);
  await sleep(1500);
  const { profile } = await cdp.send('Profiler.stop');
  const complete = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.end');
  await complete;

  const mark = (name: string) => events.find((e) => e.name === name && e.cat.includes('blink.user_timing'));
  const start = mark('docclip:start')!;
  const painted = mark('docclip:painted')!;
  const thread = events.filter((e) => e.pid === start.pid && e.tid === start.tid && e.ph === 'X' && e.dur !== undefined);
  const from = start.ts - BEFORE_MS * 1000;
  const to = painted.ts + 1_500_000;
  const tasks = thread.filter((e) => ['ThreadControllerImpl::RunTask', 'RunTask'].includes(e.name) && e.ts + e.dur! > from && e.ts < to).sort((a, b) => b.dur! - a.dur!);
  const longest = tasks.slice(0, TOP).map((t) => {
    const inside = new Map<string, number>();
    for (const e of thread) {
      if (e === t || e.ts < t.ts || e.ts + e.dur! > t.ts + t.dur!) continue;
      inside.set(e.name, (inside.get(e.name) ?? 0) + e.dur! / 1000);
    }
    return {
      atMsAfterStart: Math.round((t.ts - from) / 1000),
      ms: Math.round(t.dur! / 1000),
      inside: [...inside].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([n, ms]) => `${n} ${ms.toFixed(0)} ms`),
    };
  });

  const nodes = new Map<number, ProfileNode>((profile.nodes as ProfileNode[]).map((n) => [n.id, n]));
  const self = new Map<string, number>();
  let t = profile.startTime;
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    t += deltas[i] ?? 0;
    if (t < from || t > to) continue;
    const node = nodes.get(samples[i]!);
    if (!node) continue;
    const f = node.callFrame;
    const name = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
    self.set(name, (self.get(name) ?? 0) + (deltas[i + 1] ?? 0) / 1000);
  }
  // The longest task alone: the functions on the stack the most time (inclusive), each counted once a sample.
  const parent = new Map<number, number>();
  for (const n of nodes.values()) for (const c of n.children ?? []) parent.set(c, n.id);
  const stackOf = (task: TraceEvent) => {
    const inclusive = new Map<string, number>();
    let at = profile.startTime;
    for (let i = 0; i < samples.length; i++) {
      at += deltas[i] ?? 0;
      if (at < task.ts || at > task.ts + task.dur!) continue;
      const seen = new Set<string>();
      for (let id: number | undefined = samples[i]; id !== undefined; id = parent.get(id)) {
        const f = nodes.get(id)!.callFrame;
        const name = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
        if (seen.has(name)) continue;
        seen.add(name);
        inclusive.set(name, (inclusive.get(name) ?? 0) + (deltas[i + 1] ?? 0) / 1000);
      }
    }
    return [...inclusive].filter(([n]) => !/^\((idle|program|root)\)/.test(n)).sort((a, b) => b[1] - a[1]).slice(0, 25).map(([n, ms]) => `${ms.toFixed(0)} ms ${n}`);
  };
  const longestTaskStack = tasks.slice(0, Number(process.env.STACKS ?? 2)).map((task) => ({ ms: Math.round(task.dur! / 1000), stack: stackOf(task) }));
  const hot = [...self].filter(([n]) => !/^\((idle|program|root|garbage collector)\)/.test(n)).sort((a, b) => b[1] - a[1]).slice(0, 15).map(([n, ms]) => `${ms.toFixed(0)} ms ${n}`);
  console.log(JSON.stringify({ structure, load: [load, loadavg()], workMs: Math.round((painted.ts - start.ts) / 1000), tasksOver50: tasks.filter((x) => x.dur! > 50_000).length, longest, longestTaskStack, hot }, null, 1));
  await tab.close();
} finally {
  await ext.close();
  await server.close();
  rmSync(dist, { recursive: true, force: true });
}
