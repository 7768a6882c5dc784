/**
 * `npm run bench:first-frame`: what the reader sees in the first frames of the sample 三七文档
 * page (demo/777doc) with DocClip: the page's first contentful frame, the first frame whose
 * viewport holds no recognised clutter, and the first with figures painted, against
 * DOMContentLoaded and DocClip's marks (bench/first-frame.ts). Prints JSON; writes nothing.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startFixtureServer } from '../test/harness/fixture-server';
import { launchWithExtension } from '../test/harness/launch-extension';
import { SAMPLE_ROUTES, SAMPLE_URL } from '../test/harness/sample-flow';
import { seedGold } from '../test/harness/seed-gold';
import { loadFirstFrames } from './first-frame';

const RUNS = Number(process.env.RUNS ?? 3);
const dist = mkdtempSync(join(tmpdir(), 'docclip-bench-dist-'));
cpSync(resolve('dist'), dist, { recursive: true });
const server = await startFixtureServer(SAMPLE_ROUTES);
const ext = await launchWithExtension({ proxy: server.proxy, dist });
try {
  const loadBefore = loadavg();
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const r = await loadFirstFrames(ext.context, `${SAMPLE_URL}?run=${i}`, { clutter: seedGold.clutter, content: seedGold.content }, 2000);
    runs.push({
      dcl: r.dcl,
      firstPaint: r.firstPaint,
      fcp: r.firstContentfulPaint,
      firstContentfulFrame: r.firstContentful && { at: r.firstContentful.at, clutterChars: r.firstContentful.clutterChars, clutter: r.firstContentful.clutter, content: r.firstContentful.content.length },
      firstCleanFrame: r.firstClean?.at ?? null,
      firstPaintedFrame: r.firstPainted?.at ?? null,
      worstClutterChars: r.worstClutterChars,
      frames: r.frames.length,
      marks: r.marks,
    });
  }
  console.log(JSON.stringify({ load: [loadBefore, loadavg()], runs }, null, 1));
} finally {
  await ext.close();
  await server.close();
  rmSync(dist, { recursive: true, force: true });
}
